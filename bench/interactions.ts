// Timings of what a person does on the map, taken inside the page with
// performance.now(): from the input until two animation frames later, when the
// frame showing the result has been drawn.
import type { Page } from 'playwright-core';

/** Lets timers and idle work from the last step finish, so one timing does not pay for another. */
export const settle = (page: Page, ms = 300): Promise<void> => page.waitForTimeout(ms);

/** A click on `selector` (a layer checkbox, a date button) until the changed frame is drawn. */
export async function timeClick(page: Page, selector: string): Promise<number> {
  return page.evaluate(async (selector) => {
    const el = document.querySelector<HTMLElement>(selector);
    if (!el) throw new Error(`nothing to click at ${selector}`);
    if ((el as HTMLButtonElement).disabled) throw new Error(`${selector} is disabled`);
    const started = performance.now();
    el.click();
    await new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
    return performance.now() - started;
  }, selector);
}

/**
 * A permalink followed: the hash set as a pasted link sets it, until the map
 * container shows `zoomClass` (src/map/ZoomBand.tsx), that is until the view
 * has moved to the link's zoom, and the frame after that is drawn.
 */
export async function timePermalink(page: Page, hash: string, zoomClass: string): Promise<number> {
  return page.evaluate(
    async ({ hash, zoomClass }) => {
      const map = document.querySelector('.leaflet-container');
      if (!map) throw new Error('no map');
      if (map.classList.contains(zoomClass)) throw new Error(`the map already has ${zoomClass}; pick a link at another zoom`);
      const frame = () => new Promise<number>((done) => requestAnimationFrame(done));
      const started = performance.now();
      window.location.hash = hash;
      while (!map.classList.contains(zoomClass)) {
        await frame();
        if (performance.now() - started > 30_000) throw new Error(`the view did not reach ${zoomClass} within 30 s`);
      }
      await frame();
      return performance.now() - started;
    },
    { hash, zoomClass },
  );
}

/** Where drags start: the middle of the map beside the layer panel (316 px) on the desktop viewport. */
const DRAG_FROM = { x: 800, y: 450 };
/** Four drags that come back to where they began, px. */
const DRAGS = [[-300, 0], [300, 0], [0, -200], [0, 200]] as const;
const STEPS_PER_DRAG = 20;
/** One mouse move per frame, about: a hand drags at 60 Hz. */
const STEP_MS = 16;

/**
 * Drags the map with the mouse as a person would, and returns the duration of
 * every frame drawn meanwhile (and in the half second after, when markers are
 * redrawn for the new view), from requestAnimationFrame timestamps.
 */
export async function panFrameTimes(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { benchFrames: number[]; benchStop: boolean };
    w.benchFrames = [];
    w.benchStop = false;
    let last: number | undefined;
    const loop = (t: number) => {
      if (last !== undefined) w.benchFrames.push(t - last);
      last = t;
      if (!w.benchStop) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  let { x, y } = DRAG_FROM;
  await page.mouse.move(x, y);
  for (const [dx, dy] of DRAGS) {
    await page.mouse.down();
    for (let i = 1; i <= STEPS_PER_DRAG; i++) {
      await page.mouse.move(x + (dx * i) / STEPS_PER_DRAG, y + (dy * i) / STEPS_PER_DRAG);
      await page.waitForTimeout(STEP_MS);
    }
    await page.mouse.up();
    [x, y] = [x + dx, y + dy];
  }
  await page.waitForTimeout(500);
  return page.evaluate(() => {
    const w = window as unknown as { benchFrames: number[]; benchStop: boolean };
    w.benchStop = true;
    return w.benchFrames;
  });
}
