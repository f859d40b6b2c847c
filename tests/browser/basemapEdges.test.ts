// No cut edge of the basemap on any screen or zoom: the story's region is
// drawn in detail and the world around it coarsely, so the land goes on across
// the region's edges with no straight line of sea or of border where the two
// meet, at the map's least zoom on a phone and on a desktop, and closer in.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readStory } from '../../src/data/readStory';
import { LAND_FILL } from '../../src/map/mapColours';
import { MIN_ZOOM } from '../../src/map/zoomRange';
import { decimalsForZoom } from '../../src/url/permalinkKeys';
import { repoRoot } from '../unit/fixtureDirs';
import { describeBrowser, launchBrowser, openApp, saveScreenshot, waitForMap, PHONE, DESKTOP } from './browser';
import { type Rgb, screenshotPixels } from './pixels';


const [west, south, east, north] = readStory(join(repoRoot, 'geo')).basemap.region;
/** A point on each edge of the region where land lies on both sides, well away from any country border or coast. */
const EDGES = [
  { edge: 'north', lat: north, lng: 2 }, // central France
  { edge: 'south', lat: south, lng: 7 }, // central Nigeria
  { edge: 'west', lat: 20, lng: west }, // inland Mauritania
  { edge: 'east', lat: 35, lng: east }, // inland Iran
];

const LAND = [1, 3, 5].map((i) => Number.parseInt(LAND_FILL.slice(i, i + 2), 16));

/** Colours of the pixels at the centre of the map and 8 px to either side of it, across the edge. */
async function acrossCentre(page: Page, vertical: boolean): Promise<Rgb[]> {
  const box = (await page.locator('.leaflet-container').boundingBox())!;
  const [cx, cy] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
  return screenshotPixels(page, vertical ? { x: cx, y: cy - 8, width: 1, height: 17 } : { x: cx - 8, y: cy, width: 17, height: 1 });
}

describeBrowser('the basemap has no cut edge', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // The least zoom on both screens, and a closer one where the coarse world and the detailed region meet at a larger scale.
  for (const [viewport, zoom] of [[PHONE, MIN_ZOOM], [DESKTOP, MIN_ZOOM], [DESKTOP, 6]] as const) {
    it(`land goes on across every edge of the region at zoom ${zoom} (${viewport.width}×${viewport.height})`, async () => {
      // No layers: only the basemap is drawn, with the point at the map's centre.
      const hashOf = ({ lat, lng }: (typeof EDGES)[number]) => `#map=${zoom}/${lat.toFixed(3)}/${lng.toFixed(3)}&layers=`;
      // One page a screen and zoom: the first edge opened by its link, the
      // others by changing the link (the app follows hashchange), which
      // draws the basemap there as opening it would, without loading the app
      // four times.
      const opened = await openApp(browser, hashOf(EDGES[0]!), { viewport });
      await waitForMap(opened);
      const { page } = opened;
      await page.locator('.leaflet-container[data-basemap="ready"]').waitFor({ state: 'attached' });
      for (const [i, { edge, lat, lng }] of EDGES.entries()) {
        if (i > 0) await page.evaluate((hash) => void (location.hash = hash), hashOf(EDGES[i]!));
        // The map is there (the app writes the view it shows into the link), and drawn a frame later.
        await page.waitForFunction(
          ({ zoom, lat, lng, tolerance }) => {
            const m = /^#map=(\d+)\/(-?[\d.]+)\/(-?[\d.]+)&/.exec(location.hash);
            return m !== null && Number(m[1]) === zoom && Math.abs(Number(m[2]) - lat) <= tolerance && Math.abs(Number(m[3]) - lng) <= tolerance;
          },
          { zoom, lat, lng, tolerance: 10 ** -decimalsForZoom(zoom) + 360 / (256 * 2 ** zoom) },
        );
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const pixels = await acrossCentre(page, edge === 'north' || edge === 'south');
        const off = pixels.filter((p) => p.some((c, i) => Math.abs(c - LAND[i]!) > 10));
        if (off.length > 0) await saveScreenshot(page, `cut-edge-${edge}-z${zoom}-${viewport.width}x${viewport.height}`);
        expect(off, `${edge} edge at ${lat}, ${lng}: pixels that are not land`).toEqual([]);
        expect(opened.problems).toEqual([]);
      }
    });
  }
});
