// The network cut, file by file: each data file of the built app made to fail
// as a real network fails (an aborted fetch, a 404, a 500, the host's HTML
// error page, a transfer cut short), delayed, or made huge; and the app's own
// chunk blocked or broken. What a reader sees (plain words, Retry or Reload),
// that the rest of the map is drawn and works, and that Retry brings the
// missing part back once the fault is gone (src/openApp.ts, src/LoadFaults.ts).
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeBrowser, launchBrowser, openApp, type OpenedApp } from './browser';

/**
 * Each data file as the build names it (dist/assets/STEM-HASH.EXT), the part of the map it belongs to, and the
 * faults it is put through (by name, in FAULTS; all of them when absent). One
 * file of each part meets every fault; the others, read by the same fetch,
 * one fault each and no held-back test: the same cases, in half the page loads.
 */
type DataFile = { stem: string; ext: string; part: 'events' | 'zones'; faults?: readonly string[]; heldBack?: false };
const FILES: readonly [DataFile, DataFile, DataFile, DataFile] = [
  { stem: 'sources', ext: 'json', part: 'events', faults: ['an aborted fetch'], heldBack: false },
  { stem: 'locations', ext: 'geojson', part: 'events', faults: ['a 500'], heldBack: false },
  { stem: 'events', ext: 'json', part: 'events' },
  { stem: 'zones', ext: 'geojson', part: 'zones' },
];

const urlOf = (file: DataFile | { stem: string; ext: string }) => new RegExp(`/assets/${file.stem}-[^/]*\\.${file.ext}$`);

/** The faults a network gives, each as a route handler. */
const FAULTS: Record<string, (route: Route) => Promise<void>> = {
  'an aborted fetch': (route) => route.abort('failed'),
  'a 404': (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }),
  'a 500': (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }),
  "the host's HTML error page": (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Oops</title><h1>Bad gateway</h1>' }),
  'a transfer cut short': async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    await route.fulfill({ response, body: body.slice(0, Math.floor(body.length / 2)) });
  },
};

/**
 * The page's automatic retries in the fault tests (src/LoadFaults.ts): the
 * first at once, so that its failure is seen without waiting a real second,
 * the next long after the test is done, so that it cannot race the Retry
 * click. The test of the real delays (1, 2 and 4 s) keeps them.
 */
const FAST_RETRIES = [100, 60_000];

/** What the reader is told is missing, in the notice's words. */
const PART_WORDS = { events: 'The events could not be loaded', zones: 'The control zones could not be loaded' } as const;

/** Routes `file` through `fault` until the returned function lifts it; counts the requests for it. */
async function faulted(page: Page, file: DataFile, fault: (route: Route) => Promise<void>): Promise<{ lift: () => void; requests: () => number }> {
  let on = true;
  let requests = 0;
  await page.route(urlOf(file), (route) => {
    requests++;
    return on ? fault(route) : route.continue();
  });
  return { lift: () => (on = false), requests: () => requests };
}

const markers = (page: Page) => page.locator('.event-marker').count();
const zones = (page: Page) => page.locator('path.zone').count();

/** Drags the map and says whether it followed: its pane moved by the drag. */
async function pans(page: Page): Promise<boolean> {
  // Once the app (or the notice that it failed) is there, nothing else moves the map.
  await page.locator('.toolbar, .load-code-fault').first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(300);
  const paneX = () => page.locator('.leaflet-map-pane').evaluate((el) => el.getBoundingClientRect().x);
  const before = await paneX();
  const box = (await page.locator('.leaflet-container').boundingBox())!;
  const [x, y] = [box.x + box.width * 0.3, box.y + box.height * 0.7];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 120, y + 60, { steps: 6 });
  await page.mouse.up();
  // Leaflet's inertia may carry it on past the drag, never back: moved far
  // enough once is moved, so this waits for that rather than for the inertia to end.
  return expect
    .poll(async () => (await paneX()) - before, { timeout: 2_000, interval: 50 })
    .toBeGreaterThan(100)
    .then(() => true, () => false);
}

/** Every problem the page logged is about `stem` (the failed file itself). */
const onlyAbout = ({ problems }: OpenedApp, stem: string) => problems.filter((p) => !p.includes(`/assets/${stem}-`));

