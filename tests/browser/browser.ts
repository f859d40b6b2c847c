// The one way browser tests reach Chromium and open the app, so that every
// test runs with the same flags and the same watch for problems. There is one
// Chromium for the whole run (globalSetup.ts); each file connects to it and
// every openApp is a fresh context, so no state passes between tests.
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Download, Page } from 'playwright-core';
import { describe, inject, onTestFinished } from 'vitest';
import { APP_READY_MARK } from '../../src/performanceMarks';
import { connectChromium } from './launchChromium';

const baseURL = inject('baseURL');
const chromiumPath = inject('chromiumPath');
const chromiumEndpoint = inject('chromiumEndpoint');
const screenshots = fileURLToPath(new URL('../../screenshots/', import.meta.url));

/** `describe`, skipped (with one line from globalSetup saying why) when no Chromium is installed. */
export const describeBrowser = describe.skipIf(chromiumPath === null);

/** Desktop default: a common laptop window. */
export const DESKTOP = { width: 1280, height: 800 };
/** The phone's screen the tests open the app on (a common phone's CSS pixels). */
export const PHONE = { width: 390, height: 844 };

/**
 * This file's connection to the run's Chromium. Its close() (in afterAll)
 * closes the contexts the file opened and disconnects; the browser stays up
 * for the next file.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!chromiumPath || !chromiumEndpoint) throw new Error('launchBrowser called without Chromium; wrap the suite in describeBrowser');
  return connectChromium(chromiumEndpoint);
}

export type OpenedApp = {
  page: Page;
  /**
   * Everything a person would call broken, one line each: console errors,
   * uncaught exceptions, failed or 4xx/5xx requests, requests to any host but
   * 127.0.0.1 (no other host resolves, so the app must work without them),
   * Content-Security-Policy violations and dialogs (alert, confirm, prompt).
   */
  problems: string[];
};

/**
 * Whether a request would leave the machine: an http(s) or ws(s) URL whose
 * host is not 127.0.0.1 (data: and blob: URLs never leave the page). Chromium
 * resolves no such host (CHROMIUM_FLAGS, launchChromium.ts), so it fails as
 * it would offline; watchPage counts it as a problem.
 */
function leavesMachine(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return /^(https?|wss?):$/.test(protocol) && hostname !== '127.0.0.1';
}

/** Starts the console line that the page's securitypolicyviolation listener writes. */
const CSP_VIOLATION = 'CSP violation:';

/**
 * What openApp is asked for. By default a test gets the file's one reusable
 * page (see openApp); these ask for a page of its own instead.
 */
export type OpenOptions = {
  viewport?: { width: number; height: number };
  baseURL?: string;
  /**
   * Runs once the page is set up and before it loads, e.g. to route some of
   * its requests. The routes, init scripts and page listeners it adds are
   * taken off again before the page's next test.
   */
  beforeLoad?: (page: Page) => Promise<void>;
  /**
   * 'allow' lets the page install the offline copy's worker (offlineSecondVisit.test.ts), in a context of its own.
   * Blocked by default: a worker's answers never reach page.route, which
   * these tests use to block and fake requests (Playwright's own advice).
   */
  serviceWorkers?: 'allow' | 'block';
  /**
   * A new browser context (no cache, no storage, no history): a first visit.
   * Also for a page the test keeps past its end (sharedApp), or changes in
   * ways a navigation does not undo (init scripts, emulation).
   */
  fresh?: boolean;
};

/** A page openApp watches: `problems` is the list its listeners write to now. */
type Watched = { page: Page; problems: string[] };
/** The file's reusable page, `busy` while a test has it; `undo` is what its last beforeLoad added, to take off before the next test. */
type Reusable = Watched & { busy: boolean; undo: Array<() => Promise<void>> };
const reusable = new WeakMap<Browser, Reusable>();

