// The map comes first: the built app makes its one map object
// (src/map/StoryMap.ts) in the first view (src/map/firstView.ts), with
// Leaflet alone, before React and the rest of the app have loaded; the app
// then renders beside it and drives that same map through its setters. Here
// the app's chunk (renderApp-*.js) is held back at the network, so what a
// reader sees before it arrives, and what happens when it does, can be looked
// at one after the other.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MAP_CODE_READY_MARK, MAP_DRAWN_MARK } from '../../src/performanceMarks';
import { describeBrowser, hashParams, launchBrowser, openApp } from './browser';

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


/** Keeps the page's map container and marker elements as they are now, to compare with later ones. */
function rememberElements(page: Page, name: string): Promise<void> {
  return page.evaluate((key) => {
    (window as unknown as Record<string, unknown>)[key] = {
      map: document.querySelector('.leaflet-container'),
      markers: [...document.querySelectorAll('.event-marker')],
    };
  }, name);
}

/** Whether the map and every marker remembered as `name` are the very elements on the page now, and no others. */
function sameElements(page: Page, name: string): Promise<{ sameMap: boolean; allKept: boolean; noneAdded: boolean }> {
  return page.evaluate((key) => {
    const then = (window as unknown as Record<string, { map: Element; markers: Element[] }>)[key]!;
    const now = [...document.querySelectorAll('.event-marker')];
    return {
      sameMap: then.map === document.querySelector('.leaflet-container'),
      allKept: then.markers.every((el) => el.isConnected),
      noneAdded: now.every((el) => then.markers.includes(el)),
    };
  }, name);
}

