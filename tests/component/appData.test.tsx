// When bad data reaches the app anyway (the build validates geo/ first), or a
// render throws, the page explains what is wrong instead of going white.
import { render, screen } from '@testing-library/react';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, URL as NodeURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadAppData } from '../../src/data/appModel';
import { DATA_FILES } from '../../src/data/dataFiles';
import { DataProblems } from '../../src/DataProblems';
import { ErrorBoundary } from '../../src/ErrorBoundary';

// Node's URL: under jsdom the global one is jsdom's, which fileURLToPath refuses.
const fixtures = fileURLToPath(new NodeURL('../fixtures/', import.meta.url));

type FileTexts = Parameters<typeof loadAppData>[0];

/** The texts loadAppData gets in the browser: the valid fixture, with a broken fixture's files laid over it. */
function fileTexts(broken?: string): FileTexts {
  return Object.fromEntries(
    DATA_FILES.filter(({ name }) => existsSync(join(fixtures, 'valid', name)) || (broken && existsSync(join(fixtures, 'broken', broken, name)))).map(({ key, name: file }) => {
      const override = broken ? join(fixtures, 'broken', broken, file) : null;
      return [key, [file, readFileSync(override && existsSync(override) ? override : join(fixtures, 'valid', file), 'utf8')]];
    }),
  ) as FileTexts;
}

/** What the page shows for data that does not load: the problem lines, as text. */
async function shownProblems(texts: FileTexts): Promise<string[]> {
  const data = await loadAppData(texts);
  expect(data.ok).toBe(false);
  if (data.ok) return [];
  render(<DataProblems problems={data.problems} />);
  expect(screen.getByRole('alert').querySelector('h1')!.textContent).toBe("The map's data has problems");
  return [...document.querySelectorAll('.problems li')].map((li) => li.textContent ?? '');
}

const HOSTILE = '<img src=x onerror="window.__pwned=1">';

describe('data that reaches the app broken', () => {
  it('the valid fixture loads (so the failures below are the breakage, not the fixture)', async () => {
    expect((await loadAppData(fileTexts())).ok).toBe(true);
  });

  it('a file that is not JSON is named, with the parser\'s reason', async () => {
    const [line] = await shownProblems(fileTexts('malformed-json'));
    // The same words and place as npm run validate gives (tests/unit/parseJson.test.ts).
    expect(line).toBe("geo/events.json: not valid JSON: Unexpected token ']' at line 84, column 1");
  });

  it('an invalid record is named by file, id and field, with the reason', async () => {
    expect(await shownProblems(fileTexts('unknown-location'))).toEqual([
      'geo/events.json · 2020-05-20-battery-paraded · locationId: unknown location "nowhere"',
    ]);
  });

  it('a reader is told, in plain words, that a data author can fix it, with the problems below a disclosure', async () => {
    await shownProblems(fileTexts('unknown-location'));
    const alert = screen.getByRole('alert');
    expect(alert.querySelector(':scope > p')!.textContent).toMatch(/data author can fix it/);
    expect(alert.textContent).not.toMatch(/npm run|validate/);
    expect(alert.querySelector('details .problems li')).not.toBeNull();
    expect(alert.querySelector('details')!.open).toBe(false);
  });

  it('the problems are listed, the first 100 of them, then how many more', async () => {
    const texts = fileTexts();
    const events = JSON.parse(texts.events![1]) as { id: string; locationId: string }[];
    const many = Array.from({ length: 110 }, (_, i) => ({ ...events[0]!, id: `event-${i}`, locationId: `nowhere-${i}` }));
    texts.events = ['events.json', JSON.stringify(many)];
    const lines = await shownProblems(texts);
    expect(lines).toHaveLength(100);
    expect(lines[0]).toBe('geo/events.json · event-0 · locationId: unknown location "nowhere-0"');
    expect(screen.getByText('…and 10 more.')).toBeTruthy();
  });

  it('markup in a broken record is shown as text', async () => {
    const texts = fileTexts();
    const events = JSON.parse(texts.events![1]) as { id: string }[];
    events[0]!.id = HOSTILE;
    texts.events = ['events.json', JSON.stringify(events)];
    const [line] = await shownProblems(texts);
    expect(line).toBe(`geo/events.json · ${HOSTILE} · id: must be a lower-case slug like "al-watiya-air-base"`);
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('ErrorBoundary', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  function Broken(): never {
    throw new Error(`the zones layer failed ${HOSTILE}`);
  }

  it('says the controls stopped, offers Reload and the default view, and shows what went wrong as text, when a child throws', () => {
    // React reports the caught error on the console; the test is about what the page shows.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.querySelector('h1')!.textContent).toBe('Something went wrong drawing the map');
    expect(alert.textContent).toContain(`the zones layer failed ${HOSTILE}`);
    expect(alert.querySelector('img')).toBeNull();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'open the default view' }).getAttribute('href')).toBe(window.location.pathname);
  });

  it('shows its children when nothing throws', () => {
    render(
      <ErrorBoundary>
        <p>the map</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('the map')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
