// No network: with no host but 127.0.0.1 resolved (the tests' Chromium is
// started so, launchChromium.ts, and openApp reports every outside request),
// the whole app works from its own files, and choosing the online tiles says
// they are unavailable while the embedded basemap goes on working.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launchBrowser, openApp, type OpenedApp, waitForApp, writtenUrl } from './browser';

const OSM_TILE = /^https:\/\/tile\.openstreetmap\.org\/\d+\/\d+\/\d+\.png$/;

async function basemapDrawn(page: Page): Promise<number> {
  return page.locator('.leaflet-basemap-pane path').count();
}

async function hashZoom(page: Page): Promise<number> {
  return Number(/[#&]map=(\d+)\//.exec((await writtenUrl(page)).hash)?.[1]);
}

const ready = ({ page }: OpenedApp) => waitForApp(page);

describeBrowser('without a network', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('basemap, layers, events, the route, dates, search and permalinks all work from the app\'s own files', async () => {
    const app = await openApp(browser);
    const { page, problems } = app;
    await ready(app);
    expect(await basemapDrawn(page)).toBeGreaterThan(0);
    expect(await page.locator('.leaflet-zones-pane path').count()).toBeGreaterThan(0);
    expect(await page.locator('.route-line').count()).toBe(1);

    await page.getByLabel('Control zones').uncheck();
    await expect.poll(() => page.locator('.leaflet-zones-pane path').count()).toBe(0);
    await page.getByLabel('Control zones').check();

    await page.locator('.event-marker[data-location="al-watiya-air-base"]').click();
    await expect.poll(() => page.locator('.event-detail .source-quote').count()).toBeGreaterThan(0);
    await page.locator('.detail-panel .close').click();

    // The route redraws on every selection; the labels it replaces fade out for 200 ms.
    await expect.poll(() => page.locator('.route-label').count()).toBe(1);
    await page.locator('.route-label').click();
    await expect.poll(() => page.locator('.event-detail[data-event="2020-05-hmeimim-to-eastern-libya-jets"] .source-quote').count()).toBeGreaterThan(0);
    await page.locator('.detail-panel .close').click();

    await page.fill('input[name=from]', '2020-05-18');
    await page.press('input[name=from]', 'Enter');
    await expect.poll(() => new URL(page.url()).hash).toContain('from=2020-05-18');

    await page.getByLabel('Find a place').fill('Watiya');
    await page.getByLabel('Find a place').press('Enter');
    await expect.poll(() => hashZoom(page)).toBe(9);

    // The link as it is now, opened afresh, shows the same view.
    const link = (await writtenUrl(page)).hash;
    const again = await openApp(browser, link);
    await ready(again);
    expect(await again.page.inputValue('input[name=from]')).toBe('2020-05-18');
    expect(await hashZoom(again.page)).toBe(9);

    // openApp counts every request off 127.0.0.1 (none can be reached) as a problem, from the first one.
    expect(problems).toEqual([]);
    expect(again.problems).toEqual([]);
  });

  it('choosing OpenStreetMap tiles says they are unavailable, and the embedded basemap goes on working', async () => {
    const app = await openApp(browser);
    const { page, problems } = app;
    await ready(app);
    const drawn = await basemapDrawn(page);

    await page.getByLabel('OpenStreetMap tiles (online)').check();
    await expect.poll(() => page.locator('.notice').allTextContents()).toContain('Online tiles are unavailable; showing the embedded basemap.');
    expect(await basemapDrawn(page)).toBe(drawn);
    // The embedded basemap stays on screen (its first path may be a far shape of the outer world, drawn off screen).
    expect(await page.locator('.leaflet-basemap-pane path:visible').count()).toBeGreaterThan(0);

    const zoom = await hashZoom(page);
    await page.locator('.leaflet-control-zoom-in').click();
    await expect.poll(() => hashZoom(page)).toBe(zoom + 1);
    expect(await basemapDrawn(page)).toBeGreaterThan(0);

    // The tiles were asked for (and could not be reached): that, and nothing else, went wrong.
    const tiles = problems.filter((p) => p.startsWith('outside request: '));
    expect(tiles.length).toBeGreaterThan(0);
    for (const p of tiles) expect(p.slice('outside request: '.length)).toMatch(OSM_TILE);
    const others = problems.filter((p) => !p.startsWith('outside request: '));
    for (const p of others) expect(p).toMatch(/^console error: Failed to load resource: net::ERR_NAME_NOT_RESOLVED \(https:\/\/tile\.openstreetmap\.org\/\d+\/\d+\/\d+\.png\)$/);
  });
});
