// What a reader reads names the articles as readers know them: no record id,
// article file number, file name or command in any event's panel, its
// comparison, the coverage table, the List or the About dialog. The ids and
// file names looked for are read from geo/sources.json, so a new article is
// covered without editing this test.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { EventRecord, SourceRecord } from '../../src/data/schema';
import { describeBrowser, launchBrowser, openApp, saveScreenshot, waitForApp } from './browser';

const geo = (file: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../geo/${file}`, import.meta.url)), 'utf8'));
const sources: SourceRecord[] = geo('sources.json');
const events: EventRecord[] = geo('events.json');
const story: { dateRange: { from: string; to: string } } = geo('story.json');

/** What in a text belongs to how the data was made, not to the reader. */
function leaks(text: string): string[] {
  const found: string[] = [];
  for (const s of sources) {
    if (new RegExp(`(?<![\\w-])${s.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).test(text)) found.push(`source id ${s.id}`);
    if (text.includes(s.file)) found.push(`file name ${s.file}`);
    const number = s.file.match(/^(\d+)_/)?.[1];
    if (number && new RegExp(`(?<![\\w.,])${number}(?![\\w]|[.,]\\d)`).test(text)) found.push(`file number ${number}`);
  }
  const fileName = text.match(/\b[\w.-]+\.(?:txt|json|geojson)\b/);
  if (fileName) found.push(`file name ${fileName[0]}`);
  if (/\bnpm run\b|\bnpx\b/.test(text)) found.push('a command');
  return found;
}

const everything = `&from=${story.dateRange.from}&to=${story.dateRange.to}`;

async function textOf(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).first().textContent()) ?? '';
}

describeBrowser('readers never see how the data was made', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the test would catch an id, a file number, a file name and a command', () => {
    const s = sources[0]!;
    expect(leaks(`see ${s.id}`)).toEqual([`source id ${s.id}`]);
    expect(leaks(`per ${s.file.split('_')[0]}`)).toHaveLength(1);
    expect(leaks(`in ${s.file}`).length).toBeGreaterThan(0);
    expect(leaks('run npm run zones')).toEqual(['a command']);
    expect(leaks(sources.map((x) => x.readerName ?? '').join('; '))).toEqual([]);
  });

  it('in every event’s panel and its comparison of sources', async () => {
    const { page, problems } = await openApp(browser, `#event=${events[0]!.id}${everything}`);
    await waitForApp(page);
    const found: string[] = [];
    for (const e of events) {
      await page.evaluate((hash) => { window.location.hash = hash; }, `event=${e.id}${everything}`);
      const panel = page.locator(`.event-detail[data-event="${e.id}"]`);
      await panel.waitFor({ timeout: 5000 });
      found.push(...leaks(await panel.textContent() ?? '').map((l) => `${e.id} panel: ${l}`));
      const compare = panel.getByRole('button', { name: 'Compare sources' });
      await compare.click();
      await panel.locator('.compare-sources').waitFor();
      found.push(...leaks(await panel.textContent() ?? '').map((l) => `${e.id} comparison: ${l}`));
      await compare.click();
    }
    expect(found).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('in the coverage table, the List and the About dialog', async () => {
    const { page, problems } = await openApp(browser, `#${everything.slice(1)}`);
    await waitForApp(page);
    const found: string[] = [];

    // On a desktop the layers panel, with the Coverage button, is open from the start.
    await page.getByRole('button', { name: 'Coverage' }).click();
    const coverage = page.getByRole('dialog', { name: /Coverage/ });
    await coverage.waitFor();
    // The table's code comes when the dialog is first opened (lazyParts.tsx).
    await expect.poll(() => coverage.locator('tbody tr').count(), { timeout: 10_000 }).toBe(events.length);
    found.push(...leaks(await coverage.textContent() ?? '').map((l) => `coverage: ${l}`));
    found.push(...leaks(await textOf(page, '.zone-sources')).map((l) => `zone sources: ${l}`));
    await page.keyboard.press('Escape');
    await expect.poll(() => coverage.count()).toBe(0);

    await page.getByRole('button', { name: 'List', exact: true }).click();
    const list = page.locator('#event-list');
    await list.waitFor();
    found.push(...leaks(await list.textContent() ?? '').map((l) => `list: ${l}`));
    await page.getByRole('button', { name: 'Close the list' }).click();

    const about = page.getByRole('button', { name: 'About', exact: true });
    await about.click();
    const dialog = page.getByRole('dialog', { name: 'About this map' });
    await dialog.waitFor();
    const aboutText = await dialog.textContent() ?? '';
    found.push(...leaks(aboutText).map((l) => `about: ${l}`));
    for (const s of sources) expect(aboutText).toContain(s.readerName);
    await saveScreenshot(page, 'desktop-about');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => about.evaluate((el) => el === document.activeElement)).toBe(true);

    expect(found).toEqual([]);
    expect(problems).toEqual([]);
  });

  // A date note that names a later report printed its address in full: a line of text that could not be followed.
  it('a later report named in an event\'s date note is a link to it, named by its site', async () => {
    const event = events.find((e) => /https?:\/\//.test(e.dateNote ?? ''))!;
    const address = /https?:\/\/[^\s)]+/.exec(event.dateNote!)![0].replace(/[.,;]+$/, '');
    const { page, problems } = await openApp(browser, `#event=${event.id}${everything}`);
    await waitForApp(page);
    const note = page.locator('.detail-panel .date-note');
    const link = note.getByRole('link', { name: new URL(address).hostname.replace(/^www\./, '') });
    expect(await link.getAttribute('href')).toBe(address);
    expect(await link.getAttribute('rel')).toContain('noopener');
    expect(await note.textContent()).not.toContain('https://');
    // The note's words around it are all there.
    expect(await note.textContent()).toContain(event.dateNote!.split('http')[0]!.replace(/\($/, '').trim());
    expect(problems).toEqual([]);
  });
});
