// Source comparison, coverage, the articles filter, the list, embed and
// export, as an analyst or reader uses them, in the built app in real Chromium.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, hashParams, launchBrowser, openApp, savedDownload, saveScreenshot, sharedApp, waitForApp, PHONE } from './browser';

const JETS = '2020-05-hmeimim-to-eastern-libya-jets';
/** The id Bashagha's claim had before it was merged into the transfer's event (its formerIds). */
const JETS_BEFORE_MERGE = '2020-05-21-bashagha-jets-claim';
const LIMITED_TIMES_JETS = '2020-05-21-limited-times-jets-likely-for-air-campaign';
const WATIYA = '2020-05-18-watiya-captured';
// Reported by one article only (The Limited Times), in the escalation week.
const POMPEO_CALL = '2020-05-21-pompeo-di-maio-call';


const ready = waitForApp;

async function openList(page: Page) {
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await page.getByRole('heading', { name: /Events in the current filter/ }).waitFor();
}

describeBrowser('for analysts and readers', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  /** The tests that start from the default view take turns on one loaded app (sharedApp resets it). */
  const app = sharedApp(() => browser);
  const phoneApp = sharedApp(() => browser, { viewport: PHONE });

  it('compare sources shows each article in its words, "Not reported", and both differing numbers', async () => {
    // A link shared before the merge opens the claim under its id now, with no notice.
    const { page, problems } = await openApp(browser, `#event=${JETS_BEFORE_MERGE}`);
    await ready(page);
    await expect.poll(async () => (await hashParams(page)).get('event')).toBe(JETS);
    expect(await page.locator('.notice').count()).toBe(0);
    await page.getByRole('button', { name: 'Compare sources' }).click();
    const compare = page.locator('.compare-sources');
    await compare.waitFor();
    const numbers = compare.locator('.difference-number');
    expect(await numbers.textContent()).toContain('at least eight');
    expect(await numbers.textContent()).toContain('at least six');
    expect(await compare.textContent()).toContain('in the quoted words');
    // The one article that does not report the jets says so in its row.
    const missing = compare.locator('tr[data-source="haftar-threaten-2020-05-23"]');
    expect(await missing.textContent()).toContain('Not reported');
    // Four articles report the jets, but The Limited Times' unattributed count is its own event.
    expect(await compare.locator('tr.reported').count()).toBe(3);
    expect(await page.getByRole('button', { name: 'Compare sources' }).getAttribute('aria-pressed')).toBe('true');
    await compare.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, 'desktop-compare-sources');
    expect(problems).toEqual([]);
  });

  it('compare view on a phone', async () => {
    const { page, problems } = await openApp(browser, `#event=2020-05-21-jaroushi-threatens-turkish-targets`, { viewport: PHONE });
    await ready(page);
    await page.getByRole('button', { name: 'Compare sources' }).click();
    const spelling = page.locator('.difference-spelling').filter({ hasText: 'Jaroushi' });
    expect(await spelling.textContent()).toContain('Geroushi');
    await page.locator('.compare-table').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'phone-compare-sources');
    expect(problems).toEqual([]);
  });

  it('the coverage matrix shows ✓ for an article that reports Al-Watiya’s capture, and Escape closes it', async () => {
    const { page, problems } = await app();
    const opener = page.getByRole('button', { name: 'Coverage' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: /Coverage/ });
    await dialog.waitFor();
    const row = dialog.locator(`tr[data-event="${WATIYA}"]`);
    expect(await row.locator('td[data-source="atrush-2020-05-21"]').innerText()).toContain('✓');
    expect(await row.locator('td[data-source="atrush-2020-05-21"]').textContent()).toContain('reported');
    const pompeo = dialog.locator(`tr[data-event="${POMPEO_CALL}"]`);
    expect(await pompeo.locator('td[data-source="atrush-2020-05-21"]').innerText()).toContain('—');
    await saveScreenshot(page, 'desktop-coverage');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    // Focus goes back just after the closing render (useReturnFocus), so wait for it as a person would.
    await expect.poll(() => opener.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('coverage on a phone', async () => {
    const { page, problems } = await phoneApp();
    await page.getByRole('button', { name: 'Layers & dates' }).click();
    await page.getByRole('button', { name: 'Coverage' }).click();
    await page.getByRole('dialog', { name: /Coverage/ }).waitFor();
    await saveScreenshot(page, 'phone-coverage');
    expect(problems).toEqual([]);
  });

  it('"reported by at least 2 articles" hides single-source events and goes into the link', async () => {
    const { page, problems } = await app();
    await openList(page);
    const pompeoItem = page.locator(`[data-list-event="${POMPEO_CALL}"]`);
    expect(await pompeoItem.count()).toBe(1);
    const before = await page.locator('[data-list-event]').count();
    await page.getByRole('button', { name: 'Layers & dates' }).click();
    await page.getByLabel('Reported by at least').selectOption('2');
    await expect.poll(async () => (await hashParams(page)).get('min')).toBe('2');
    await expect.poll(() => page.locator('.event-marker[data-location="rome"]').count()).toBe(0);
    await openList(page);
    expect(await pompeoItem.count()).toBe(0);
    expect(await page.locator(`[data-list-event="${WATIYA}"]`).count()).toBe(1);
    expect(await page.locator('[data-list-event]').count()).toBeLessThan(before);
    expect(problems).toEqual([]);
  });

  it('the list and the map select together, both ways', async () => {
    const { page, problems } = await app();
    await openList(page);
    await saveScreenshot(page, 'desktop-list');
    // list → map
    await page.locator(`[data-list-event="${WATIYA}"]`).click();
    await expect.poll(async () => (await hashParams(page)).get('event')).toBe(WATIYA);
    await expect.poll(() => page.locator('.detail-panel h2').textContent()).toMatch(/Watiya/i);
    await expect.poll(() => page.locator('.event-marker[data-location="al-watiya-air-base"]').getAttribute('class')).toContain('event-marker-selected');
    expect(await page.locator(`[data-list-event="${WATIYA}"]`).getAttribute('aria-current')).toBe('true');
    // map → list
    // Eastern Libya holds several events (the jets' versions, the eastern parliament): choose from its list.
    await page.locator('.event-marker[data-location="eastern-libya"]').click();
    await page.locator('.place-events button', { hasText: 'The Limited Times: at least eight jets' }).click();
    await expect.poll(async () => (await hashParams(page)).get('event')).toBe(LIMITED_TIMES_JETS);
    const item = page.locator(`[data-list-event="${LIMITED_TIMES_JETS}"]`);
    await expect.poll(() => item.getAttribute('aria-current')).toBe('true');
    expect(await page.locator('[data-list-event][aria-current="true"]').count()).toBe(1);
    const inView = await item.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const panel = el.closest('.event-list-panel')!.getBoundingClientRect();
      return box.top >= panel.top && box.bottom <= panel.bottom;
    });
    expect(inView).toBe(true);
    expect(problems).toEqual([]);
  });

  it('the list on a phone', async () => {
    const { page, problems } = await phoneApp();
    await openList(page);
    await saveScreenshot(page, 'phone-list');
    expect(problems).toEqual([]);
  });

  it('keyboard only: Tab to the list, Enter opens an event, Escape returns focus to it', async () => {
    const { page, problems } = await openApp(browser);
    await ready(page);
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.textContent === 'List');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('event-list-title');
    await page.keyboard.press('Tab'); // the close button comes first
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.listEvent);
    expect(first).toBeTruthy();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await hashParams(page)).get('event')).toBe(first);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('detail-title');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.detail-panel').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement).dataset.listEvent)).toBe(first);
    expect(problems).toEqual([]);
  });

  it('embed=1 shows only the map, a compact legend and the attribution', async () => {
    const { page, problems } = await openApp(browser, '#embed=1');
    await ready(page);
    expect(await page.locator('.toolbar').count()).toBe(0);
    expect(await page.locator('.side-panel').count()).toBe(0);
    expect(await page.locator('.embed-legend').isVisible()).toBe(true);
    expect(await page.locator('.leaflet-control-attribution').textContent()).toContain('Natural Earth');
    const full = await page.getByRole('link', { name: 'Open the full map' }).getAttribute('href');
    expect(full).not.toContain('embed=1');
    await saveScreenshot(page, 'desktop-embed');
    expect(problems).toEqual([]);
  });

  it('the Embed dialog gives the iframe snippet for the current view, and gives focus back', async () => {
    const { page, problems } = await openApp(browser, '#map=7/31.000/13.000&min=2');
    await ready(page);
    const opener = page.getByRole('button', { name: 'Embed' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Embed this map' });
    await dialog.waitFor();
    const snippet = await dialog.getByLabel('HTML to embed').inputValue();
    expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/#map=7\/31\.000\/13\.000&amp;layers=[^"]*&amp;min=2&amp;embed=1"/);
    expect(await dialog.getByLabel('HTML to embed').getAttribute('readonly')).not.toBeNull();
    expect(await dialog.getByRole('button', { name: 'Copy' }).isVisible()).toBe(true);
    await saveScreenshot(page, 'desktop-embed-dialog');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    // Focus goes back just after the closing render (useReturnFocus), so wait for it as a person would.
    await expect.poll(() => opener.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('Download GeoJSON saves only the events in the filter, with their quotes', async () => {
    const { page, problems } = await openApp(browser, '#min=3');
    await ready(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download GeoJSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.geojson$/);
    const json = JSON.parse(await readFile(await savedDownload(download), 'utf8'));
    expect(json.type).toBe('FeatureCollection');
    const events = json.features.filter((f: { properties: { kind: string } }) => f.properties.kind === 'event');
    const ids = events.map((f: { id: string }) => f.id);
    expect(ids).toContain(WATIYA);
    expect(ids).not.toContain(POMPEO_CALL);
    for (const f of events) expect(f.properties.articleCount).toBeGreaterThanOrEqual(3);
    expect(events.find((f: { id: string }) => f.id === WATIYA).properties.sources).toHaveLength(5);
    expect(json.filter.minArticles).toBe(3);
    expect(problems).toEqual([]);
  });

  it('Download PNG saves an image of the map', async () => {
    const { page, problems } = await app();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const bytes = await readFile(await savedDownload(download));
    expect(bytes.length).toBeGreaterThan(10_000);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Kept beside the screenshots, to look at what the export draws.
    const screenshots = fileURLToPath(new URL('../../screenshots/', import.meta.url));
    await mkdir(screenshots, { recursive: true });
    await writeFile(`${screenshots}exported-map.png`, bytes);
    expect(problems).toEqual([]);
  });
});