/**
 * Opens the built app. `hashOrPath` is "#map=6/27/17" or "/some/path"; empty
 * opens the default view. Waits for the load event only: what "ready" means
 * is up to the test. `baseURL` serves another build than dist/.
 *
 * A test gets the file's one page, navigated afresh (through about:blank, so
 * no same-document hash change stands in for a load): a new context and page
 * cost Chromium about 0.9 s of CPU more than a navigation of a page it keeps
 * (measured on this machine), and npm test opens some 150 apps. What a
 * navigation resets (the document, its script, focus) is fresh; routes are
 * taken off (and what beforeLoad added), the viewport set and the mouse moved
 * to the corner. What it does not reset (history entries before this test's,
 * sessionStorage, granted permissions, init scripts the test itself adds)
 * carries over: a test that needs those fresh, or must keep a page past its
 * end, asks for `fresh` (serviceWorkers 'allow' is always fresh; a second app
 * while the test holds the first gets a page of its own). The page is the
 * next test's once this one finishes (onTestFinished); called outside a test,
 * openApp gives a fresh page.
 */
export async function openApp(browser: Browser, hashOrPath = '', options: OpenOptions = {}): Promise<OpenedApp> {
  const { viewport = DESKTOP, baseURL: base = baseURL, beforeLoad, serviceWorkers = 'block', fresh = false } = options;
  const target = hashOrPath.startsWith('#') ? `${base}/${hashOrPath}` : `${base}${hashOrPath || '/'}`;
  const reuse = !fresh && serviceWorkers === 'block' ? await takeReusable(browser) : null;
  if (reuse) {
    const { page } = reuse;
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    for (const undo of reuse.undo.splice(0)) await undo();
    await page.goto('about:blank');
    // A test that failed mid-drag leaves no button held, nor the pointer over what it hovered.
    await page.mouse.move(0, 0);
    await page.mouse.up();
    const size = page.viewportSize();
    if (size?.width !== viewport.width || size.height !== viewport.height) await page.setViewportSize(viewport);
    reuse.problems = [];
    await beforeLoad?.(undoable(page, reuse.undo));
    await page.goto(target, { waitUntil: 'load' });
    return { page, problems: reuse.problems };
  }

  const context = await browser.newContext({ viewport, serviceWorkers });
  const page = await context.newPage();
  const state: Watched = { page, problems: [] };
  await watchPage(page, () => state);
  await beforeLoad?.(page);
  await page.goto(target, { waitUntil: 'load' });
  return { page, problems: state.problems };
}

/** The file's reusable page, marked busy until the running test ends; null when another test holds it or no test is running. */
async function takeReusable(browser: Browser): Promise<Reusable | null> {
  let held = reusable.get(browser);
  if (held?.busy) return null;
  try {
    onTestFinished(() => {
      if (held) held.busy = false;
    });
  } catch {
    return null; // not in a test (a beforeAll): nothing would give the page back
  }
  if (!held || held.page.isClosed()) {
    const context = await browser.newContext({ viewport: DESKTOP, serviceWorkers: 'block' });
    const page = await context.newPage();
    const state: Reusable = { page, busy: true, problems: [], undo: [] };
    await watchPage(page, () => state);
    reusable.set(browser, state);
    held = state;
  }
  held.busy = true;
  return held;
}

