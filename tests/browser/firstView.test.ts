// The map comes first: the built app draws its view with Leaflet alone
// (src/map/firstView.ts) before React and the rest of the app have loaded, and
// the app then takes over that very map. Here the app's chunk (renderApp-*.js)
// is held back at the network, so what a reader sees before it arrives, and
// what happens when it does, can be looked at one after the other.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launchBrowser, openApp } from './browser';

/** Holds the app's chunk until the returned function is called. */
async function holdAppChunk(page: Page): Promise<{ asked: Promise<void>; release: () => void }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let asked!: () => void;
  const wasAsked = new Promise<void>((resolve) => (asked = resolve));
  await page.route(/\/assets\/renderApp-[^/]*\.js$/, async (route) => {
    asked();
    await released;
    await route.continue();
  });
  return { asked: wasAsked, release };
}

function hashParams(page: Page): URLSearchParams {
  return new URLSearchParams(new URL(page.url()).hash.slice(1));
}

describeBrowser('the map before the app', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a permalink is drawn in full before the app loads, can be zoomed, and the app takes over that same map', async () => {
    let held!: Awaited<ReturnType<typeof holdAppChunk>>;
    // LNA and the route off, Tripoli's Pantsir parade open, a few days in May, zoomed in on Tripoli.
    const hash = '#map=7/32.500/13.200&layers=gna,other,zones,events&event=2020-05-20-pantsir-paraded-in-tripoli&from=2020-05-18&to=2020-05-22';
    const { page, problems } = await openApp(browser, hash, { beforeLoad: async (p) => void (held = await holdAppChunk(p)) });
    await page.locator('.leaflet-container[data-drawn="true"]').waitFor({ state: 'attached' });
    await held.asked;

    // As the link asks, with no app yet: no toolbar, no panel.
    expect(await page.locator('.toolbar').count()).toBe(0);
    expect(await page.locator('.detail-panel').count()).toBe(0);
    const map = page.locator('.leaflet-container');
    expect(await map.getAttribute('class')).toContain('zoom-mid');
    expect(await page.locator('.leaflet-zones-pane path.zone-lna').count()).toBe(0);
    expect(await page.locator('.leaflet-zones-pane path.zone-gna').count()).toBeGreaterThan(0);
    expect(await page.locator('.route-line').count()).toBe(0);
    expect(await page.locator('.event-marker-selected').count()).toBe(1);
    expect(await page.locator('.country-label').count()).toBeGreaterThan(0);

    // Leaflet alone: the zoom buttons work already (7 → 9).
    await page.locator('.leaflet-control-zoom-in').click();
    await page.waitForTimeout(500); // Leaflet's zoom animation (250 ms) is over
    await page.locator('.leaflet-control-zoom-in').click();
    await expect.poll(() => map.getAttribute('class')).toContain('zoom-near');
    const count = (selector: string) => page.locator(selector).count();
    const before = {
      markers: await count('.event-marker'),
      zones: await count('.leaflet-zones-pane path'),
      routes: await count('.route-line'),
      labels: await count('.zone-label'),
    };
    expect(before.markers).toBeGreaterThan(0);

    held.release();
    const panel = page.locator('.detail-panel');
    await expect.poll(() => panel.locator('h2').textContent(), { timeout: 15_000 }).toMatch(/Pantsir/i);
    await page.locator('.toolbar').waitFor();
    // One map, the same one: its layers replaced, not doubled, and the zoom made before the app kept.
    expect(await page.locator('.leaflet-container').count()).toBe(1);
    expect(await map.getAttribute('data-drawn')).toBe('true');
    await expect.poll(() => hashParams(page).get('map')?.split('/')[0]).toBe('9');
    expect({
      markers: await count('.event-marker'),
      zones: await count('.leaflet-zones-pane path'),
      routes: await count('.route-line'),
      labels: await count('.zone-label'),
    }).toEqual(before);
    expect(hashParams(page).get('event')).toBe('2020-05-20-pantsir-paraded-in-tripoli');
    expect(problems).toEqual([]);
  });

  it('a marker clicked before the app has loaded opens once it has', async () => {
    let held!: Awaited<ReturnType<typeof holdAppChunk>>;
    const { page, problems } = await openApp(browser, '', { beforeLoad: async (p) => void (held = await holdAppChunk(p)) });
    await page.locator('.leaflet-container[data-drawn="true"]').waitFor({ state: 'attached' });
    await held.asked;
    await page.locator('.event-marker[data-location="al-watiya-air-base"]').click();
    expect(await page.locator('.detail-panel').count()).toBe(0);

    held.release();
    await expect.poll(() => page.locator('.detail-panel h2').textContent(), { timeout: 15_000 }).toMatch(/Watiya/i);
    expect(hashParams(page).get('event')).toBe('2020-05-18-watiya-captured');
    // The app's own markers answer from then on.
    await page.locator('.detail-panel .close').click();
    const ankara = page.locator('.event-marker[data-location="ankara"]');
    await ankara.click();
    await expect.poll(() => page.locator('.place-events button').count()).toBe(Number(await ankara.getAttribute('data-count')));
    expect(problems).toEqual([]);
  });
});
