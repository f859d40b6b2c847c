// Permalinks from anywhere: hundreds of generated links (random, truncated,
// huge, unicode, broken %-encoding, markup and script) opened in the built app.
// None may crash it, blank it, open a dialog (openApp counts dialogs as
// problems) or run script; whatever the pure parser understands must be what
// the page shows. Most links are applied by setting location.hash on one page
// (the app follows hashchange), one in twenty by a full page load; the first
// half on a laptop's screen, the second on a phone's.
//   FUZZ_COUNT=N (default 300, what npm test opens) links; FUZZ_SEED=S repeats
//   a run; npm run fuzz opens 2,000 (npm run fuzz -- --count N for another size).
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { reuseVerifiedData } from '../../scripts/verifiedDataCache';
import { buildModel } from '../../src/data/buildModel';
import { datasetOf, type DatasetFiles } from '../../src/data/datasetOf';
import { modelOf } from '../../src/data/validatedModel';
import { readGeoDir } from '../../src/data/loadDataset';
import type { Model } from '../../src/data/model';
import { validateDataset } from '../../src/data/validateDataset';
import { MAX_ZOOM } from '../../src/map/zoomRange';
import { formatPermalink, parsePermalink, type PermalinkOptions, type ViewState } from '../../src/url/permalink';
import { permalinkOptions } from '../../src/url/permalinkOptions';
import { decimalsForZoom } from '../../src/url/permalinkKeys';
import { repoRoot } from '../unit/fixtureDirs';
import { describeBrowser, launchBrowser, openApp, waitForMap, type OpenedApp, PHONE } from './browser';
import { hostilePermalinks } from './hostilePermalinks';

const COUNT = Number(process.env['FUZZ_COUNT'] ?? 300);
const SEED = Number(process.env['FUZZ_SEED'] ?? Date.now() % 1_000_000);
/** One link in this many is opened by a full page load rather than a hash change. */
const FULL_LOAD_EVERY = 20;
/** One hash-changed link in this many is followed by a click on a zoom button. */
const ZOOM_CHECK_EVERY = 50;
/** Stop after this many failing links: the first few say what is wrong. */
const MAX_FAILURES = 10;

/** What the page should show once it has taken in a link; made in Node by the pure parser. */
interface Expected {
  /** embed=1: only the map and its legend, so no toolbar and no layer or date controls */
  embed: boolean;
  layers: string[];
  from: string;
  to: string;
  event: string | null;
  notices: string[];
  /** the whole hash after the app rewrites it, but for map=… */
  rest: string;
  /** the view the link asked for, or else the default view as the page framed it on its first load */
  view: { zoom: number; lat: number; lng: number; tolerance: number };
}

/** What the page shows, read in one go. */
interface Shown {
  settled: boolean;
  hash: string;
  map: boolean;
  toolbar: boolean;
  basemap: boolean;
  crashed: string | null;
  pwned: unknown;
  injected: string[];
  layers: string[];
  from: string | null;
  to: string | null;
  event: string | null;
  panel: boolean;
  notices: string[];
}

/**
 * Runs in the page: waits (up to `timeout` ms) until the page matches `expected`
 * and still does a frame later, then reads what it shows.
 * A page that never matches is read as it is, for the test to say what differs.
 */