describeBrowser('the map before the app', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a permalink is drawn in full before the app loads, and the app then drives that same map and its markers', async () => {
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
    expect(before.markers).toBeGreaterThan(1);
    await rememberElements(page, 'firstView');

    held.release();
    const panel = page.locator('.detail-panel');
    await expect.poll(() => panel.locator('h2').textContent(), { timeout: 15_000 }).toMatch(/Pantsir/i);
    await page.locator('.toolbar').waitFor();
    // One map, the same one, with the very markers the first view drew: the
    // app's setters changed nothing that was already right. The zoom made before the app is in the URL.
    expect(await count('.leaflet-container')).toBe(1);
    expect(await sameElements(page, 'firstView')).toEqual({ sameMap: true, allKept: true, noneAdded: true });
    expect(await map.getAttribute('data-drawn')).toBe('true');
    await expect.poll(async () => (await hashParams(page)).get('map')?.split('/')[0]).toBe('9');
    expect({
      markers: await count('.event-marker'),
      zones: await count('.leaflet-zones-pane path'),
      routes: await count('.route-line'),
      labels: await count('.zone-label'),
    }).toEqual(before);
    expect((await hashParams(page)).get('event')).toBe('2020-05-20-pantsir-paraded-in-tripoli');

    // Another place's marker: the ring moves to it, and no marker is rebuilt for it.
    // One not under the toolbar or a panel, so that a click reaches it (the layers panel closed first).
    await page.locator('.panel-toggle').click();
    const otherPlace = await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('.event-marker[data-location]:not(.event-marker-selected)')) {
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        if (hit && el.contains(hit)) return el.dataset.location!;
      }
      return null;
    });
    expect(otherPlace).not.toBeNull();
    const other = page.locator(`.event-marker[data-location="${otherPlace}"]`);
    await page.evaluate((place) => {
      const el = [...document.querySelectorAll<HTMLElement>('.event-marker')].find((m) => m.dataset.location === place);
      (window as unknown as Record<string, unknown>).picked = el;
      (window as unknown as Record<string, unknown>).wasSelected = document.querySelector('.event-marker-selected');
    }, otherPlace);
    await other.click();
    await expect.poll(async () => (await hashParams(page)).get('event')).not.toBe('2020-05-20-pantsir-paraded-in-tripoli');
    expect(await page.evaluate(() => {
      const w = window as unknown as { picked: HTMLElement; wasSelected: HTMLElement };
      return {
        pickedRinged: w.picked.isConnected && w.picked.classList.contains('event-marker-selected'),
        formerKeptUnringed: w.wasSelected.isConnected && !w.wasSelected.classList.contains('event-marker-selected'),
        rings: document.querySelectorAll('.event-marker-selected').length,
      };
    })).toEqual({ pickedRinged: true, formerKeptUnringed: true, rings: 1 });
    expect(await sameElements(page, 'firstView')).toEqual({ sameMap: true, allKept: true, noneAdded: true });
    expect(problems).toEqual([]);
  });

  it('a marker clicked before the app has loaded is ringed at once, opens once the app is there, and takes focus back', async () => {
    let held!: Awaited<ReturnType<typeof holdAppChunk>>;
    const { page, problems } = await openApp(browser, '', { beforeLoad: async (p) => void (held = await holdAppChunk(p)) });
    await page.locator('.leaflet-container[data-drawn="true"]').waitFor({ state: 'attached' });
    await held.asked;
    const watiya = page.locator('.event-marker[data-location="al-watiya-air-base"]');
    await watiya.click();
    expect(await page.locator('.detail-panel').count()).toBe(0);
    expect(await watiya.getAttribute('class')).toContain('event-marker-selected');
    await rememberElements(page, 'beforeApp');

    held.release();
    await expect.poll(() => page.locator('.detail-panel h2').textContent(), { timeout: 15_000 }).toMatch(/Watiya/i);
    expect((await hashParams(page)).get('event')).toBe('2020-05-18-watiya-captured');
    expect(await sameElements(page, 'beforeApp')).toEqual({ sameMap: true, allKept: true, noneAdded: true });
    // Closing the panel gives focus back to the marker that opened it, the same element all along.
    await page.locator('.detail-panel .close').click();
    await expect.poll(() => watiya.evaluate((el) => el.closest('.leaflet-marker-icon') === document.activeElement)).toBe(true);
    expect(await watiya.getAttribute('class')).not.toContain('event-marker-selected');
    // The map's markers answer the app from then on.
    // A place of several events (one place, not a cluster of places) that the toolbar does not cover (Ankara, north of the story's bounds, now may be).
    const several = await page.evaluate(() => {
      const top = document.querySelector('.toolbar')!.getBoundingClientRect().bottom;
      const marker = [...document.querySelectorAll<HTMLElement>('.event-marker')]
        .find((m) => m.dataset.location !== undefined && Number(m.dataset.count) > 1 && m.getBoundingClientRect().top > top && m.dataset.location !== 'al-watiya-air-base');
      return marker?.dataset.location;
    });
    const place = page.locator(`.event-marker[data-location="${several}"]`);
    await place.click();
    await expect.poll(() => page.locator('.place-events button').count()).toBe(Number(await place.getAttribute('data-count')));
    expect(problems).toEqual([]);
  });

  it('the map waits for no stylesheet but the page’s own: the first view’s code comes with none of its own', async () => {
    // A stylesheet of the first view's chunk is asked for only once the entry
    // runs, behind the page's other downloads, and the chunk is not run until
    // it is in: the map was drawn about 15 ms later for 322 bytes of CSS.
    const { page } = await openApp(browser, '', { fresh: true });
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MAP_DRAWN_MARK, { timeout: 15_000 });
    const html = await (await page.request.get(page.url())).text();
    const linked = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\.?\/?([^"]+)"/g)].map((m) => m[1]!.replace(/^.*\//, ''));
    expect(linked.length).toBeGreaterThan(0);
    const beforeMap = await page.evaluate((mark) => {
      // What the first view's import waited for was asked for before its code was ready (main.tsx marks it).
      const codeReady = performance.getEntriesByName(mark)[0]!.startTime;
      return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => /\.css(\?|$)/.test(r.name) && r.startTime < codeReady)
        .map((r) => new URL(r.name).pathname.replace(/^.*\//, ''));
    }, MAP_CODE_READY_MARK);
    expect(beforeMap.length).toBeGreaterThan(0);
    expect(beforeMap.filter((name) => !linked.includes(name))).toEqual([]);
  });

  it('a basemap that fails before the app has loaded is told once the app is there, and the map works on', async () => {
    const { page, problems } = await openApp(browser, '', {
      beforeLoad: async (p) => {
        await p.route(/\/assets\/basemap-[^/]*\.json$/, (route) => route.fulfill({ status: 503, body: '' }));
      },
    });
    await expect.poll(() => page.locator('.notices').textContent(), { timeout: 15_000 }).toContain('The embedded basemap could not be loaded (HTTP 503)');
    expect(await page.locator('.country-label').count()).toBe(0);
    await page.locator('.event-marker[data-location="al-watiya-air-base"]').click();
    await expect.poll(() => page.locator('.detail-panel h2').textContent()).toMatch(/Watiya/i);
    // The failed file itself is the only problem the page logs.
    expect(problems.every((p) => /503|basemap/i.test(p))).toBe(true);
  });
});
