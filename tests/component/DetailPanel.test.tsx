import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { modelOf } from '../../src/data/validatedModel';
import { DetailPanel } from '../../src/panel/DetailPanel';
import { kmText } from '../../src/routeText';
import { fixtureModel, HOSTILE } from '../fixtures/fixtureModel';

const capture = fixtureModel.eventsById.get('e-capture')!;
const claim = fixtureModel.eventsById.get('e-claim')!;

describe('DetailPanel', () => {
  it('shows the event with every source, its outlet and quote, and how many articles report it', () => {
    render(<DetailPanel model={fixtureModel} selection={{ kind: 'event', event: capture }} onClose={() => {}} onSelectEvent={() => {}} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(`Captured ${HOSTILE}`);
    expect(screen.getByText('Reported by 2 of the 2 articles')).toBeTruthy();
    const quotes = document.querySelectorAll('.source-quote');
    expect([...quotes].map((q) => q.textContent)).toEqual([`quote one ${HOSTILE}`, 'quote two from b']);
    expect(screen.getByText('Paper A')).toBeTruthy();
    expect(screen.getByText('outlet not named in the text')).toBeTruthy();
    expect(document.querySelector('.event-date')!.textContent).toContain('18 May 2020');
    expect(document.querySelector('.event-place')!.textContent).toContain('approximate, within about 5 km');
  });

  it('shows markup in data as text and never as elements', () => {
    render(<DetailPanel model={fixtureModel} selection={{ kind: 'event', event: capture }} onClose={() => {}} onSelectEvent={() => {}} />);
    expect(document.querySelector('.detail-panel img')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('records a claim as the party\'s claim, with the date only as precise as known', () => {
    render(<DetailPanel model={fixtureModel} selection={{ kind: 'event', event: claim }} onClose={() => {}} onSelectEvent={() => {}} />);
    expect(document.querySelector('.event-status')!.textContent).toBe('Claim by A spokesman');
    expect(document.querySelector('.event-date')!.textContent).toContain('May 2020');
    expect(document.querySelector('.event-date')!.textContent).toContain('month only');
    expect(document.querySelector('.date-note')!.textContent).toContain('this month');
  });

  it('lists the events at one place and selects the one chosen; Escape closes', () => {
    const onSelect = vi.fn();
    const onClose = vi.fn();
    render(<DetailPanel model={fixtureModel} selection={{ kind: 'place', locationIds: ['base'], events: fixtureModel.events }} onClose={onClose} onSelectEvent={onSelect} />);
    const buttons = screen.getAllByRole('button').filter((b) => !b.classList.contains('close'));
    expect(buttons).toHaveLength(2);
    fireEvent.click(buttons[1]!);
    expect(onSelect).toHaveBeenCalledWith(fixtureModel.events[1]!.id);
    fireEvent.keyDown(screen.getByRole('heading', { level: 2 }), { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });
});

describe('DetailPanel for an event with a path', () => {
  const place = (id: string, name: string, coordinates: [number, number]) => ({
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates },
    properties: { id, name, aliases: [], kind: 'air-base' as const, country: 'Test', precision: { type: 'exact' as const }, coordinateSource: 'test' },
  });
  const model = modelOf({
    sources: [{ id: 'paper-a', file: 'a.txt', outlet: 'Paper A', headline: null, byline: null, publishedDate: '2020-05-21', publishedTime: null, language: 'en', inferred: [] }],
    locations: [place('start', 'Start Base', [36, 35]), place('end', 'End Base', [22, 30])],
    events: [{
      id: 'e-transfer', date: '2020-05-21', datePrecision: 'day', locationId: 'end', title: 'Jets said to fly', summary: 'A summary in our own words.',
      type: 'aircraft-transfer', actors: ['Someone'], faction: 'lna', status: 'claim', claimedBy: 'A minister',
      sources: [{ source: 'paper-a', quote: 'the jets flew east' }],
      path: { from: 'start', to: 'end' },
      aircraft: [{ type: 'MiG-29', count: 6, role: 'transferred', qualifier: 'at-least' }, { type: 'Su-35', count: 2, role: 'escort', qualifier: 'exact' }],
    }],
    zones: [],
  });

  it('says where it went from and to, what moved, how far, that the line is drawn, and whose claim it is', () => {
    const event = model.eventsById.get('e-transfer')!;
    render(<DetailPanel model={model} selection={{ kind: 'event', event }} onClose={() => {}} onSelectEvent={() => {}} />);
    expect(document.querySelector('.event-path')!.textContent).toBe('Start Base → End Base');
    expect(document.querySelector('.route-aircraft')!.textContent).toBe('at least 6 MiG-29, escorted by 2 Su-35');
    expect(document.querySelector('.route-distance')!.textContent).toBe(`Drawn line, for scale: about ${kmText(event.line!.distanceKm)} km`);
    expect(event.line!.distanceKm).toBeGreaterThan(1000);
    expect(document.querySelector('.schematic-note')!.textContent).toContain('not a known path');
    expect(document.querySelector('.event-status')!.textContent).toBe('Claim by A minister');
  });

  it('shows no path for an event without one', () => {
    render(<DetailPanel model={fixtureModel} selection={{ kind: 'event', event: capture }} onClose={() => {}} onSelectEvent={() => {}} />);
    expect(document.querySelector('.event-path')).toBeNull();
    expect(document.querySelector('.schematic-note')).toBeNull();
  });
});