async function settleAndRead(page: Page, expected: Expected, timeout: number): Promise<Shown> {
  return page.evaluate(
    async ({ expected, timeout }) => {
      const read = (): Omit<Shown, 'settled'> => {
        // The link with the app's last change in it, not waiting for an idle moment to be written (browser.ts writtenUrl).
        window.dispatchEvent(new PageTransitionEvent('pagehide'));
        const panel = document.querySelector('.detail-panel');
        const fatal = document.querySelector('.fatal');
        return {
          hash: location.hash,
          map: document.querySelector('.leaflet-container') !== null,
          toolbar: document.querySelector('.toolbar') !== null,
          basemap: document.querySelector('.leaflet-basemap-pane path') !== null,
          crashed: fatal ? (fatal.textContent ?? '').slice(0, 200) : document.body.textContent?.includes('Something went wrong') ? 'Something went wrong' : null,
          pwned: (window as { __pwned?: unknown }).__pwned,
          injected: [...document.querySelectorAll('img[src="x"], script:not([src]), iframe, object, embed, svg[onload], [onerror], [onload]')].map((e) => e.outerHTML.slice(0, 80)),
          layers: [...document.querySelectorAll<HTMLInputElement>('input[name^="layer-"]')].filter((i) => i.checked).map((i) => i.name.slice('layer-'.length)),
          from: document.querySelector<HTMLInputElement>('input[name=from]')?.value ?? null,
          to: document.querySelector<HTMLInputElement>('input[name=to]')?.value ?? null,
          event: panel?.querySelector('[data-event]')?.getAttribute('data-event') ?? panel?.querySelector('[data-route]')?.getAttribute('data-route') ?? null,
          panel: panel !== null,
          notices: [...document.querySelectorAll('.notice')].map((n) => n.textContent ?? ''),
        };
      };
      const matches = (s: Omit<Shown, 'settled'>): boolean => {
        const m = /^#map=(\d+)\/(-?[\d.]+)\/(-?[\d.]+)&(.*)$/s.exec(s.hash);
        if (!m || m[4] !== expected.rest || !s.map || !s.basemap || s.crashed) return false;
        const v = expected.view;
        // A link's open event is brought into view (StoryMap.showInView): the map may pan, or zoom out, from the link's view.
        const mapOk = expected.event !== null
          ? Number(m[1]) <= v.zoom
          : Number(m[1]) === v.zoom && Math.abs(Number(m[2]) - v.lat) <= v.tolerance && Math.abs(Number(m[3]) - v.lng) <= v.tolerance;
        const controlsOk = expected.embed
          ? !s.toolbar
          : s.toolbar && s.layers.join() === expected.layers.join() && s.from === expected.from && s.to === expected.to;
        return mapOk && controlsOk && s.event === expected.event && (expected.event !== null || !s.panel) && s.notices.join('\n') === expected.notices.join('\n');
      };
      const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
      const until = performance.now() + timeout;
      while (performance.now() < until) {
        if (matches(read())) {
          // Still so a frame later: the app has finished with this link.
          await frame();
          const shown = read();
          if (matches(shown)) return { settled: true, ...shown };
        } else await frame();
      }
      return { settled: false, ...read() };
    },
    { expected, timeout },
  );
}

type View = Pick<ViewState, 'center' | 'zoom'>;

/**
 * How far the centre the page writes may be from the one asked for: one unit
 * of the last decimal written (the link rounds it, the page rounds it again)
 * plus one screen pixel (Leaflet reads its centre back from whole pixels once
 * the map has moved).
 */
function tolerance(zoom: number): number {
  return 10 ** -decimalsForZoom(zoom) + 360 / (256 * 2 ** zoom);
}

function expectedFor(hash: string, options: PermalinkOptions, defaultView: View): Expected {
  const parsed = parsePermalink(hash, options);
  const { state } = parsed;
  const formatted = formatPermalink(state);
  const view = parsed.present.has('map') ? state : defaultView;
  return {
    embed: state.embed === true,
    layers: [...state.layers],
    from: state.from,
    to: state.to,
    event: state.event,
    notices: parsed.notices,
    rest: formatted.slice(formatted.indexOf('&') + 1),
    // A link may ask for more than the map's MAX_ZOOM (LINK_MAX_ZOOM): the map opens it at MAX_ZOOM.
    view: { zoom: Math.min(view.zoom, MAX_ZOOM), lat: view.center[0], lng: view.center[1], tolerance: tolerance(Math.min(view.zoom, MAX_ZOOM)) },
  };
}

/** What is wrong with the page, one line each; empty when nothing is. */
function differences(shown: Shown, expected: Expected): string[] {
  const wrong: string[] = [];
  if (!shown.map) wrong.push('no map (.leaflet-container)');
  if (!shown.toolbar && !expected.embed) wrong.push('no toolbar');
  if (!shown.basemap) wrong.push('no basemap drawn');
  if (shown.crashed) wrong.push(`crash screen: ${shown.crashed}`);
  if (shown.pwned !== undefined) wrong.push(`injected script ran: window.__pwned = ${String(shown.pwned)}`);
  if (shown.injected.length > 0) wrong.push(`injected elements: ${shown.injected.join(' ')}`);
  if (!shown.settled) {
    wrong.push(
      `did not settle on what the parser understood:\n` +
        `      shown    ${JSON.stringify({ hash: shown.hash.slice(0, 200), toolbar: shown.toolbar, layers: shown.layers, from: shown.from, to: shown.to, event: shown.event, notices: shown.notices })}\n` +
        `      expected ${JSON.stringify({ rest: expected.rest, view: expected.view, embed: expected.embed, layers: expected.layers, from: expected.from, to: expected.to, event: expected.event, notices: expected.notices })}`,
    );
  }
  return wrong;
}

