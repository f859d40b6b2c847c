// On a phone (390 × 844): the panels that control the map's layers leave the
// story's area in sight above them, the Coverage table reads with no sideways
// scrolling and is still a table to a screen reader, and the toolbar shows the
// title and a search box wide enough to type in.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, hashParams, launchBrowser, openApp, saveScreenshot, waitForApp, PHONE } from './browser';
import { screenshotPixels } from './pixels';

/** The story's area, as the app frames it by default: [[south, west], [north, east]]. */
const BOUNDS: [[number, number], [number, number]] = JSON.parse(readFileSync(new URL('../../geo/story.json', import.meta.url), 'utf8')).bounds;

type Rect = { left: number; top: number; right: number; bottom: number };

async function mapParam(page: Page): Promise<[zoom: number, lat: number, lng: number]> {
  const map = (await hashParams(page)).get('map') ?? '';
  const [zoom, lat, lng] = map.split('/').map(Number);
  return [zoom ?? Number.NaN, lat ?? Number.NaN, lng ?? Number.NaN];
}

/** Web Mercator, in pixels at `zoom` (Leaflet's EPSG:3857 with 256 px tiles). */
function project(lat: number, lng: number, zoom: number): { x: number; y: number } {
  const scale = 256 * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return { x: ((lng + 180) / 360) * scale, y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale };
}

/**
 * Where the story's area lies on the page, projected from the view the URL
 * records (zoom, centre) and the map's box: the map's own latLngToContainerPoint, done by hand.
 */
async function storyArea(page: Page): Promise<Rect> {
  const [zoom, lat, lng] = await mapParam(page);
  const map = (await page.locator('.leaflet-container').boundingBox())!;
  const centre = project(lat, lng, zoom);
  const at = (la: number, ln: number) => {
    const p = project(la, ln, zoom);
    return { x: map.x + map.width / 2 + p.x - centre.x, y: map.y + map.height / 2 + p.y - centre.y };
  };
  const [[south, west], [north, east]] = BOUNDS;
  const nw = at(north, west);
  const se = at(south, east);
  return { left: nw.x, top: nw.y, right: se.x, bottom: se.y };
}

