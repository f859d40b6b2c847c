// Data is shown as text, in the built app: the app built from a geo/ folder
// whose titles, quotes, names and labels carry markup and script shows them
// literally, injects no element and runs nothing. And data that is invalid
// gets an explanation, not a white page.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot } from '../unit/fixtureDirs';
import { describeBrowser, launchBrowser, openApp, waitForApp } from './browser';
import { buildVariant } from './buildVariant';
import { startStaticServer, type StaticServer } from './staticServer';

/** Would add an element, or run script, if anything parsed data as HTML. */
const HOSTILE = '<img src=x onerror="window.__pwned=1"><b class="injected">b</b>';
const SCRIPT = '<script>window.__pwned=2</script>';

type Json = Record<string, unknown>;
const readJson = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Json & Json[];
const writeJson = (dir: string, file: string, value: unknown) => writeFileSync(join(dir, file), JSON.stringify(value, null, 2));

/** tests/fixtures/valid/ with markup in every text a person sees, plus a one-country basemap. */
function hostileGeoDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'geo-hostile-'));
  cpSync(join(repoRoot, 'tests', 'fixtures', 'valid'), dir, { recursive: true });
  const sources = readJson(dir, 'sources.json') as unknown as Json[];
  for (const s of sources) Object.assign(s, { outlet: `Paper ${HOSTILE}`, headline: `Headline ${SCRIPT}`, byline: `By ${HOSTILE}` });
  writeJson(dir, 'sources.json', sources);

  const locations = readJson(dir, 'locations.geojson') as unknown as { features: { properties: Json }[] };
  for (const { properties: p } of locations.features) Object.assign(p, { name: `${String(p['name'])} ${HOSTILE}`, aliases: [`${SCRIPT} alias`] });
  writeJson(dir, 'locations.geojson', locations);

  const events = readJson(dir, 'events.json') as unknown as Json[];
  for (const e of events) {
    Object.assign(e, { title: `${String(e['title']).slice(0, 40)} ${HOSTILE}`, summary: `Summary ${SCRIPT}`, actors: [`Actor ${HOSTILE}`] });
    if (e['claimedBy']) e['claimedBy'] = `Claimant ${HOSTILE}`;
    if (e['dateNote']) e['dateNote'] = `Note ${HOSTILE}`;
    for (const a of (e['aircraft'] ?? []) as Json[]) a['type'] = `jet ${HOSTILE}`;
    for (const c of e['sources'] as Json[]) c['quote'] = `${String(c['quote'])} ${HOSTILE} ${SCRIPT}`;
  }
  writeJson(dir, 'events.json', events);

  const zones = readJson(dir, 'zones.geojson') as unknown as { features: { properties: Json }[] };
  for (const { properties: p } of zones.features) Object.assign(p, { label: `Zone ${HOSTILE}`, source: `Source ${HOSTILE}`, note: `Note ${SCRIPT}` });
  writeJson(dir, 'zones.geojson', zones);

  writeJson(dir, 'basemap.json', {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { name: `Libya ${HOSTILE}`, kind: 'country' }, geometry: { type: 'Polygon', coordinates: [[[9, 19], [25, 19], [25, 33], [9, 33], [9, 19]]] } },
      { type: 'Feature', properties: { name: `Libya ${HOSTILE}`, kind: 'country' }, geometry: { type: 'Point', coordinates: [17, 27] } },
    ],
  });
  return dir;
}

/** The same folder with an event at a place that does not exist. */
function invalidGeoDir(): string {
  const dir = hostileGeoDir();
  const events = readJson(dir, 'events.json') as unknown as Json[];
  events[0]!['locationId'] = 'nowhere';
  writeJson(dir, 'events.json', events);
  return dir;
}

/** Elements that only exist if markup from the data was parsed, and whether its script ran. */
async function injected(page: Page): Promise<{ elements: string[]; pwned: unknown }> {
  return page.evaluate(() => ({
    elements: [...document.querySelectorAll('img, .injected, script:not([src]), [onerror], [onload]')].map((e) => e.outerHTML.slice(0, 80)),
    pwned: (window as { __pwned?: unknown }).__pwned,
  }));
}

const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();