describeBrowser('loading faults, file by file', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const file of FILES) {
    describe(`${file.stem}.${file.ext}`, () => {
      for (const [name, fault] of Object.entries(FAULTS).filter(([faultName]) => file.faults?.includes(faultName) ?? true)) {
        it(`${name}: the reader is told ${file.part === 'events' ? 'the events' : 'the zones'} could not be loaded, the rest works, and Retry brings them back`, async () => {
          let control!: Awaited<ReturnType<typeof faulted>>;
          const opened = await openApp(browser, '', {
            beforeLoad: async (p) => {
              await p.addInitScript((delays) => void ((window as { __loadFaultDelaysMs?: number[] }).__loadFaultDelaysMs = delays), FAST_RETRIES);
              control = await faulted(p, file, fault);
            },
          });
          const { page } = opened;
          const notice = page.locator('.load-faults');
          await expect.poll(() => notice.textContent(), { timeout: 15_000 }).toContain(PART_WORDS[file.part]);
          expect(await notice.getAttribute('role')).toBe('alert');
          expect(await notice.textContent()).not.toMatch(/npm|validate/);
          // What did load is drawn: the basemap always, and the other part.
          await page.locator('.leaflet-container[data-basemap="ready"]').waitFor({ state: 'attached' });
          if (file.part === 'zones') {
            await expect.poll(() => markers(page)).toBeGreaterThan(0);
            expect(await zones(page)).toBe(0);
          } else {
            await expect.poll(() => zones(page)).toBeGreaterThan(0);
            expect(await markers(page)).toBe(0);
          }
          expect(await pans(page)).toBe(true);
          // The first automatic try (FAST_RETRIES) has failed too: it backs off before the next.
          await expect.poll(() => notice.locator('.load-faults-status').textContent(), { timeout: 5_000 }).toBe('Trying again in 60 s…');
          expect(control.requests()).toBeGreaterThanOrEqual(2);

          control.lift();
          await notice.getByRole('button', { name: 'Retry' }).click();
          await expect.poll(() => markers(page), { timeout: 15_000 }).toBeGreaterThan(0);
          await expect.poll(() => zones(page)).toBeGreaterThan(0);
          expect(await notice.count()).toBe(0);
          // The page logged nothing but the failed file itself.
          expect(onlyAbout(opened, file.stem)).toEqual([]);
        });
      }

      if (file.heldBack !== false) it('a file held back: the loading sign says what it waits for, never a blank page, then the whole map', async () => {
        // Held until the sign has been read (at most 5 s), not for a fixed 5 s:
        // what is asserted is what the page shows while the file is late.
        let release!: () => void;
        const released = new Promise<void>((done) => (release = done));
        const { page, problems } = await openApp(browser, '', {
          beforeLoad: async (p) =>
            void await p.route(urlOf(file), async (route) => {
              await Promise.race([released, new Promise((resolve) => setTimeout(resolve, 5_000))]);
              await route.continue().catch(() => {});
            }),
        });
        const sign = page.getByRole('status').filter({ hasText: 'Loading the map' });
        await expect.poll(() => sign.textContent()).toContain(file.part === 'events' ? 'the events' : 'the control zones');
        expect(await sign.isVisible()).toBe(true);
        expect(await sign.getAttribute('aria-busy')).toBe('true');
        // Still held: no map can have been drawn without this file.
        expect(await markers(page)).toBe(0);
        release();
        await expect.poll(() => markers(page), { timeout: 15_000 }).toBeGreaterThan(0);
        await expect.poll(() => zones(page)).toBeGreaterThan(0);
        // The sign goes once the app is in beside the map (its chunk may still be compiling on a busy machine).
        await expect.poll(() => page.locator('#load-progress').isVisible(), { timeout: 15_000 }).toBe(false);
        expect(await page.locator('#load-progress').getAttribute('aria-busy')).toBe('false');
        expect(await page.locator('.load-faults').count()).toBe(0);
        expect(problems).toEqual([]);
      });
    });
  }

  it('tries three times by itself, 1, 2 and 4 s apart, then waits for the button', async () => {
    // The page's clock, not the wall's: paused from the start, it is moved on
    // by hand, short of each delay and then past it.
    let control!: Awaited<ReturnType<typeof faulted>>;
    const { page } = await openApp(browser, '', {
      fresh: true,
      beforeLoad: async (p) => {
        await p.clock.install();
        await p.clock.pauseAt(Date.now() + 60_000);
        control = await faulted(p, FILES[2], FAULTS['a 500']!);
      },
    });
    const status = page.locator('.load-faults .load-faults-status');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('Trying again in 1 s…');
    expect(control.requests()).toBe(1);
    for (const [delay, next] of [[1_000, 'Trying again in 2 s…'], [2_000, 'Trying again in 4 s…'], [4_000, '']] as const) {
      const before = control.requests();
      await page.clock.runFor(delay - 300);
      await page.waitForTimeout(100);
      expect(control.requests(), `no try before ${delay} ms`).toBe(before);
      await page.clock.runFor(300);
      await expect.poll(() => control.requests()).toBe(before + 1);
      await expect.poll(() => status.textContent()).toBe(next);
    }
    // No fourth try by itself, however long the reader waits: the button is theirs.
    await page.clock.runFor(60_000);
    await page.waitForTimeout(100);
    expect(control.requests()).toBe(4);
    expect(await page.locator('.load-faults').getByRole('button', { name: 'Retry' }).isEnabled()).toBe(true);
  });

  it('a 10 MB events.json: a message naming the file and its size, at once, and the page does not freeze', async () => {
    const huge = `[${Array.from({ length: 200_000 }, (_, i) => `{"id":"e${i}","junk":"${'x'.repeat(30)}"}`).join(',')}]`;
    expect(huge.length).toBeGreaterThan(10 * 1024 * 1024);
    const started = Date.now();
    const { page } = await openApp(browser, '', {
      beforeLoad: async (p) => void await p.route(urlOf(FILES[2]), (route) => route.fulfill({ status: 200, contentType: 'application/json', body: huge })),
    });
    const alert = page.getByRole('alert').filter({ hasText: "The map's data has problems" });
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.locator('.problems li').allTextContents()).toEqual([
      expect.stringMatching(/^geo\/events\.json: is 1\d\.\d MB; the map reads data files of up to 5\.0 MB$/),
    ]);
    // Most of this is the test's own route handing Chromium 10 MB; validating it would take many seconds more.
    expect(Date.now() - started).toBeLessThan(15_000);
    // The page answers at once: nothing is left parsing the file.
    const answered = Date.now();
    await page.evaluate(() => 1);
    expect(Date.now() - answered).toBeLessThan(500);
  });
});

