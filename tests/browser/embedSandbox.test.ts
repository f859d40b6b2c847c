// The embed snippet as an article would use it: pasted into a page of another
// origin, sandboxed as the snippet says. The map must draw inside the frame.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launchBrowser, openApp, waitForApp } from './browser';

describeBrowser('embed snippet', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws the map in a sandboxed frame on another origin', async () => {
    const { page, problems } = await openApp(browser, '#map=6/31.000/15.000');
    await waitForApp(page);
    await page.getByRole('button', { name: 'Embed' }).click();
    const snippet = await page.getByRole('dialog', { name: 'Embed this map' }).getByLabel('HTML to embed').inputValue();
    expect(snippet).toMatch(/ sandbox="[^"]*allow-scripts[^"]*"/);

    // Another port is another origin: the article's site, served for real
    // (a routed page would count as a public site reaching into a local one).
    const server = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><title>An article</title><p>Text before.</p>${snippet}`);
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const { port } = server.address() as AddressInfo;
    const host = await page.context().newPage();
    await host.goto(`http://127.0.0.1:${port}/article.html`);
    const frame = host.frameLocator('iframe');
    await expect.poll(() => frame.locator('.event-marker').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => frame.locator('.embed-legend').isVisible()).toBe(true);
    expect(await frame.locator('.leaflet-basemap-pane path').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    server.close();
  });
});
