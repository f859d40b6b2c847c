// An opened event is brought out from under the toolbar and panels: its
// marker (ringed as chosen) or its whole line ends up where the reader sees
// the map, however it was opened, on desktop and on a phone.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, hashParams, launchBrowser, openApp, saveScreenshot, sharedApp, waitForApp, PHONE } from './browser';

const WATIYA = '2020-05-18-watiya-captured';


async function zoomOf(page: Page): Promise<number> {
  return Number((await hashParams(page)).get('map')?.split('/')[0]);
}

/**
 * 'in view' when the chosen marker (.event-marker-selected), or with `line`
 * the whole route line, lies inside the map and under none of the toolbar,
 * the Layers panel, the detail panel (a sheet on a phone) or the zoom buttons; otherwise what is wrong.
 */
function chosenPlace(page: Page, line = false): Promise<string> {
  return page.evaluate((line) => {
    const target = document.querySelector(line ? '.route-line' : '.event-marker-selected');
    if (!target) return 'no chosen marker or line';
    const t = target.getBoundingClientRect();
    const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
    const points = line
      ? [[t.left, t.top], [t.right, t.top], [t.left, t.bottom], [t.right, t.bottom], [(t.left + t.right) / 2, (t.top + t.bottom) / 2]]
      : [[(t.left + t.right) / 2, (t.top + t.bottom) / 2]];
    const covers = [...document.querySelectorAll('.toolbar, .side-panel, .detail-panel, .leaflet-control-zoom')]
      .map((el) => ({ name: el.className, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0);
    for (const [x, y] of points as [number, number][]) {
      if (x < map.left || x > map.right || y < map.top || y > map.bottom) return `(${x}, ${y}) is off the map`;
      const under = covers.find(({ r }) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
      if (under) return `(${Math.round(x)}, ${Math.round(y)}) is under .${under.name}`;
    }
    return 'in view';
  }, line);
}

async function openFromList(page: Page, eventId: string) {
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await page.locator(`[data-list-event="${eventId}"]`).click();
  await expect.poll(async () => (await hashParams(page)).get('event')).toBe(eventId);
}

describeBrowser('the chosen event in view', () => {
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

  it('desktop, from a marker where the detail panel opens: panned clear of it, the zoom kept', async () => {
    // Al-Watiya right of the centre, where the detail panel will lie.
    const { page, problems } = await openApp(browser, '#map=8/32.480/9.500');
    await waitForApp(page);
    const marker = page.locator('.event-marker[data-location="al-watiya-air-base"]');
    const before = (await marker.boundingBox())!;
    expect(before.x).toBeGreaterThan(1280 - 400);
    await marker.click();
    await expect.poll(async () => (await hashParams(page)).get('event')).toBe(WATIYA);
    await expect.poll(() => chosenPlace(page)).toBe('in view');
    expect(await zoomOf(page)).toBe(8);
    await saveScreenshot(page, 'chosen-desktop-marker');
    expect(problems).toEqual([]);
  });

  it('desktop, from the List: Rome comes out from under the toolbar', async () => {
    const { page, problems } = await app();
    await openFromList(page, '2020-05-21-pompeo-di-maio-call');
    await expect.poll(() => chosenPlace(page)).toBe('in view');
    await saveScreenshot(page, 'chosen-desktop-list-rome');
    expect(problems).toEqual([]);
  });

  it('desktop, from a permalink: Ankara, off screen in the default view, is brought on', async () => {
    const { page, problems } = await openApp(browser, '#event=2020-05-21-turkish-foreign-ministry-warns');
    await waitForApp(page);
    await expect.poll(() => chosenPlace(page)).toBe('in view');
    await saveScreenshot(page, 'chosen-desktop-permalink-ankara');
    expect(problems).toEqual([]);
  });

  it('tablet, from a permalink with no view of its own: the event stands in the middle of the map the panel leaves, not at its edge', async () => {
    const { page, problems } = await openApp(browser, '#event=2020-05-18-watiya-captured', { viewport: { width: 768, height: 1024 } });
    await waitForApp(page);
    await page.locator('.detail-panel').waitFor();
    const marker = page.locator('.event-marker-selected');
    await marker.waitFor();
    const panel = (await page.locator('.detail-panel').boundingBox())!;
    const map = (await page.locator('.leaflet-container').boundingBox())!;
    await expect
      .poll(async () => {
        const m = (await marker.boundingBox())!;
        // Where across the uncovered map (its left edge to the panel's) the marker stands, 0 to 1.
        return Number((((m.x + m.width / 2) - map.x) / (panel.x - map.x)).toFixed(2));
      }, { message: 'the marker near the middle of the uncovered map, across' })
      .toBeGreaterThan(0.3);
    const m = (await marker.boundingBox())!;
    expect(((m.x + m.width / 2) - map.x) / (panel.x - map.x)).toBeLessThan(0.7);
    // A link that gives its own view keeps it: the least pan, as before (the tests above).
    expect(problems).toEqual([]);
  });

  it("desktop, from a permalink: the jets' whole line clear of the detail panel, zoomed out only as far as needed", async () => {
    const { page, problems } = await openApp(browser, '#map=6/29.000/22.000&event=2020-05-hmeimim-to-eastern-libya-jets');
    await waitForApp(page);
    await expect.poll(() => chosenPlace(page, true)).toBe('in view');
    const zoom = await zoomOf(page);
    expect(zoom).toBeLessThan(6);
    expect(zoom).toBeGreaterThanOrEqual(3);
    await saveScreenshot(page, 'chosen-desktop-permalink-jets');
    expect(problems).toEqual([]);
  });

  it("desktop, from a permalink: the jets' line leaves room for the name of its end, Hmeimim Air Base, clear of the detail panel", async () => {
    // The line used to end just short of the panel's edge, where its end's name had no side to stand on.
    const { page, problems } = await openApp(browser, '#event=2020-05-hmeimim-to-eastern-libya-jets');
    await waitForApp(page);
    await expect.poll(() => chosenPlace(page, true)).toBe('in view');
    const shownName = () =>
      page.evaluate(() => {
        const name = [...document.querySelectorAll('.place-label')].find((el) => el.textContent === 'Hmeimim Air Base');
        if (!name) return 'no name';
        if (name.matches('.place-label-crowded, .place-label-unplaced')) return 'hidden';
        const r = name.getBoundingClientRect();
        const panel = document.querySelector('.detail-panel')!.getBoundingClientRect();
        return r.right <= panel.left ? 'shown beside the panel' : 'under the panel';
      });
    await expect.poll(shownName, { timeout: 10_000 }).toBe('shown beside the panel');
    await saveScreenshot(page, 'chosen-desktop-jets-end-named');
    expect(problems).toEqual([]);
  });

  it('desktop, after search: the found place opened from its marker stays in view, and Back brings it back', async () => {
    const { page, problems } = await app();
    await page.getByLabel('Find a place').fill('Watiya');
    await expect.poll(() => page.getByRole('option').first().textContent()).toMatch(/Al-Watiya/i);
    await page.getByLabel('Find a place').press('Enter');
    await expect.poll(() => zoomOf(page)).toBe(9);
    await page.locator('.event-marker[data-location="al-watiya-air-base"]').click();
    await expect.poll(() => chosenPlace(page)).toBe('in view');
    await openFromList(page, '2020-05-21-pompeo-di-maio-call');
    await expect.poll(() => chosenPlace(page)).toBe('in view');
    await page.goBack();
    await expect.poll(async () => (await hashParams(page)).get('event')).toBe(WATIYA);
    await expect.poll(() => chosenPlace(page)).toBe('in view');
    expect(problems).toEqual([]);
  });

  it('phone, from a marker: Al-Watiya comes out from under the bottom sheet', async () => {
    const { page, problems } = await openApp(browser, '#map=7/32.500/12.800', { viewport: PHONE });
    await waitForApp(page);
    await page.locator('.event-marker[data-location="al-watiya-air-base"]').click();
    await page.locator('.detail-panel').waitFor();
    await expect.poll(() => chosenPlace(page)).toBe('in view');
    expect(await zoomOf(page)).toBe(7);
    await saveScreenshot(page, 'chosen-phone-marker');
    expect(problems).toEqual([]);
  });

  it('phone, from the List, from search and from a permalink', async () => {
    const list = await phoneApp();
    await openFromList(list.page, WATIYA);
    await expect.poll(() => chosenPlace(list.page)).toBe('in view');
    await saveScreenshot(list.page, 'chosen-phone-list');

    // The same page, put back to the default view (with the problems seen so far kept aside).
    const listProblems = [...list.problems];
    const search = await phoneApp();
    await search.page.getByLabel('Find a place').fill('Watiya');
    await expect.poll(() => search.page.getByRole('option').first().textContent()).toMatch(/Al-Watiya/i);
    await search.page.getByLabel('Find a place').press('Enter');
    await expect.poll(() => zoomOf(search.page)).toBe(9);
    await search.page.locator('.event-marker[data-location="al-watiya-air-base"]').click();
    await expect.poll(() => chosenPlace(search.page)).toBe('in view');

    const link = await openApp(browser, '#map=7/32.000/12.000&event=2020-05-21-turkish-foreign-ministry-warns', { viewport: PHONE });
    await waitForApp(link.page);
    await expect.poll(() => chosenPlace(link.page)).toBe('in view');
    await saveScreenshot(link.page, 'chosen-phone-permalink-ankara');
    expect([...listProblems, ...search.problems, ...link.problems]).toEqual([]);
  });
});
