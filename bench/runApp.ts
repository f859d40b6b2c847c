// The app against its yardstick: each run opens the app and the reference page
// (bench/reference.html) in fresh contexts, one after the other, so that a busy
// moment on the machine falls on both; then, in the app, a layer toggle, a
// date step and a permalink. Both are timed to their `map-drawn` mark; the app
// also to `data-ready`, `map-code-ready` and `code-ready` (src/main.tsx) and
// `app-ready` (src/App.tsx).
import type { Browser } from 'playwright-core';
import { APP_READY_MARK, CODE_READY_MARK, DATA_READY_MARK, MAP_CODE_READY_MARK } from '../src/performanceMarks';
import { APP_MEASUREMENTS } from './appMeasurements';
import { layoutShift, openBenchPage, scriptsLoadedBy, timeToDrawn, timeToMark } from './benchPage';
import { PERMALINK, TOGGLE } from './benchStory';
import { settle, timeClick, timePermalink } from './interactions';
import { timeTimelineSteps } from './timelineStep';

export interface AppRuns {
  drawnMs: number[];
  referenceDrawnMs: number[];
  /** to the app-ready mark: toolbar and panels drawn and answering input (src/App.tsx) */
  readyMs: number[];
  /** to the later of map-drawn and app-ready: the whole page on screen and usable */
  pageReadyMs: number[];
  /** layout shift seen from navigation until a moment after the page was ready (benchPage.ts) */
  layoutShift: number[];
  /** samples of each APP_MEASUREMENTS entry, by label */
  measured: Record<string, number[]>;
  /** to the data-ready mark: data fetched, validated and joined (src/main.tsx) */
  dataReadyMs: number[];
  /** to the map-code-ready mark: Leaflet and the first view's code (src/map/firstView.ts) loaded and run */
  mapCodeReadyMs: number[];
  /** to the code-ready mark: the app's chunk (React and the rest), asked for once the map is on screen, loaded and run */
  codeReadyMs: number[];
  toggleMs: number[];
  dayStepMs: number[];
  /** a date step on the timeline's end handle, by keyboard (timelineStep.ts) */
  timelineStepMs: number[];
  permalinkMs: number[];
  /**
   * URL paths of the scripts the map waited for: loaded before its default view
   * was drawn and asked for before the first view could start (before both
   * data-ready and map-code-ready). The app's chunk, asked for once the first
   * view is drawn (src/openApp.ts), may arrive before the drawn frame; it is
   * in scriptsDownloadedBeforeDrawn, not here. Same in every run.
   */
  scriptsBeforeDrawn: string[];
  /** URL paths of every script downloaded by the time the default view was drawn, whoever asked for it */
  scriptsDownloadedBeforeDrawn: string[];
  /** URL paths of the scripts loaded when the whole page was drawn */
  scriptsBeforeReady: string[];
  /** URL paths of every script the page loaded by the end of a run (the toggles, date steps and permalink done) */
  scriptsAll: string[];
  problems: string[];
}

export { TOGGLE } from './benchStory';
export const DAY_LATER = 'button[aria-label="One day later"]';
export const DAY_EARLIER = 'button[aria-label="One day earlier"]';
const DRAWN_TIMEOUT = 60_000;
/** Between a closed context and the next page load. */
const QUIET_MS = 300;
const pause = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

export async function runApp(browser: Browser, urls: { app: string; reference: string }, runs: number): Promise<AppRuns> {
  const result: AppRuns = { drawnMs: [], referenceDrawnMs: [], readyMs: [], pageReadyMs: [], layoutShift: [], measured: Object.fromEntries(APP_MEASUREMENTS.map((m) => [m.label, []])), dataReadyMs: [], mapCodeReadyMs: [], codeReadyMs: [], toggleMs: [], dayStepMs: [], timelineStepMs: [], permalinkMs: [], scriptsBeforeDrawn: [], scriptsDownloadedBeforeDrawn: [], scriptsBeforeReady: [], scriptsAll: [], problems: [] };
  // Run 0 warms Chromium up (its first page compiles more of itself) and is not counted.
  // The two pages take turns going first, and each load starts after the last
  // page's browser context has been closed and has had a moment to go, so that
  // neither page is the one that always pays for the other's clean-up.
  for (let run = 0; run <= runs; run++) {
    const counted = run > 0;
    const measureReference = async () => {
      const reference = await openBenchPage(browser, urls.reference);
      const drawn = await timeToDrawn(reference.page, DRAWN_TIMEOUT);
      result.problems.push(...reference.problems.map((p) => `reference: ${p}`));
      await reference.context.close();
      await pause(QUIET_MS);
      return drawn;
    };
    const referenceFirst = run % 2 === 1;
    const referenceDrawn = referenceFirst ? await measureReference() : null;

    const app = await openBenchPage(browser, urls.app);
    const drawn = await timeToDrawn(app.page, DRAWN_TIMEOUT);
    const ready = await timeToMark(app.page, APP_READY_MARK, DRAWN_TIMEOUT);
    if (counted) {
      result.readyMs.push(ready);
      const dataReady = await timeToMark(app.page, DATA_READY_MARK, DRAWN_TIMEOUT);
      const mapCodeReady = await timeToMark(app.page, MAP_CODE_READY_MARK, DRAWN_TIMEOUT);
      result.dataReadyMs.push(dataReady);
      result.mapCodeReadyMs.push(mapCodeReady);
      result.codeReadyMs.push(await timeToMark(app.page, CODE_READY_MARK, DRAWN_TIMEOUT));
      result.drawnMs.push(drawn.ms);
      result.scriptsBeforeDrawn = (await scriptsLoadedBy(app.page, drawn.ms, Math.max(dataReady, mapCodeReady))).map((s) => new URL(s).pathname);
      result.scriptsDownloadedBeforeDrawn = drawn.scripts.map((s) => new URL(s).pathname);
      result.scriptsBeforeReady = (await scriptsLoadedBy(app.page, Math.max(ready, drawn.ms))).map((s) => new URL(s).pathname);
      result.pageReadyMs.push(Math.max(ready, drawn.ms));
    }
    await settle(app.page);
    // A jump as the page comes shows within a frame or two of it; the settle gives it time to.
    if (counted) result.layoutShift.push(await layoutShift(app.page));
    const toggleOff = await timeClick(app.page, TOGGLE);
    await settle(app.page);
    const toggleOn = await timeClick(app.page, TOGGLE);
    await settle(app.page);
    const later = await timeClick(app.page, DAY_LATER);
    await settle(app.page);
    const earlier = await timeClick(app.page, DAY_EARLIER);
    const timelineSteps = await timeTimelineSteps(app.page);
    await settle(app.page);
    const permalink = await timePermalink(app.page, PERMALINK, 'zoom-mid');
    if (counted) {
      result.toggleMs.push(toggleOff, toggleOn);
      result.dayStepMs.push(later, earlier);
      result.timelineStepMs.push(...timelineSteps);
      result.permalinkMs.push(permalink);
      for (const { label, measure } of APP_MEASUREMENTS) {
        await settle(app.page);
        result.measured[label]!.push(await measure(app.page));
      }
      result.scriptsAll = (await scriptsLoadedBy(app.page, Number.POSITIVE_INFINITY)).map((s) => new URL(s).pathname);
    }
    result.problems.push(...app.problems.map((p) => `app: ${p}`));
    await app.context.close();
    await pause(QUIET_MS);
    const reference = referenceDrawn ?? (await measureReference());
    if (counted) result.referenceDrawnMs.push(reference.ms);
  }
  result.problems = [...new Set(result.problems)];
  return result;
}