async function rectOf(page: Page, selector: string): Promise<Rect> {
  const box = (await page.locator(selector).first().boundingBox())!;
  return { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
}

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** 'in sight' when the story's area lies in the viewport under neither the toolbar nor `sheet`; otherwise what covers it. */
async function storyAreaInSight(page: Page, sheet: string): Promise<string> {
  const area = await storyArea(page);
  if (area.left < 0 || area.top < 0 || area.right > PHONE.width || area.bottom > PHONE.height) return `off screen: ${JSON.stringify(area)}`;
  for (const cover of ['.toolbar', sheet]) {
    if (overlaps(area, await rectOf(page, cover))) return `under ${cover}: ${JSON.stringify(area)}`;
  }
  return 'in sight';
}

describeBrowser('the phone layout', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('Layers & dates opens as a sheet below the story area, which the map brings into sight above it', async () => {
    const { page, problems } = await openApp(browser, '', { viewport: PHONE });
    await waitForApp(page);
    const before = await storyArea(page);
    await page.getByRole('button', { name: 'Layers & dates' }).click();
    const sheet = await rectOf(page, '.side-panel');
    // A sheet along the bottom, leaving at least half the screen to the map.
    expect(sheet.bottom).toBeCloseTo(PHONE.height, 0);
    expect(sheet.top).toBeGreaterThanOrEqual(PHONE.height / 2 - 1);
    // Where the map opened, the sheet lies over the story's lower part: the map moved it up.
    expect(overlaps(before, sheet)).toBe(true);
    await expect.poll(() => storyAreaInSight(page, '.side-panel')).toBe('in sight');
    // A toggle's effect can be seen: the zones are drawn in the uncovered map.
    await expect.poll(() => page.locator('.leaflet-zones-pane path').count()).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: 'Control zones' }).uncheck();
    await expect.poll(() => page.locator('.leaflet-zones-pane path').count()).toBe(0);
    await saveScreenshot(page, 'phone-layers-sheet');
    expect(problems).toEqual([]);
  });

  it('the Layers & dates sheet has its own ×: it closes the sheet and gives focus back to the button that opens it', async () => {
    const { page, problems } = await openApp(browser, '', { viewport: PHONE });
    await waitForApp(page);
    const toggle = page.getByRole('button', { name: 'Layers & dates' });
    await toggle.click();
    await expect.poll(() => page.locator('.side-panel').isVisible()).toBe(true);
    const close = page.getByRole('button', { name: 'Close layers and dates' });
    // In sight on the sheet, where a thumb finds it, not under the map's controls.
    const box = (await close.boundingBox())!;
    const sheet = await rectOf(page, '.side-panel');
    expect(box.y).toBeGreaterThanOrEqual(sheet.top);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    await close.click();
    await expect.poll(() => page.locator('.side-panel').isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Layers & dates');
    // And it opens again from there.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.side-panel').isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('a reader zoomed in keeps the zoom, and what was at the centre of the map stays in sight above the sheet', async () => {
    const { page, problems } = await openApp(browser, '#map=8/32.600/13.000', { viewport: PHONE });
    await waitForApp(page);
    await page.getByRole('button', { name: 'Layers & dates' }).click();
    const sheet = await rectOf(page, '.side-panel');
    const toolbar = await rectOf(page, '.toolbar');
    await expect.poll(async () => (await mapParam(page))[1]).not.toBe(32.6);
    const [zoom, lat, lng] = await mapParam(page);
    expect(zoom).toBe(8);
    // Where the old centre now lies on the page.
    const map = (await page.locator('.leaflet-container').boundingBox())!;
    const offset = { x: project(32.6, 13, zoom).x - project(lat, lng, zoom).x, y: project(32.6, 13, zoom).y - project(lat, lng, zoom).y };
    const y = map.y + map.height / 2 + offset.y;
    const x = map.x + map.width / 2 + offset.x;
    expect(y).toBeGreaterThan(toolbar.bottom);
    expect(y).toBeLessThan(sheet.top);
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(PHONE.width);
    expect(problems).toEqual([]);
  });

  it('the List is a sheet too, and the detail sheet of an event chosen there lies over it rather than above it', async () => {
    const { page, problems } = await openApp(browser, '', { viewport: PHONE });
    await waitForApp(page);
    await page.getByRole('button', { name: 'List' }).click();
    await expect.poll(() => storyAreaInSight(page, '.event-list-panel')).toBe('in sight');
    await page.locator('.list-event').first().click();
    await page.locator('.detail-panel').waitFor();
    const list = await rectOf(page, '.event-list-panel');
    const detail = await rectOf(page, '.detail-panel');
    expect(detail.top).toBeLessThanOrEqual(list.top);
    // Above the two sheets, at least a third of the screen is map.
    expect(detail.top - (await rectOf(page, '.toolbar')).bottom).toBeGreaterThan(PHONE.height / 3);
    await saveScreenshot(page, 'phone-list-and-detail');
    expect(problems).toEqual([]);
  });

  it("an event's sheet hides the timeline under it: none of the timeline's text shows through", async () => {
    const { page, problems } = await openApp(browser, '', { viewport: PHONE });
    await waitForApp(page);
    await page.locator('.route-label').first().click();
    await page.locator('.detail-panel').waitFor();
    const sheet = await rectOf(page, '.detail-panel');
    const timeline = await rectOf(page, '.timeline');
    // Where the two overlap (a few pixels inside the sheet's border), with the sheet's own text taken away, only the sheet is seen.
    const inset = 3;
    const left = Math.max(sheet.left, timeline.left) + inset;
    const top = Math.max(sheet.top, timeline.top) + inset;
    const right = Math.min(sheet.right, timeline.right) - inset;
    const bottom = Math.min(sheet.bottom, timeline.bottom) - inset;
    expect(right - left, 'the sheet lies over the timeline').toBeGreaterThan(100);
    expect(bottom - top, 'the sheet lies over the timeline').toBeGreaterThan(40);
    await page.locator('.detail-panel').evaluate((el) => {
      for (const inside of el.querySelectorAll<HTMLElement>('*')) inside.style.visibility = 'hidden';
    });
    const pixels = await screenshotPixels(page, { x: left, y: top, width: right - left, height: bottom - top });
    const darkest = Math.min(...pixels.map(([r, g, b]) => Math.min(r, g, b)));
    expect(darkest, 'the timeline shows through the sheet').toBeGreaterThanOrEqual(253);
    expect(problems).toEqual([]);
  });

  it('the toolbar shows the title, uncovered, and a search box at least 160 px wide', async () => {
    const { page, problems } = await openApp(browser, '', { viewport: PHONE });
    await waitForApp(page);
    const title = page.locator('.toolbar .title');
    expect(await title.isVisible()).toBe(true);
    expect((await title.textContent())?.trim().length).toBeGreaterThan(0);
    const t = await rectOf(page, '.toolbar .title');
    expect(t.left).toBeGreaterThanOrEqual(0);
    expect(t.top).toBeGreaterThanOrEqual(0);
    expect(t.right).toBeLessThanOrEqual(PHONE.width);
    // Its text fits its box (not cut off by the buttons beside it).
    expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const others = await page.locator('.toolbar button:visible, .toolbar input:visible').all();
    for (const other of others) {
      const box = (await other.boundingBox())!;
      const r = { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
      expect(overlaps(t, r), `${await other.textContent()} over the title`).toBe(false);
      expect(r.right, `${await other.textContent()} off screen`).toBeLessThanOrEqual(PHONE.width);
    }
    const search = (await page.getByLabel('Find a place').boundingBox())!;
    expect(search.width).toBeGreaterThanOrEqual(160);
    expect(problems).toEqual([]);
  });

  it("a link's notices use the phone's width, inside the screen, not a column a word wide", async () => {
    const { page, problems } = await openApp(browser, '#from=2020-13-40&layers=foo&event=nope', { viewport: PHONE });
    await waitForApp(page);
    const notices = page.locator('.notices');
    await notices.waitFor();
    const box = (await notices.boundingBox())!;
    // Centred and capped at 92% of the screen: it stood 195 px wide at the screen's middle, four words a line at most.
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    expect(box.width).toBeGreaterThanOrEqual(0.85 * PHONE.width);
    expect(problems).toEqual([]);
  });

  it('the Coverage table reads with no sideways scrolling, and a screen reader still reads a table', async () => {
    const { page, problems } = await openApp(browser, '', { viewport: PHONE });
    await waitForApp(page);
    await page.getByRole('button', { name: 'Layers & dates' }).click();
    await page.getByRole('button', { name: 'Coverage' }).click();
    const dialog = page.getByRole('dialog', { name: /Coverage/ });
    await dialog.waitFor();
    const scroll = dialog.locator('.coverage-scroll');
    expect(await scroll.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await dialog.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    // Each article's name is on screen beside its mark (drawn by CSS, so read from the cells' ::before).
    const names = await dialog.locator('thead th[data-source]').allTextContents();
    expect(names.length).toBeGreaterThan(1);
    const shown = await dialog.locator('tbody tr').first().locator('td[data-source]').evaluateAll((cells) =>
      cells.map((td) => getComputedStyle(td, '::before').content));
    expect(shown).toEqual(names.map((name) => expect.stringContaining(name)));
    // Chromium's accessibility tree (what a screen reader gets) still has the table's header cells and rows.
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value?: string }; name?: { value?: string } }[] };
    const roles = nodes.map((n) => n.role?.value);
    expect(roles).toContain('table');
    const headers = nodes.filter((n) => n.role?.value === 'columnheader').map((n) => n.name?.value);
    for (const name of names) expect(headers).toContain(name);
    expect(roles.filter((r) => r === 'row').length).toBeGreaterThanOrEqual(await dialog.locator('tbody tr').count());
    // The column names drawn in the cells are not read out as the cells' text.
    const cells = nodes.filter((n) => n.role?.value === 'cell').map((n) => n.name?.value ?? '');
    expect(cells.some((name) => names.some((article) => name.includes(article)))).toBe(false);
    await saveScreenshot(page, 'phone-coverage');
    expect(problems).toEqual([]);
  });

  // A tablet held upright (768 px): Layers & dates at the left and an event's panel at the right left 50 px of map
  // between them, the event's own marker out of sight under one of them.
  it('on a tablet, an event opening closes Layers & dates, so the map between the panels shows the event; a wide screen keeps both', async () => {
    const TABLET = { width: 768, height: 1024 };
    const layers = (page: Page) => page.getByRole('button', { name: 'Layers & dates' }).getAttribute('aria-expanded');
    /** Whether the chosen event's marker is on screen and uncovered at its middle. */
    const markerInSight = (page: Page) =>
      page.evaluate(() => {
        const marker = document.querySelector('.event-marker-selected');
        if (!marker) return false;
        const r = marker.getBoundingClientRect();
        return marker.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
      });
    const linked = await openApp(browser, '#event=2020-05-18-watiya-captured', { viewport: TABLET });
    await waitForApp(linked.page);
    await linked.page.locator('.detail-panel').waitFor();
    expect(await layers(linked.page)).toBe('false');
    await expect.poll(() => markerInSight(linked.page)).toBe(true);

    for (const [viewport, stays] of [[TABLET, 'false'], [{ width: 1280, height: 800 }, 'true']] as const) {
      const { page, problems } = await openApp(browser, '', { viewport });
      await waitForApp(page);
      expect(await layers(page), 'Layers & dates opens by default beside the map').toBe('true');
      await page.getByRole('combobox', { name: 'Find a place' }).fill('Watiya');
      await page.locator('[role="option"][data-kind="event"]', { hasText: 'GNA captures' }).click();
      await page.locator('.detail-panel').waitFor();
      await expect.poll(() => layers(page), { message: `${viewport.width} px wide` }).toBe(stays);
      await expect.poll(() => markerInSight(page), { message: `${viewport.width} px wide` }).toBe(true);
      // Reopened by the reader, it stays open beside the event.
      if (stays === 'false') {
        await page.getByRole('button', { name: 'Layers & dates' }).click();
        await page.waitForTimeout(300);
        expect(await layers(page)).toBe('true');
      }
      expect(problems).toEqual([]);
    }
    expect(linked.problems).toEqual([]);
  });

  it('on a wide screen, opening Layers & dates leaves the map where the reader put it', async () => {
    const { page, problems } = await openApp(browser, '#map=8/32.480/13.000');
    await waitForApp(page);
    const panel = page.getByRole('button', { name: 'Layers & dates' });
    await panel.click();
    await panel.click();
    await page.waitForTimeout(200);
    expect(await mapParam(page)).toEqual([8, 32.48, 13]);
    expect(problems).toEqual([]);
  });
});
