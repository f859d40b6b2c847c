// A date step on the timeline, as the keyboard makes it: the window's end
// handle (src/panel/TimelineWindow.tsx) a day earlier and back, each from the
// key until the frame showing the result is drawn. Issue 14's budgets: 16 ms
// median on the real data, 50 ms on npm run stress's 100,000 events.
import type { Page } from 'playwright-core';
import { settle } from './interactions';
import { summarise } from './stats';
import type { Budget } from './budgets';

export const TIMELINE_STEP_MS = 16;
export const STRESS_TIMELINE_STEP_MS = 50;
const END_HANDLE = '[role="slider"][aria-label="Window ends"]';

/** Two timings: the window's end one day earlier (ArrowLeft), then back (ArrowRight). */
export async function timeTimelineSteps(page: Page): Promise<number[]> {
  const times: number[] = [];
  for (const key of ['ArrowLeft', 'ArrowRight']) {
    await settle(page);
    times.push(
      await page.evaluate(async ({ selector, key }) => {
        const el = document.querySelector<HTMLElement>(selector);
        if (!el) throw new Error(`no timeline handle at ${selector}`);
        el.focus();
        const started = performance.now();
        el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
        await new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
        return performance.now() - started;
      }, { selector: END_HANDLE, key }),
    );
  }
  return times;
}

export function timelineBudgets(app: { timelineStepMs: number[] }, stress: { timelineStepMs: number[]; events: number } | null): Budget[] {
  const ms = (samples: number[]) => summarise(samples).median;
  const budgets: Budget[] = [
    { name: 'a date step on the timeline (median)', limit: `${TIMELINE_STEP_MS} ms`, measured: `${ms(app.timelineStepMs).toFixed(1)} ms`, pass: ms(app.timelineStepMs) <= TIMELINE_STEP_MS },
  ];
  if (stress) {
    const at = `, ${stress.events.toLocaleString('en')} events`;
    budgets.push({ name: `stress: a date step on the timeline, all years${at}`, limit: `${STRESS_TIMELINE_STEP_MS} ms`, measured: `${ms(stress.timelineStepMs).toFixed(1)} ms`, pass: ms(stress.timelineStepMs) <= STRESS_TIMELINE_STEP_MS });
  }
  return budgets;
}