describeBrowser('markup in the data, in the built app', () => {
  let browser: Browser;
  let hostile: StaticServer;
  let invalid: StaticServer;
  const temporary: string[] = [];
  beforeAll(async () => {
    const hostileDir = hostileGeoDir();
    const invalidDir = invalidGeoDir();
    const [hostileOut, invalidOut] = [await buildVariant(hostileDir), await buildVariant(invalidDir)];
    temporary.push(hostileDir, invalidDir, hostileOut, invalidOut);
    [hostile, invalid, browser] = await Promise.all([startStaticServer(hostileOut), startStaticServer(invalidOut), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([browser?.close(), hostile?.close(), invalid?.close()]);
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  });

  it('titles, quotes, names and labels show their markup as text, and none of it runs', async () => {
    const { page, problems } = await openApp(browser, '#map=5/30.000/20.000&from=2020-05-15&to=2020-05-31', { baseURL: hostile.url });
    await waitForApp(page);
    const marker = page.locator('.event-marker[data-location="al-watiya-air-base"]');
    expect(await marker.getAttribute('title')).toBe(`GNA takes Al-Watiya air base ${HOSTILE} (Al-Watiya Air Base ${HOSTILE})`);
    await marker.click();

    const panel = page.locator('.event-detail');
    await panel.waitFor();
    expect(await panel.locator('h2').textContent()).toBe(`GNA takes Al-Watiya air base ${HOSTILE}`);
    expect(await texts(page, '.event-detail .source-quote')).toEqual([
      `Forces of the government in Tripoli took the Al-Watiya air base on Monday ${HOSTILE} ${SCRIPT}`,
    ]);
    expect(await panel.locator('.event-place').textContent()).toBe(`Al-Watiya Air Base ${HOSTILE}`);
    expect(await panel.locator('.summary').textContent()).toBe(`Summary ${SCRIPT}`);
    expect(await panel.textContent()).toContain(`Paper ${HOSTILE}`);
    expect(await panel.textContent()).toContain(`Headline ${SCRIPT}`);

    expect(await texts(page, '.country-label')).toEqual([`Libya ${HOSTILE}`]);
    expect(await texts(page, '.place-label')).toContain(`Tripoli ${HOSTILE}`);
    // The zones' own labels (a day of change's name, from the story's zone kinds, may come beside them later).
    expect((await texts(page, '.zone-label-text:not(.zone-change-label)')).length).toBeGreaterThan(0);
    for (const label of await texts(page, '.zone-label-text:not(.zone-change-label)')) expect(label).toBe(`Zone ${HOSTILE}`);
    // The route redraws when the selection changes; the old label fades out for 200 ms.
    await expect.poll(() => page.locator('.route-label-text').count()).toBe(1);
    expect(await page.locator('.route-label-text').textContent()).toContain(`at least 8 jet ${HOSTILE}, escorted by 2 jet ${HOSTILE}`);

    await page.locator('.route-label').click();
    await page.locator('.event-detail[data-event="hmeimim-to-eastern-libya"]').waitFor();
    expect(await page.locator('.event-detail .claimed-by').textContent()).toBe(`Claimant ${HOSTILE}`);
    expect(await page.locator('.event-detail .route-aircraft').textContent()).toBe(`at least 8 jet ${HOSTILE}, escorted by 2 jet ${HOSTILE}`);

    await page.getByLabel('Find a place').fill('Tripoli');
    // The option's name, as text (the option goes on to say what kind of hit it is).
    await expect.poll(() => texts(page, '[role="option"] .search-name')).toContain(`Tripoli ${HOSTILE}`);

    expect(await injected(page)).toEqual({ elements: [], pwned: undefined });
    expect(problems).toEqual([]);
  });

  it('an invalid record in the built app explains itself instead of a white page', async () => {
    const { page, problems } = await openApp(browser, '', { baseURL: invalid.url });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.locator('h1').textContent()).toBe("The map's data has problems");
    expect(await texts(page, '.problems li')).toEqual(['geo/events.json · 2020-05-18-watiya-captured · locationId: unknown location "nowhere"']);
    expect(await page.locator('.leaflet-container').count()).toBe(0);
    expect(await injected(page)).toEqual({ elements: [], pwned: undefined });
    expect(problems).toEqual([]);
  });
});