describeBrowser("the app's own code failing", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const APP_CHUNK = { stem: 'renderApp', ext: 'js' };
  const CHUNK_FAULTS: Record<string, (route: Route) => Promise<void>> = {
    'blocked': (route) => route.abort('failed'),
    'a 404 after a redeploy': (route) => route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not Found</h1>' }),
    'throwing as it starts': (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: 'throw new Error("broken at start");' }),
  };

  for (const [name, fault] of Object.entries(CHUNK_FAULTS)) {
    it(`the React chunk ${name}: the map is drawn and pans, a notice says the controls could not load, with Reload`, async () => {
      const opened = await openApp(browser, '', { beforeLoad: async (p) => void await p.route(urlOf(APP_CHUNK), fault) });
      const { page } = opened;
      const notice = page.locator('.load-code-fault');
      await expect.poll(() => notice.textContent(), { timeout: 15_000 }).toContain("The map's controls could not be loaded");
      expect(await notice.getAttribute('role')).toBe('alert');
      await expect.poll(() => markers(page)).toBeGreaterThan(0);
      expect(await zones(page)).toBeGreaterThan(0);
      expect(await pans(page)).toBe(true);
      expect(opened.problems.filter((p) => p.startsWith('page error'))).toEqual([]);

      await page.unroute(urlOf(APP_CHUNK));
      await notice.getByRole('button', { name: 'Reload' }).click();
      await page.locator('.toolbar').waitFor({ timeout: 15_000 });
      expect(await page.locator('.load-code-fault').count()).toBe(0);
    });
  }
});
