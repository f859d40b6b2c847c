import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CompareSources } from '../../src/panel/CompareSources';
import { CoverageMatrix } from '../../src/panel/CoverageMatrix';
import { DetailPanel } from '../../src/panel/DetailPanel';
import { EmbedDialog, embedSnippet } from '../../src/panel/EmbedDialog';
import { EventList } from '../../src/panel/EventList';
import { MinArticlesFilter } from '../../src/panel/MinArticlesFilter';
import { fixtureModel, HOSTILE } from '../fixtures/fixtureModel';

const capture = fixtureModel.eventsById.get('e-capture')!;
const claim = fixtureModel.eventsById.get('e-claim')!;
const events = [claim, capture];

describe('CompareSources', () => {
  it('puts each article beside its quote, as text, and names the differing numbers', () => {
    render(<CompareSources citations={capture.sources} sources={fixtureModel.sources} />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByRole('rowheader').textContent).toBe('Paper A');
    expect(rows[0]!.textContent).toContain(`quote one ${HOSTILE}`);
    expect(document.querySelector('img')).toBeNull();
    // What is compared is said, so that no row's lack of marks reads as the articles agreeing on everything.
    expect(screen.getByText(/^Differences are looked for in the quoted words only, .* and only in numbers, dates, spellings of names and framing words: read the quotes for the rest\.$/)).toBeTruthy();
    const numbers = document.querySelector('.difference-number')!.textContent!;
    expect(numbers).toContain('“one” (Paper A)');
    expect(numbers).toContain('“two”');
  });
  it('says "Not reported" for an article that does not cite the event', () => {
    render(<CompareSources citations={claim.sources} sources={fixtureModel.sources} />);
    const paperA = screen.getByRole('rowheader', { name: 'Paper A' }).closest('tr')!;
    expect(paperA.textContent).toContain('Not reported');
  });
  it('says of a reported row with no marks what was not found, never a bare "Nothing"', () => {
    render(<CompareSources citations={claim.sources} sources={fixtureModel.sources} />);
    const reported = [...document.querySelectorAll('tr.reported')];
    expect(reported.length).toBeGreaterThan(0);
    for (const row of reported) {
      const cell = row.querySelectorAll('td')[1]!;
      expect(cell.textContent).toBe('None found in numbers, dates, spellings or framing words');
    }
  });
});

describe('DetailPanel sources', () => {
  it('switches between the quotes and the comparison with a pressed toggle', async () => {
    render(<DetailPanel model={fixtureModel} selection={{ kind: 'event', event: capture }} onClose={() => {}} onSelectEvent={() => {}} />);
    const toggle = screen.getByRole('button', { name: 'Compare sources' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    // The comparison's code comes when it is first opened (lazyParts.tsx).
    expect(await screen.findByRole('table', {}, { timeout: 5_000 })).toBeTruthy();
    expect(document.querySelector('.status-badge-reported')!.textContent).toBe('Reported as fact');
  });
});

describe('EventList', () => {
  it('lists every event as a button with date, title, status, place and article count, and selects it', () => {
    const onSelect = vi.fn();
    render(<EventList model={fixtureModel} events={events} selected="e-capture" onSelect={onSelect} onClose={() => {}} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Events in the current filter (2)');
    expect(screen.getByRole('heading', { level: 3, name: 'May 2020' })).toBeTruthy();
    const item = screen.getByRole('button', { name: /A claim/ });
    expect(item.textContent).toContain('May 2020');
    expect(item.textContent).toContain('Claim');
    expect(item.textContent).toContain('1 of 2 articles');
    expect(item.textContent).toContain(`Base ${HOSTILE}`);
    fireEvent.click(item);
    expect(onSelect).toHaveBeenCalledWith('e-claim');
    expect(screen.getByRole('button', { name: /Captured/ }).getAttribute('aria-current')).toBe('true');
    expect(item.getAttribute('aria-current')).toBeNull();
  });
  it('says so when the filter leaves nothing', () => {
    render(<EventList model={fixtureModel} events={[]} selected={null} onSelect={() => {}} onClose={() => {}} />);
    expect(screen.getByText(/No events match/)).toBeTruthy();
  });
});

describe('CoverageMatrix', () => {
  it('marks each article ✓ or — with words a screen reader reads', () => {
    render(<CoverageMatrix model={fixtureModel} events={events} onSelect={() => {}} />);
    const row = document.querySelector('tr[data-event="e-claim"]')!;
    expect(row.querySelector('td[data-source="paper-a"]')!.textContent).toBe('—not reported');
    expect(row.querySelector('td[data-source="paper-b"]')!.textContent).toBe('✓reported');
    expect(row.querySelector('.coverage-count')!.textContent).toBe('1');
  });
  it('opens an event from its row', () => {
    const onSelect = vi.fn();
    render(<CoverageMatrix model={fixtureModel} events={events} onSelect={onSelect} />);
    fireEvent.click(screen.getByRole('button', { name: /A claim/ }));
    expect(onSelect).toHaveBeenCalledWith('e-claim');
  });
});

describe('EmbedDialog', () => {
  it('is a labelled dialog with the snippet as read-only text, closed by Escape', () => {
    const onClose = vi.fn();
    render(<EmbedDialog embedUrl="https://example.org/map/#map=5/29.000/22.000&embed=1" onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'Embed this map' });
    const text = within(dialog).getByLabelText('HTML to embed') as HTMLTextAreaElement;
    expect(text.readOnly).toBe(true);
    expect(text.value).toBe('<iframe src="https://example.org/map/#map=5/29.000/22.000&amp;embed=1" title="Map: Libya, May 2020" width="100%" height="520" style="border:0" loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>');
    expect(document.activeElement).toBe(within(dialog).getByRole('heading'));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });
  it('escapes a quote in the URL so the snippet stays one attribute', () => {
    expect(embedSnippet('https://x/"><script>')).toContain('src="https://x/&quot;>&lt;script>" title=');
  });
});

describe('MinArticlesFilter', () => {
  it('offers 1 to 5 articles under one label', () => {
    const onChange = vi.fn();
    render(<MinArticlesFilter value={1} onChange={onChange} />);
    const select = screen.getByLabelText('Reported by at least') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['1', '2', '3', '4', '5']);
    fireEvent.change(select, { target: { value: '3' } });
    expect(onChange).toHaveBeenCalledWith(3);
  });
});