/** The zoom in the hash; clicks the zoom-in button (zoom-out at the top) and waits for the hash to follow. */
async function zoomButtonWorks(page: Page): Promise<string | null> {
  const zoomOf = () => page.evaluate(() => Number(/^#map=(\d+)\//.exec(location.hash)?.[1]));
  const before = await zoomOf();
  const button = before >= MAX_ZOOM ? '.leaflet-control-zoom-out' : '.leaflet-control-zoom-in';
  const after = before >= MAX_ZOOM ? before - 1 : before + 1;
  await page.locator(button).click();
  try {
    await page.waitForFunction((z) => location.hash.startsWith(`#map=${z}/`), after, { timeout: 5_000 });
    return null;
  } catch {
    return `clicking ${button} at zoom ${before} did not change the hash to zoom ${after} (hash: ${(await page.evaluate(() => location.hash)).slice(0, 120)})`;
  }
}

/**
 * geo/ as the built app reads it. npm test validated it in full once already
 * (scripts/validateOnce.ts): then its derived geometry is reused, as the app
 * does; run alone, the test validates it here.
 */
function realModel(): Model {
  const geoDir = join(repoRoot, 'geo');
  const verified = reuseVerifiedData(geoDir, join(repoRoot, '..', 'shared', 'articles'));
  if (verified) return buildModel(datasetOf(readGeoDir(geoDir) as DatasetFiles), verified.geometry);
  const { dataset, problems } = validateDataset(readGeoDir(geoDir));
  expect(problems).toEqual([]);
  return modelOf(dataset!);
}

describeBrowser('permalinks from anywhere', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a link changed twice in a row shows the last one, and keeps saying what it ignored after the page rewrites it', async () => {
    const app = await openApp(browser);
    const { page, problems } = app;
    await waitForMap(app);
    await page.waitForFunction(() => location.hash.startsWith('#map='));
    // Each change of the fragment fires popstate at once and hashchange later,
    // here after the app has taken in the second link and rewritten it.
    await page.evaluate(() => {
      location.hash = 'layers=gna';
      location.hash = 'layers=gna,tanks&from=2020-02-30';
    });
    await page.waitForFunction(() => location.hash.includes('&from=2020-05-15'));
    await page.waitForTimeout(300);
    expect(await page.locator('.notice').allTextContents()).toEqual([
      'Ignored a layer this map does not have: “tanks”.',
      'Ignored the From date “2020-02-30”: it is not a real date like 2020-05-15.',
    ]);
    expect(await page.getByLabel('GNA and backers (Turkey)').isChecked()).toBe(true);
    expect(await page.getByLabel('LNA and backers (UAE, Egypt, Russia, Wagner)').isChecked()).toBe(false);
    expect(problems).toEqual([]);
  });

  it(
    `${COUNT} generated links neither break nor inject anything, and what the parser understands is applied`,
    async () => {
      const model = realModel();
      const options = permalinkOptions(model);
      const links = hostilePermalinks({ options, eventIds: [...options.knownEventIds] }, COUNT, SEED);

      // Its own page: the init script below stays on it.
      const app: OpenedApp = await openApp(browser, '', { fresh: true });
      const { page, problems } = app;
      await waitForMap(app);
      // The hash a full load starts with, before the app rewrites it.
      await page.addInitScript(() => {
        (window as { __initialHash?: string }).__initialHash = location.hash;
      });
      const base = new URL(page.url()).origin;

      // The default view as the page frames it (fitBounds) on this screen, for links whose map= is ignored.
      const framedView = async (): Promise<View> => {
        await page.waitForFunction(() => /^#map=\d+\/-?[\d.]+\/-?[\d.]+&/.test(location.hash));
        return parsePermalink(await page.evaluate(() => location.hash), options).state;
      };
      let defaultView = await framedView();
      const first = await settleAndRead(page, expectedFor('', options, defaultView), 5_000);
      expect(differences(first, expectedFor('', options, defaultView))).toEqual([]);
      expect(await page.getAttribute('input[name=from]', 'min')).toBe(options.dateBounds[0]);
      expect(await page.getAttribute('input[name=to]', 'max')).toBe(options.dateBounds[1]);

      const failures: string[] = [];
      // The notices the page shows now: those of the last link it took in, as the parser reads it.
      let noticesShown = expectedFor('', options, defaultView).notices;
      const started = performance.now();
      let fullLoads = 0;
      let fullLoadMs = 0;
      let zoomChecks = 0;
      let tried = 0;
      let phoneLinks = 0;
      for (const [i, link] of links.entries()) {
        if (failures.length >= MAX_FAILURES) break;
        if (i === Math.floor(COUNT / 2)) {
          // On to a phone: a fresh page at its size frames the default view for it.
          await page.setViewportSize(PHONE);
          await page.goto('about:blank');
          await page.goto(`${base}/?fuzz=phone`, { waitUntil: 'load' });
          defaultView = await framedView();
          const onPhone = await settleAndRead(page, expectedFor('', options, defaultView), 15_000);
          expect(differences(onPhone, expectedFor('', options, defaultView))).toEqual([]);
          noticesShown = expectedFor('', options, defaultView).notices;
        }
        if (i >= Math.floor(COUNT / 2)) phoneLinks++;
        tried++;
        const linkStarted = performance.now();
        const fullLoad = i % FULL_LOAD_EVERY === FULL_LOAD_EVERY - 1;
        // Leaving the page cuts short what it was still fetching (a chunk it
        // asks for when idle): that is the test's doing, not this link's problem.
        if (fullLoad) await page.goto('about:blank');
        const problemsBefore = problems.length;
        let seen: string;
        let changed = true;
        if (fullLoad) {
          fullLoads++;
          await page.goto(`${base}/?fuzz=${i}#${link}`, { waitUntil: 'load' });
          seen = await page.evaluate(() => (window as { __initialHash?: string }).__initialHash ?? '');
        } else {
          // Read back: the browser %-encodes some characters, and that is what the app parses.
          [seen, changed] = await page.evaluate((link) => {
            const before = location.hash;
            location.hash = link;
            return [location.hash, location.hash !== before] as [string, boolean];
          }, link);
        }
        let expected: Expected;
        try {
          expected = expectedFor(seen, options, defaultView);
        } catch (error) {
          failures.push(`link ${i}: #${link.slice(0, 300)}\n    parsePermalink threw: ${String(error)}`);
          continue;
        }
        // The same hash again fires no hashchange: the page keeps the notices
        // of the link before, as the parser read that one.
        if (!changed) expected.notices = noticesShown;
        noticesShown = expected.notices;
        const shown = await settleAndRead(page, expected, fullLoad ? 15_000 : 5_000);
        const wrong = differences(shown, expected);
        if (fullLoad) fullLoadMs += performance.now() - linkStarted;
        if (!fullLoad && wrong.length === 0 && i % ZOOM_CHECK_EVERY === 0) {
          zoomChecks++;
          const zoomProblem = await zoomButtonWorks(page);
          if (zoomProblem) wrong.push(zoomProblem);
        }
        wrong.push(...problems.slice(problemsBefore));
        if (wrong.length > 0) {
          failures.push(`link ${i} (${fullLoad ? 'full load' : 'hash change'}${i >= Math.floor(COUNT / 2) ? ', phone' : ''}): #${link.slice(0, 300)}${link.length > 300 ? `… (${link.length} chars)` : ''}\n    ${wrong.join('\n    ')}`);
        }
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `permalink fuzz: tried ${tried} of ${COUNT} links (${tried - fullLoads} by hash change, ${fullLoads} by full load, ` +
          `${zoomChecks} zoom-button checks; ${phoneLinks} on a phone's screen) in ${seconds} s (full loads ${(fullLoadMs / 1000).toFixed(1)} s), seed ${SEED} (FUZZ_SEED=${SEED} repeats it)`,
      );
      expect(failures, `seed ${SEED}; ${failures.length} failing links:\n${failures.join('\n')}`).toEqual([]);
      expect(tried).toBe(COUNT);
    },
    // ~0.1 s a link on two quiet cores, 0.7 s when other work shares them (load 20): room for that.
    Math.max(180_000, COUNT * 1_000),
  );
});
