// More timings in the app, each one function of the page and one line in
// APP_MEASUREMENTS below: runApp (runApp.ts) calls every entry once per
// counted run, on the app's page once the whole page is ready and the built-in
// interactions are done, and npm run bench prints the median of each under its
// label (scripts/bench.ts) and writes its samples to bench/results/latest.json.
// To add one: write `async function timeSomething(page: Page): Promise<number>`
// (milliseconds; the helpers in interactions.ts time a click or a permalink to
// the drawn frame), then add `{ label: 'something (what → what)', measure: timeSomething }`.
// A measurement leaves the page as it found it (or at least usable), since the
// ones after it run on the same page.
import type { Page } from 'playwright-core';

export interface AppMeasurement {
  /** what npm run bench prints beside the median, e.g. 'timeline step (click → frame drawn)' */
  label: string;
  /** one sample, in milliseconds */
  measure: (page: Page) => Promise<number>;
}

export const APP_MEASUREMENTS: AppMeasurement[] = [];
