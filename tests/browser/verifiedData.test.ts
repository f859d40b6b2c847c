// The data the build validated is trusted only while it is byte for byte what
// was validated (scripts/verifiedData.ts, src/data/appModel.ts): the shipped
// app loads no validator, and a data file changed after the build, by a
// deploy or by hand, is validated in the browser before anything is shown.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launchBrowser, openApp, waitForMap } from './browser';
import { startStaticServer, type StaticServer } from './staticServer';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

type EventRecord = { id: string; title: string; locationId: string };

/** A copy of dist/ with its events file changed in place (same name, new bytes), as if edited after the build. */
function distWithEvents(change: (events: EventRecord[]) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'dist-changed-'));
  cpSync(dist, dir, { recursive: true });
  const file = readdirSync(join(dir, 'assets')).find((name) => /^events-.*\.json$/.test(name));
  if (!file) throw new Error('no events-*.json in dist/assets');
  const path = join(dir, 'assets', file);
  const events = JSON.parse(readFileSync(path, 'utf8')) as EventRecord[];
  change(events);
  writeFileSync(path, JSON.stringify(events, null, 2));
  return dir;
}

/** Script files the page has loaded, by name without their hash (from its resource timings). */
async function scriptsLoaded(page: Page): Promise<string[]> {
  const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
  return urls.flatMap((url) => /\/assets\/([A-Za-z]+)-[\w-]+\.js$/.exec(url)?.[1] ?? []);
}

const WATIYA = '2020-05-18-watiya-captured';
const RETITLED = 'Al-Watiya changes hands (title edited after the build)';

describeBrowser('data checked against what the build validated', () => {
  let browser: Browser;
  let edited: StaticServer;
  let broken: StaticServer;
  const temporary: string[] = [];
  beforeAll(async () => {
    const editedDir = distWithEvents((events) => {
      const event = events.find((e) => e.id === WATIYA);
      if (!event) throw new Error(`no event ${WATIYA} in geo/events.json`);
      event.title = RETITLED;
    });
    const brokenDir = distWithEvents((events) => {
      events[0]!.locationId = 'nowhere';
    });
    temporary.push(editedDir, brokenDir);
    [edited, broken, browser] = await Promise.all([startStaticServer(editedDir), startStaticServer(brokenDir), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), edited?.close(), broken?.close()]);
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  });

  it('the app as built shows its data without loading the validator', async () => {
    const opened = await openApp(browser, `#event=${WATIYA}`);
    await waitForMap(opened);
    await opened.page.locator('.event-detail h2').waitFor();
    expect(await opened.page.locator('.event-detail h2').textContent()).not.toBe(RETITLED);
    const scripts = await scriptsLoaded(opened.page);
    expect(scripts).toContain('renderApp');
    expect(scripts).not.toContain('validatedModel');
    expect(opened.problems).toEqual([]);
  });

  it('a data file changed after the build is validated first, then shown as it now is', async () => {
    const opened = await openApp(browser, `#event=${WATIYA}`, { baseURL: edited.url });
    await waitForMap(opened);
    await opened.page.locator('.event-detail h2').waitFor();
    expect(await opened.page.locator('.event-detail h2').textContent()).toBe(RETITLED);
    expect(await scriptsLoaded(opened.page)).toContain('validatedModel');
    expect(opened.problems).toEqual([]);
  });

  it('a data file broken after the build gets the list of its problems, not a map', async () => {
    const { page, problems } = await openApp(browser, '', { baseURL: broken.url });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.locator('h1').textContent()).toBe("The map's data has problems");
    expect(await page.locator('.problems li').first().textContent()).toMatch(/^geo\/events\.json · .+ · locationId: unknown location "nowhere"$/);
    expect(await page.locator('.leaflet-container').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