/** `page` for a beforeLoad on the reusable page: the init scripts and listeners it adds go into `undo`, for the next test to take off. */
function undoable(page: Page, undo: Array<() => Promise<void>>): Page {
  return new Proxy(page, {
    get(target, key) {
      if (key === 'addInitScript') {
        return async (...args: Parameters<Page['addInitScript']>) => {
          const added = await target.addInitScript(...args);
          undo.push(() => added.dispose());
          return added;
        };
      }
      if (key === 'on') {
        return (event: string, listener: (...args: unknown[]) => void) => {
          target.on(event as 'load', listener);
          undo.push(async () => void target.off(event as 'load', listener));
          return target;
        };
      }
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Listens once for everything openApp calls a problem, into the list `now()` holds. */
async function watchPage(page: Page, now: () => Watched): Promise<void> {
  // Chromium does not log every violation (a caught eval, for one) to the console.
  await page.addInitScript((marker: string) => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`${marker} ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || e.documentURI}:${e.lineNumber}`);
    }, true);
  }, CSP_VIOLATION);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    const { problems } = now();
    if (text.startsWith(CSP_VIOLATION)) problems.push(text);
    // Chromium names the resource only in the message's location.
    else if (text.startsWith('Failed to load resource')) problems.push(`console error: ${text} (${message.location().url})`);
    else problems.push(`console error: ${text}`);
  });
  page.on('dialog', (dialog) => {
    now().problems.push(`dialog: ${dialog.type()} "${dialog.message()}"`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => now().problems.push(`page error: ${error.message}`));
  // Watched, not routed: a routed page has Chromium's cache turned off, and
  // the reusable page's later loads would fetch and compile every chunk again.
  // An outside request that reached for the network fails to resolve its
  // host; one a test's own route answers, or the page's policy refuses, does not.
  page.on('requestfailed', (request) => {
    const url = request.url();
    const failure = request.failure()?.errorText ?? 'unknown';
    if (leavesMachine(url) && failure.includes('ERR_NAME_NOT_RESOLVED')) {
      now().problems.push(`outside request: ${url}`);
      return;
    }
    now().problems.push(`failed request: ${request.method()} ${url} (${failure})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) now().problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
}

/**
 * Where a download was saved. The run's one Chromium is reached over a
 * connection (globalSetup.ts), and then Playwright has no local path for a
 * download (download.path() throws); saveAs copies it here.
 */
export async function savedDownload(download: Download): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'download-')), download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/** Saves what the page shows now to screenshots/NAME.png at the repo root (gitignored) and returns the path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(screenshots, { recursive: true });
  const path = `${screenshots}${name}.png`;
  await page.screenshot({ path });
  return path;
}

/**
 * Waits until the page is what a reader works with: the map drawn, its
 * basemap and markers on it, and the app (toolbar, panels, the URL kept in
 * step) around it. The map appears before the app does (src/map/firstView.ts);
 * the app marks `app-ready` (src/App.tsx) once it has taken the map over.
 */
/**
 * The page's link with the app's last change in it. A change that replaces
 * the history entry (a date step, a pan, a layer switched) reaches the URL
 * when the page is next idle, or 300 ms on (src/url/useUrlState.ts), so the
 * URL read straight after an action can still be the one before it. Leaving
 * the page writes what waits at once (pagehide), and so does this, with the
 * same event: an idle callback would do, but a page with a focused date field
 * can go seconds without an idle moment. timeline.test.ts checks that the
 * link is written by itself.
 */
export async function writtenUrl(page: Page): Promise<URL> {
  return new URL(await page.evaluate(() => {
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    return location.href;
  }));
}

/** The written link's fragment as parameters (writtenUrl). */
export async function hashParams(page: Page): Promise<URLSearchParams> {
  return new URLSearchParams((await writtenUrl(page)).hash.slice(1));
}

export async function waitForApp(page: Page, timeout = 15_000): Promise<void> {
  await page.locator('.leaflet-container[data-basemap="ready"]').waitFor({ state: 'attached', timeout });
  await page.locator('.event-marker').first().waitFor({ timeout });
  await appReady(page, timeout);
}

/** The app's APP_READY_MARK (src/App.tsx): its toolbar and panels are on screen beside the map. */
function appReady(page: Page, timeout: number): Promise<unknown> {
  return page.waitForFunction((mark) => performance.getEntriesByName(mark, 'mark').length > 0, APP_READY_MARK, { timeout });
}

/**
 * Waits for the Leaflet map to appear, and the app with it. When it does not, the error says what
 * the page shows instead (the app's data-problems screen, a crash message)
 * and the problems seen so far, rather than only "timeout".
 */
export async function waitForMap({ page, problems }: OpenedApp, timeout = 15_000): Promise<void> {
  try {
    await page.locator('.leaflet-container').waitFor({ timeout });
    await appReady(page, timeout);
  } catch {
    const shown = (await page.locator('body').innerText().catch(() => '')).replace(/\s+/g, ' ').trim().slice(0, 400);
    throw new Error(
      `the map (.leaflet-container) did not appear within ${timeout / 1000}s.\n` +
        `The page shows: ${shown || '(nothing)'}\nProblems: ${problems.length ? problems.join('\n  ') : 'none'}`,
    );
  }
}

/**
 * One loaded app that a file's tests take turns on, for tests that start from
 * the default view: an app load costs more than a second of CPU, going back
 * to the start costs a hash change. The first call opens and waits for the
 * app; each later one puts the page back as the app first showed it: the link
 * (the app follows hashchange; the link holds the view, layers, dates and the
 * open event), then with the app's own controls what the link does not hold:
 * Escape for an open dialog, the toolbar's buttons for the list, the layers
 * panel and the tour. It waits until the page shows that again, with no
 * event panel, place list or dialog left open by the test before and no zoom
 * animating. `problems` is emptied on each call, so a test sees only what
 * went wrong during it. What neither holds (focus, typed text, history
 * length, permissions, the DOM a test changed) carries over: a test that
 * depends on those opens its own app.
 */
export function sharedApp(browser: () => Browser, options: OpenOptions = {}): () => Promise<OpenedApp> {
  let opened: (OpenedApp & { home: string; toggles: string }) | undefined;
  return async () => {
    if (!opened) {
      // Its own page: the file's tests take turns on it past each one's end.
      const app = await openApp(browser(), '', { ...options, fresh: true });
      await waitForApp(app.page);
      opened = { ...app, home: (await writtenUrl(app.page)).hash, toggles: await toolbarToggles(app.page) };
      return app;
    }
    const { page, problems, home, toggles } = opened;
    problems.length = 0;
    for (let i = 0; i < 3 && (await page.locator('[role="dialog"]').count()) > 0; i++) await page.keyboard.press('Escape');
    // Against the link as written: the last test's pan or date step may still be waiting to reach it (writtenUrl).
    await page.evaluate((hash) => {
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      if (location.hash !== hash) location.hash = hash;
    }, home);
    // One toggle at a time: opening the list closes the layers panel, and the other way round.
    for (let i = 0; i < 4; i++) {
      const now = await toolbarToggles(page);
      const wrong = now.split(' ').find((state) => !toggles.split(' ').includes(state));
      if (!wrong) break;
      await page.locator(`.toolbar button[aria-controls="${wrong.split('=')[0]}"]`).click();
    }
    await page.waitForFunction(
      ([hash, expected]) =>
        location.hash === hash &&
        document.querySelector('.detail-panel, .place-events, [role="dialog"], .leaflet-zoom-anim') === null &&
        document.querySelector('.event-marker') !== null &&
        [...document.querySelectorAll('.toolbar button[aria-expanded][aria-controls]')]
          .map((b) => `${b.getAttribute('aria-controls')}=${b.getAttribute('aria-expanded')}`)
          .join(' ') === expected,
      [home, toggles] as const,
      { timeout: 10_000 },
    );
    return { page, problems };
  };
}

/** The toolbar's open/closed buttons (list, layers panel, tour) as "side-panel=true event-list=false …". */
function toolbarToggles(page: Page): Promise<string> {
  return page.$$eval('.toolbar button[aria-expanded][aria-controls]', (buttons) =>
    buttons.map((b) => `${b.getAttribute('aria-controls')}=${b.getAttribute('aria-expanded')}`).join(' '),
  );
}
