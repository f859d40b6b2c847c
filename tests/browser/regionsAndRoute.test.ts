// Regions as areas and the route as far as it was reported, as a reader sees
// them: an event at a region outlines the region when chosen or hovered, and
// the jet route ends inside the eastern region, labelled as going there with
// no destination named and with its distance apart from the claim.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launchBrowser, openApp, waitForApp } from './browser';

const ROUTE = '2020-05-hmeimim-to-eastern-libya-jets';

const outlined = (page: Page) => page.locator('.leaflet-container').getAttribute('data-outlined-areas');

/** Whether the centre of the route's open end lies inside the drawn outline of `area` (its SVG path, in the map's own pixels). */
async function endIsInsideOutline(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const ring = document.querySelector('.route-open-end');
    const paths = [...document.querySelectorAll<SVGPathElement>('path.region-outline')];
    if (!ring || paths.length === 0) throw new Error('no open end or no outline drawn');
    const box = ring.getBoundingClientRect();
    return paths.some((path) => {
      const toPath = path.getScreenCTM()?.inverse();
      if (!toPath) return false;
      const at = new DOMPoint(box.left + box.width / 2, box.top + box.height / 2).matrixTransform(toPath);
      return path.isPointInFill(at);
    });
  });
}

describeBrowser('regions and the route', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('choosing the jet route outlines eastern Libya, and the route ends inside it with its destination not named', async () => {
    const { page, problems } = await openApp(browser);
    await waitForApp(page);
    await expect.poll(() => page.locator('.route-line').count()).toBe(1);
    expect(await page.locator('path.region-outline').count()).toBe(0);
    const claim = (await page.locator('.route-label-text').textContent()) ?? '';
    expect(claim).toMatch(/^Claimed: .*MiG-29.*, to Eastern Libya \(destination not named\)$/);
    // The distance is no part of the claim: it stands on its own line and says what it measures.
    expect(claim).not.toMatch(/\d\s*km/);
    expect(await page.locator('.route-label-scale').textContent()).toMatch(/^Drawn line, Hmeimim Air Base to Benghazi, for scale: about [\d,]+ km$/);

    await page.locator('.route-label').click();
    await expect.poll(() => page.locator(`.event-detail[data-event="${ROUTE}"]`).count()).toBe(1);
    await expect.poll(() => outlined(page)).toBe('eastern-libya');
    expect(await page.locator('path.region-outline').count()).toBe(1);
    expect(await page.locator('.route-open-end').count()).toBe(1);
    expect(await endIsInsideOutline(page)).toBe(true);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('path.region-outline').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('hovering the marker of an event at a region outlines the region, and leaving it takes the outline away', async () => {
    const { page, problems } = await openApp(browser, '#map=6/31.000/20.000');
    await waitForApp(page);
    const marker = page.locator('.event-marker[data-location="eastern-libya"]');
    await expect.poll(() => marker.count()).toBe(1);
    await marker.hover();
    await expect.poll(() => outlined(page)).toBe('eastern-libya');
    await page.mouse.move(5, 400);
    await expect.poll(() => page.locator('path.region-outline').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('the route’s label stands clear of the toolbar where above its line it would go under it', async () => {
    // Over the east at zoom 6 on a desktop, the line runs along the top of the map, under the toolbar.
    const { page, problems } = await openApp(browser, '#map=6/31.000/20.000');
    await waitForApp(page);
    const label = page.locator('.route-label:not(.route-label-unplaced)');
    await expect.poll(() => label.count(), { timeout: 10_000 }).toBe(1);
    const covered = () => page.evaluate(() => {
      const r = document.querySelector('.route-label')!.getBoundingClientRect();
      return [...document.querySelectorAll('.toolbar, .side-panel:not([hidden]), .leaflet-control')].some((el) => {
        const o = el.getBoundingClientRect();
        return r.left < o.right && o.left < r.right && r.top < o.bottom && o.top < r.bottom;
      });
    });
    await expect.poll(covered).toBe(false);
    expect(problems).toEqual([]);
  });

  it('a marker hovered before the outlines’ code has come is outlined once it comes', async () => {
    // The outlines' code comes after the first view (src/map/laterLayer.ts): held here until the reader is on the marker.
    let release!: () => void;
    const released = new Promise<void>((done) => (release = done));
    const { page, problems } = await openApp(browser, '#map=6/31.000/20.000', {
      beforeLoad: (p) => p.route(/\/assets\/regionOutlineLayer-[^/]*\.js$/, async (route) => {
        await released;
        await route.continue();
      }).then(() => {}),
    });
    await waitForApp(page);
    const marker = page.locator('.event-marker[data-location="eastern-libya"]');
    await marker.hover();
    await page.waitForTimeout(200);
    expect(await outlined(page)).toBeNull();
    release();
    await expect.poll(() => outlined(page)).toBe('eastern-libya');
    await page.mouse.move(5, 400);
    await expect.poll(() => page.locator('path.region-outline').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
