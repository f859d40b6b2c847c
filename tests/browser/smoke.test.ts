// The foundation, as a person first sees it: a full-window map with the
// embedded basemap and country names, working zoom, scale and credits, on a
// desktop and on a phone, without errors or requests to anywhere else.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeBrowser, launchBrowser, openApp, saveScreenshot, waitForMap, PHONE } from './browser.ts';

/** The zoom the app writes into the URL hash, `#map=ZOOM/LAT/LNG`; null if it is not there. */
async function hashZoom(page: Page): Promise<number | null> {
  const hash = await page.evaluate(() => window.location.hash);
  const match = /map=(\d+(?:\.\d+)?)\/-?\d+(?:\.\d+)?\/-?\d+(?:\.\d+)?/.exec(hash);
  return match ? Number(match[1]) : null;
}

/** Waits until the basemap pane holds drawn shapes: SVG paths with geometry, or a canvas. */
async function waitForBasemap(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const pane = document.querySelector('.leaflet-basemap-pane');
    if (!pane) return false;
    const drawn = [...pane.querySelectorAll('path')].filter((p) => (p.getAttribute('d') ?? '').length > 10);
    return drawn.length > 0 || pane.querySelector('canvas') !== null;
  });
}

function countryLabel(page: Page, name: string) {
  return page.locator('.country-label').filter({ hasText: new RegExp(`^\\s*${name}\\s*$`) });
}

/** Whether the scale bar's ruler is what a reader sees at each of its ends and its middle: nothing lies over it. */
function scaleBarUncovered(page: Page): Promise<boolean> {
  return page.locator('.leaflet-control-scale-line').evaluate((line) => {
    const box = line.getBoundingClientRect();
    return [0.1, 0.5, 0.9].every((f) => line.contains(document.elementFromPoint(box.left + box.width * f, box.top + box.height / 2)));
  });
}

describeBrowser('the map on first open', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('desktop: a full-window map of the region, with the basemap and country names', async () => {
    const app = await openApp(browser);
    const { page, problems } = app;
    await waitForMap(app);
    const map = page.locator('.leaflet-container');
    // Down to the timeline, which has the rest of the window (src/styles.css, "Timeline room").
    const timelineTop = (await page.locator('.timeline').boundingBox())!.y;
    expect(await map.boundingBox()).toEqual({ x: 0, y: 0, width: 1280, height: timelineTop });
    expect(timelineTop).toBeGreaterThan(800 * 0.7);

    await waitForBasemap(page);
    for (const name of ['Libya', 'Egypt', 'Syria']) {
      await expect.poll(() => countryLabel(page, name).count(), { message: `label ${name}` }).toBe(1);
      expect(await countryLabel(page, name).isVisible(), `label ${name} is visible`).toBe(true);
    }
    await saveScreenshot(page, 'desktop-default');
    expect(problems).toEqual([]);
  });

  test('desktop: the zoom-in button zooms in by one level', async () => {
    const app = await openApp(browser);
    const { page, problems } = app;
    await waitForMap(app);
    await expect.poll(() => hashZoom(page), { message: 'URL hash has #map=ZOOM/LAT/LNG' }).not.toBeNull();
    const before = (await hashZoom(page))!;

    await page.locator('.leaflet-control-zoom-in').click();
    await expect.poll(() => hashZoom(page)).toBe(before + 1);
    expect(problems).toEqual([]);
  });

  test('desktop: a scale bar and a credit to Natural Earth', async () => {
    const app = await openApp(browser);
    const { page, problems } = app;
    await waitForMap(app);
    await expect.poll(() => page.locator('.leaflet-control-scale').isVisible()).toBe(true);
    const attribution = page.locator('.leaflet-control-attribution');
    expect(await attribution.isVisible()).toBe(true);
    // The credit arrives with the basemap layer, after its file has loaded.
    await expect.poll(() => attribution.textContent()).toContain('Natural Earth');
    // Nothing lies over the scale bar (the layers panel did, on the left).
    expect(await scaleBarUncovered(page)).toBe(true);
    expect(problems).toEqual([]);
  });

  test('phone: the map fills the screen and every control is on it', async () => {
    const app = await openApp(browser, '', { viewport: PHONE });
    const { page, problems } = app;
    await waitForMap(app);
    const map = page.locator('.leaflet-container');
    const timelineTop = (await page.locator('.timeline').boundingBox())!.y;
    expect(await map.boundingBox()).toEqual({ x: 0, y: 0, width: PHONE.width, height: timelineTop });
    expect(timelineTop).toBeGreaterThan(PHONE.height * 0.75);
    await waitForBasemap(page);

    const controls = await page.locator('.leaflet-control').all();
    expect(controls.length).toBeGreaterThan(0);
    for (const control of controls) {
      const box = await control.boundingBox();
      if (!box) continue; // not displayed (e.g. a control hidden on small screens)
      const name = (await control.getAttribute('class')) ?? 'control';
      expect(box.x, `${name} left edge`).toBeGreaterThanOrEqual(0);
      expect(box.y, `${name} top edge`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${name} right edge`).toBeLessThanOrEqual(PHONE.width);
      expect(box.y + box.height, `${name} bottom edge`).toBeLessThanOrEqual(PHONE.height);
    }
    // Nor the credit, which takes two lines on a phone.
    expect(await scaleBarUncovered(page)).toBe(true);
    await saveScreenshot(page, 'phone-default');
    expect(problems).toEqual([]);
  });
});
