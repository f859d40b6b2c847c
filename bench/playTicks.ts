// A play tick: Play moving the date window one day (src/panel/PlayControl.tsx
// marks each step), until the frame showing it has been drawn, measured as
// interactions.ts measures a click: two animation frames after the step.
// Played at 2 days a second, so each step has the half second before the next
// to itself. `resumeAt`: for a window of every year, where playing starts
// afresh from the first day (state/playback.ts), Play is pressed and paused
// once, the window's end put back near the range's end, and Play pressed
// again: it carries on from there, with nearly every event in the window.
import type { Browser, Page } from 'playwright-core';
import { PLAY_STEP_MARK } from '../src/performanceMarks';
import { openBenchPage, timeToDrawn } from './benchPage';
import { panFrameTimes, settle } from './interactions';
import { percentile } from './stats';

const TICKS = 6;
const TIMEOUT = 300_000;

export async function measurePlayTicks(browser: Browser, url: string, options: { resumeAt?: string } = {}): Promise<{ tickMs: number[]; problems: string[] }> {
  const { page, context, problems } = await openBenchPage(browser, url);
  await timeToDrawn(page, TIMEOUT);
  const toggle = page.locator('.play-toggle');
  await toggle.waitFor({ timeout: TIMEOUT });
  await page.locator('.play-control select').selectOption('2');
  await settle(page, 1000);
  if (options.resumeAt) {
    await toggle.click();
    await toggle.click();
    await page.evaluate((to) => {
      window.location.hash = window.location.hash.replace(/to=[\d-]+/, `to=${to}`);
    }, options.resumeAt);
    await settle(page, 2000);
  }
  // The ticks are awaited through a promise the page resolves itself, not
  // with Playwright's waitForFunction: that polls in a requestAnimationFrame
  // loop, which keeps the page drawing a frame at every vsync all along, so
  // each tick's two frames waited for that loop's next ticks (and ran its
  // check): 27 ms medians where the same build, timed as a date step is (no
  // loop running), took 13 to 17.
  await page.evaluate(({ mark, ticks }) => {
    const w = window as unknown as { playTicks: number[]; playTicksDone: Promise<void> };
    w.playTicks = [];
    let done = () => {};
    w.playTicksDone = new Promise<void>((resolve) => {
      done = resolve;
    });
    const original = performance.mark.bind(performance);
    performance.mark = ((name: string, markOptions?: PerformanceMarkOptions) => {
      const entry = original(name, markOptions);
      if (name === mark) {
        const started = performance.now();
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            w.playTicks.push(performance.now() - started);
            if (w.playTicks.length >= ticks) done();
          }),
        );
      }
      return entry;
    }) as typeof performance.mark;
  }, { mark: PLAY_STEP_MARK, ticks: TICKS });
  await toggle.click();
  await page.evaluate(
    (timeout) =>
      Promise.race([
        (window as unknown as { playTicksDone: Promise<void> }).playTicksDone,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`Play made fewer ticks than wanted in ${timeout} ms`)), timeout)),
      ]),
    TIMEOUT,
  );
  const tickMs = await page.evaluate(() => (window as unknown as { playTicks: number[] }).playTicks);
  await context.close();
  // The first is Play's own step (it also adds the history entry); the rest are ticks.
  return { tickMs: tickMs.slice(1, TICKS), problems };
}

/** Play's fastest speed, days a second: a step every quarter second, several in one drag. */
const PAN_PLAY_SPEED = '4';

/**
 * The timeline must not block panning: the map dragged as a hand drags it
 * (interactions.ts panFrameTimes) while Play steps the date window at its
 * fastest. Returns every frame's duration meanwhile and how many steps Play
 * made in that time (a measurement in which Play had stopped would prove
 * nothing, so the caller checks there were some). Leaves Play paused.
 */
export async function panFramesWhilePlaying(page: Page): Promise<{ frames: number[]; steps: number }> {
  const toggle = page.locator('.play-toggle');
  await page.locator('.play-control select').selectOption(PAN_PLAY_SPEED);
  await page.evaluate((mark) => performance.clearMarks(mark), PLAY_STEP_MARK);
  await toggle.click();
  await settle(page, 300);
  const before = await page.evaluate((mark) => performance.getEntriesByName(mark).length, PLAY_STEP_MARK);
  const frames = await panFrameTimes(page);
  const steps = (await page.evaluate((mark) => performance.getEntriesByName(mark).length, PLAY_STEP_MARK)) - before;
  if ((await toggle.textContent())?.includes('Pause')) await toggle.click();
  return { frames, steps };
}

/** 95th percentile of a drag's frames with Play running, one sample per run (appMeasurements.ts); NaN when Play made no step during the drag. */
export async function panWhilePlayingP95(page: Page): Promise<number> {
  const { frames, steps } = await panFramesWhilePlaying(page);
  if (steps === 0) return Number.NaN;
  return percentile([...frames].sort((a, b) => a - b), 95);
}
