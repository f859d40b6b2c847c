import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DetailPanel } from '../../src/panel/DetailPanel';
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
    expect(screen.getByText('Outlet not named in the text')).toBeTruthy();
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
