// The PNG export with the online tiles on. The tiles are answered here (no
// tile server is reachable) as OpenStreetMap answers them: a PNG with
// Access-Control-Allow-Origin: *. The export must succeed under the page's CSP,
// fetch nothing, and show the tiles in the picture.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launchBrowser, openApp, savedDownload, waitForApp } from './browser';
import { solidTile } from './pixels';

/** A colour no layer of the map uses, to find the tiles in the exported picture. */
const TILE_RGB = [255, 0, 255] as const;

/**
 * Share of the map's area in the picture that is the tiles' colour, read back
 * in the page from the PNG's bytes. The picture is the map framed by its
 * caption (title above, legend and credits below: drawFrame.ts), which the
 * tiles never reach, so the share is of the map's own pixels, not the whole
 * picture's: a longer legend does not change it.
 */
async function tileShareOfMap(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async ([data, [r, g, b]]) => {
    const ratio = Math.min(2, window.devicePixelRatio || 1);
    const map = document.querySelector('.leaflet-container') as HTMLElement;
    const mapPixels = map.clientWidth * ratio * map.clientHeight * ratio;
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const pixels = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let hits = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i] === r && pixels[i + 1] === g && pixels[i + 2] === b) hits++;
    return hits / mapPixels;
  }, [png.toString('base64'), TILE_RGB] as const);
}

describeBrowser('PNG export with online tiles', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws the tiles on screen into the picture, waiting for those still loading, with no request the page policy refuses', async () => {
    const tile = await solidTile(browser, TILE_RGB);
    const tileRequests: string[] = [];
    const { page, problems } = await openApp(browser, '', {
      beforeLoad: async (p) => {
        await p.route(/^https:\/\/tile\.openstreetmap\.org\//, async (route) => {
          tileRequests.push(route.request().url());
          // A slow tile server: the tiles are still on their way when the export starts.
          await new Promise((answer) => setTimeout(answer, 300));
          return route.fulfill({ status: 200, contentType: 'image/png', headers: { 'access-control-allow-origin': '*' }, body: tile });
        });
      },
    });
    await waitForApp(page);
    await page.getByLabel('OpenStreetMap tiles (online)').check();
    // Export at once, while the tiles are loading: the picture waits for them.
    await expect.poll(() => tileRequests.length).toBeGreaterThan(0);

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    const png = await readFile(await savedDownload(download));
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(await page.locator('.notice').allTextContents()).not.toContain('The image could not be made in this browser.');
    // The tiles are in the picture (they show wherever no land or zone covers the sea)…
    expect(await tileShareOfMap(page, png)).toBeGreaterThan(0.05);
    // …and making it asked the network for nothing: no tile was fetched twice.
    expect(new Set(tileRequests).size).toBe(tileRequests.length);
    expect(problems).toEqual([]);
  });
});
