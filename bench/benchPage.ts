// One page of the benchmark, in its own fresh browser context (no cache, no
// storage shared with another run), with anything broken written down (requests
// off 127.0.0.1 included), so that a timing of a broken page is not reported as
// a fast one.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { MAP_DRAWN_MARK } from '../src/performanceMarks';

/** Desktop, as the browser tests use: the layer panel is open beside the map. */
export const VIEWPORT = { width: 1280, height: 800 };

/**
 * window.__markSeen(name): a promise of the mark's startTime once the page
 * adds it. Playwright's own waiting (waitForSelector, waitForFunction) first
 * injects its selector engine into the page, tens of milliseconds of script
 * that would land, at random, inside the very load being timed; a plain
 * evaluate of this promise costs the page next to nothing.
 */
const MARK_WAITER = `globalThis.__markSeen = (name) => new Promise((resolve) => {
  const seen = () => performance.getEntriesByName(name, 'mark')[0];
  if (seen()) return resolve(seen().startTime);
  const observer = new PerformanceObserver(() => {
    if (!seen()) return;
    observer.disconnect();
    resolve(seen().startTime);
  });
  observer.observe({ type: 'mark' });
});
// Every layout shift from the first paint on, summed as Chromium's CLS counts
// them (shifts right after an input excluded): what a reader sees jump.
globalThis.__layoutShift = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) globalThis.__layoutShift += e.value;
}).observe({ type: 'layout-shift', buffered: true });`;

export interface BenchPage {
  page: Page;
  context: BrowserContext;
  /** console errors, uncaught exceptions, failed requests, outside requests */
  problems: string[];
}

export async function openBenchPage(browser: Browser, url: string): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  // tsx compiles this file keeping function names, which wraps functions passed
  // to page.evaluate in a __name(fn, "name") helper that only exists in Node.
  await context.addInitScript({ content: `globalThis.__name = (fn) => fn;\n${MARK_WAITER}` });
  const page = await context.newPage();
  const problems: string[] = [];
  // Watched, not intercepted: routing every request through Playwright would add
  // its round trip to each, and to the timings. The browser tests enforce the block.
  page.on('request', (r) => {
    const { hostname, protocol } = new URL(r.url());
    if (hostname !== '127.0.0.1' && /^(https?|wss?):$/.test(protocol)) problems.push(`outside request: ${r.url()}`);
  });
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.goto(url, { waitUntil: 'load' });
  return { page, context, problems };
}

/**
 * Milliseconds from navigation to the `map-drawn` mark (src/map/whenDrawn.ts,
 * bench/reference.ts), and the URLs of the scripts that had loaded by then.
 */
export async function timeToDrawn(page: Page, timeout: number): Promise<{ ms: number; scripts: string[] }> {
  const ms = await timeToMark(page, MAP_DRAWN_MARK, timeout);
  return { ms, scripts: await scriptsLoadedBy(page, ms) };
}

/** URLs of the scripts the page had loaded `ms` after navigation (and, with `requestedBefore`, had asked for before that many ms). */
export function scriptsLoadedBy(page: Page, ms: number, requestedBefore = Number.POSITIVE_INFINITY): Promise<string[]> {
  return page.evaluate(([by, before]) =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((r) => r.initiatorType === 'script' || /\.m?js(\?|$)/.test(r.name))
      .filter((r) => r.responseEnd <= by! && r.startTime < before!)
      .map((r) => r.name),
    [ms, requestedBefore],
  );
}

/** Milliseconds from navigation to the performance mark `name` (e.g. the app's `app-ready`, src/App.tsx), once it is there. */
export async function timeToMark(page: Page, name: string, timeout: number): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${name} mark within ${timeout} ms`)), timeout);
  });
  try {
    return await Promise.race([page.evaluate((name) => (window as unknown as { __markSeen(n: string): Promise<number> }).__markSeen(name), name), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The layout shift the page has seen so far (sum of layout-shift entries without recent input; 0 is no jump). */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as { __layoutShift: number }).__layoutShift);
}

/** Bytes of JavaScript heap in use after a full garbage collection (Chromium's own count, via CDP). */
export async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  } finally {
    await cdp.detach();
  }
}
