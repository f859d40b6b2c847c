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
import { panWhilePlayingP95 } from './playTicks';

export interface AppMeasurement {
  /** what npm run bench prints beside the median, e.g. 'timeline step (click → frame drawn)' */
  label: string;
  /** one sample, in milliseconds */
  measure: (page: Page) => Promise<number>;
}

/** The label of the pan-while-playing measurement, which budgets.ts checks. */
export const PAN_WHILE_PLAYING = 'frames of a drag with Play running, p95';

export const APP_MEASUREMENTS: AppMeasurement[] = [
  // Last: it leaves the date window where Play took it.
  { label: PAN_WHILE_PLAYING, measure: panWhilePlayingP95 },
];
