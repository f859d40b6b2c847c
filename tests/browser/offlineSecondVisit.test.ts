// The offline copy (scripts/offlineCopy.ts, src/offline/): after one visit
// online, the map opens in full with no network at all, permalinks too; and a
// new deployment at the same URL reaches the next visit whole, with a notice.
// Each test serves its own copy of the build on its own port (its own
// origin, so its own worker), as it cuts that server or swaps its files.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { UPDATED_NOTICE } from '../../src/offline/updatedNotice';
import { APP_READY_MARK } from '../../src/performanceMarks';
import { repoRoot } from '../unit/fixtureDirs';
import { describeBrowser, launchBrowser, openApp, waitForApp } from './browser';
import { buildVariant } from './buildVariant';
import { type StaticServer, startStaticServer } from './staticServer';

const dist = join(repoRoot, 'dist');
/** The README's example permalink event: the one with a path. */
const EVENT = '2020-05-hmeimim-to-eastern-libya-jets';
const REVISED = ' (revised in a later deployment)';

/** Every file under `dir`, as a path from the site's root ("/assets/…"). */
function shippedFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/')}`);
}

/** The worker itself: the browser keeps it, outside the precache. */
const isWorker = (path: string) => path === '/sw.js';

/** A copy of the build to serve (and to swap for another deployment). */
function siteFrom(build: string): string {
  const site = mkdtempSync(join(tmpdir(), 'offline-site-'));
  cpSync(build, site, { recursive: true });
  return site;
}

/** A copy of geo/ whose permalink event says something new. */
function revisedGeoDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'geo-revised-'));
  cpSync(join(repoRoot, 'geo'), dir, { recursive: true });
  const events = JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8')) as { id: string; summary: string }[];
  const event = events.find((e) => e.id === EVENT)!;
  event.summary += REVISED;
  writeFileSync(join(dir, 'events.json'), JSON.stringify(events, null, 2));
  return dir;
}

/** Resolves once the offline copy's worker is installed (the whole build cached) and answers this page. */
function controlled(page: Page): Promise<unknown> {
  return page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

/** What the precache holds, as paths from the site's root. */
function precached(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });
}

/** The map as a reader sees it: how many markers, zones and basemap shapes, and whether the toolbar is there. */
async function mapShown(page: Page) {
  return {
    markers: await page.locator('.event-marker').count(),
    zones: await page.locator('.leaflet-zones-pane path').count(),
    basemap: await page.locator('.leaflet-basemap-pane path').count(),
    toolbar: await page.getByLabel('Find a place').isVisible(),
  };
}

/** The page's own files it used (scripts, styles, data, basemap), as paths. */
function filesUsed(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)]
      .map((url) => new URL(url))
      .filter((url) => url.origin === location.origin)
      .map((url) => (url.pathname === '/' ? '/index.html' : url.pathname)),
  );
}

/** A fresh page load of `url` in the same tab (a hash change alone would not reload). */
async function visit(page: Page, url: string): Promise<void> {
  // What the page still fetches once it is ready (the towns' gazetteer, at an
  // idle moment) is let in first: leaving aborts it, and that failed request
  // would be the test's doing, not the page's.
  await page.waitForLoadState('networkidle');
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'load' });
}

describeBrowser('the second visit, offline and after a deployment', () => {
  let browser: Browser;
  let revisedBuild: string;
  const temporary: string[] = [];
  const servers: StaticServer[] = [];
  beforeAll(async () => {
    const geo = revisedGeoDir();
    revisedBuild = await buildVariant(geo);
    temporary.push(geo, revisedBuild);
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await Promise.all(servers.map((server) => server.close().catch(() => {})));
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  });

  async function serve(build: string): Promise<{ site: string; server: StaticServer }> {
    const site = siteFrom(build);
    temporary.push(site);
    const server = await startStaticServer(site);
    servers.push(server);
    return { site, server };
  }

  it('with no network at all, a reload opens the whole map, and a permalink opens its event', async () => {
    const { server } = await serve(dist);
    let workerAskedAt = Number.NaN;
    const { page, problems } = await openApp(browser, '', {
      baseURL: server.url,
      serviceWorkers: 'allow',
      beforeLoad: async (p) => void p.context().on('request', (r) => void (new URL(r.url()).pathname === '/sw.js' && Number.isNaN(workerAskedAt) && (workerAskedAt = Date.now()))),
    });
    await waitForApp(page);
    await controlled(page);
    // The worker (and its download of the whole build) is asked for once the page is ready, not during the first view.
    const readyAt = await page.evaluate((mark) => performance.timeOrigin + performance.getEntriesByName(mark)[0]!.startTime, APP_READY_MARK);
    expect(workerAskedAt).toBeGreaterThan(readyAt);
    const online = await mapShown(page);
    expect(online.markers).toBeGreaterThan(0);
    expect(online.zones).toBeGreaterThan(0);
    expect(online.basemap).toBeGreaterThan(0);
    expect(online.toolbar).toBe(true);
    // Every file the build shipped is in the offline copy, not only those the first view asked for.
    const kept = new Set(await precached(page));
    expect(shippedFiles(dist).filter((path) => !isWorker(path) && !kept.has(path))).toEqual([]);

    // No network: the server is gone and the browser is offline.
    await server.close();
    await page.context().setOffline(true);
    await page.reload({ waitUntil: 'load' });
    await waitForApp(page);
    expect(await mapShown(page)).toEqual(online);

    await visit(page, `${server.url}/#event=${EVENT}`);
    await waitForApp(page);
    await expect.poll(() => page.locator(`.event-detail[data-event="${EVENT}"] .source-quote`).count()).toBeGreaterThan(0);
    expect(await page.locator('.event-detail .summary').textContent()).not.toContain(REVISED);
    expect(problems).toEqual([]);
  });

  it('a new deployment at the same URL opens on the next visit, whole, with "This map was updated"', async () => {
    const { site, server } = await serve(dist);
    const permalink = `${server.url}/#event=${EVENT}`;
    const { page, problems } = await openApp(browser, `#event=${EVENT}`, { baseURL: server.url, serviceWorkers: 'allow' });
    await waitForApp(page);
    await controlled(page);
    const summary = page.locator(`.event-detail[data-event="${EVENT}"] .summary`);
    const before = await summary.textContent();
    expect(before).not.toContain(REVISED);
    expect(await page.locator('.notice').allTextContents()).not.toContain(UPDATED_NOTICE);

    // The new build replaces the old at the same URL, as a static host's deploy does.
    rmSync(site, { recursive: true, force: true });
    cpSync(revisedBuild, site, { recursive: true });

    await visit(page, permalink);
    await expect.poll(() => page.locator('.notice').allTextContents(), { timeout: 30_000 }).toContain(UPDATED_NOTICE);
    await waitForApp(page);
    expect(await summary.textContent()).toBe(`${before}${REVISED}`);

    // Nothing of the old build came with the new: every file this page used is one of the new build's.
    const revised = new Set(shippedFiles(revisedBuild));
    const used = await filesUsed(page);
    expect(used.length).toBeGreaterThan(5);
    expect(used.filter((path) => !revised.has(path))).toEqual([]);
    expect(problems).toEqual([]);

    // Said once: the visit after that is quiet.
    await visit(page, permalink);
    await waitForApp(page);
    expect(await page.locator('.notice').allTextContents()).not.toContain(UPDATED_NOTICE);
  });
});
