// The performance budgets of issue #6, checked against what npm run bench measured.
import { kb, type ShippedFile } from './shippedSizes';
import { summarise } from './stats';
import type { AppRuns } from './runApp';
import type { StressRuns } from './runStress';
import { timelineBudgets } from './timelineStep';

export interface Budget {
  name: string;
  limit: string;
  measured: string;
  pass: boolean;
}

/** KB are 1,000 bytes, as Vite prints them. */
const INITIAL_JS_GZIP = 170_000;
const BASEMAP_GZIP = 150_000;
/** The app's default view may take this many times as long as the basemap alone. */
const DRAWN_VS_REFERENCE = 1.5;
const STRESS_LOAD_MS = 2000;
const STRESS_INTERACTION_MS = 50;

/** Gzipped bytes of the JS files the app had loaded when its default view was drawn. */
export function initialJsGzip(files: readonly ShippedFile[], scriptPaths: readonly string[]): number {
  return scriptPaths.reduce((sum, path) => sum + (files.find((f) => `/${f.path}` === path)?.gzipBytes ?? NaN), 0);
}

export function checkBudgets(files: readonly ShippedFile[], app: AppRuns, stress: StressRuns | null): Budget[] {
  const js = initialJsGzip(files, app.scriptsBeforeDrawn);
  const basemap = files.find((f) => /(^|\/)basemap[-.][^/]*json$/.test(f.path));
  const drawn = summarise(app.drawnMs).median;
  const reference = summarise(app.referenceDrawnMs).median;
  const budgets: Budget[] = [
    { name: 'initial JS (loaded before the default view is drawn), gzip', limit: kb(INITIAL_JS_GZIP), measured: kb(js), pass: js <= INITIAL_JS_GZIP },
    {
      name: 'embedded basemap as shipped, gzip',
      limit: kb(BASEMAP_GZIP),
      measured: basemap ? kb(basemap.gzipBytes) : 'not found',
      pass: !!basemap && basemap.gzipBytes <= BASEMAP_GZIP,
    },
    {
      name: 'default view drawn, vs the basemap alone (medians)',
      limit: `${DRAWN_VS_REFERENCE}×`,
      measured: `${(drawn / reference).toFixed(2)}× (${drawn.toFixed(0)} / ${reference.toFixed(0)} ms)`,
      pass: drawn <= DRAWN_VS_REFERENCE * reference,
    },
  ];
  if (stress) {
    const at = `, ${stress.events.toLocaleString('en')} events`;
    const ms = (samples: number[]) => summarise(samples).median;
    budgets.push(
      { name: `stress: parse, validate and join${at}`, limit: `${STRESS_LOAD_MS} ms`, measured: `${ms(stress.loadMs).toFixed(0)} ms`, pass: ms(stress.loadMs) < STRESS_LOAD_MS },
      { name: `stress: a date step, all years shown${at}`, limit: `${STRESS_INTERACTION_MS} ms`, measured: `${ms(stress.dayStepMs).toFixed(1)} ms`, pass: ms(stress.dayStepMs) < STRESS_INTERACTION_MS },
      { name: `stress: a layer toggle, all years shown${at}`, limit: `${STRESS_INTERACTION_MS} ms`, measured: `${ms(stress.toggleMs).toFixed(1)} ms`, pass: ms(stress.toggleMs) < STRESS_INTERACTION_MS },
    );
  }
  budgets.push(...timelineBudgets(app, stress));
  return budgets;
}
