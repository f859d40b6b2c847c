// The app on npm run stress's data (bench/stress.html): how long the same
// loading path takes with that many events, and whether the map still answers
// at once with every one of them in the date window.
import type { Browser } from 'playwright-core';
import { STRESS_FETCHED_MARK, STRESS_LOAD_MEASURE } from '../src/performanceMarks';
import { heapUsed, openBenchPage, timeToDrawn } from './benchPage';
import { panFrameTimes, settle, timeClick, timePermalink } from './interactions';
import { timeTimelineSteps } from './timelineStep';
import { panFramesWhilePlaying } from './playTicks';
import { ALL_YEARS } from './benchStory';
import { DAY_EARLIER, DAY_LATER, TOGGLE } from './runApp';

export interface StressRuns {
  /** events in the dataset, as the page counts them with every year in the window */
  events: number;
  /** navigation until the five files are fetched as text */
  fetchMs: number[];
  /** loadAppData: JSON.parse, validateRecords and buildModel together */
  loadMs: number[];
  /** navigation until the default view (the escalation week) is drawn */
  drawnMs: number[];
  /** the permalink to the whole 2011–2020 window */
  allYearsMs: number[];
  dayStepMs: number[];
  /** a date step on the timeline's end handle, by keyboard, all years shown (timelineStep.ts) */
  timelineStepMs: number[];
  toggleMs: number[];
  /** every frame of the scripted drags, all runs together */
  panFrameMs: number[];
  /** every frame of the same drags made while Play steps the window (playTicks.ts), all runs together */
  playPanFrameMs: number[];
  /** Play's steps during those drags, all runs together: none would make the frames meaningless */
  playPanSteps: number;
  /** JS heap after load and GC, and again after the interactions */
  heapAfterLoad: number[];
  heapAfterUse: number[];
  problems: string[];
}

const LOAD_TIMEOUT = 300_000;
const REPEATS = 3;

export async function runStress(browser: Browser, url: string, runs: number): Promise<StressRuns> {
  const result: StressRuns = {
    events: 0, fetchMs: [], loadMs: [], drawnMs: [], allYearsMs: [], dayStepMs: [], timelineStepMs: [], toggleMs: [], panFrameMs: [], playPanFrameMs: [], playPanSteps: 0,
    heapAfterLoad: [], heapAfterUse: [], problems: [],
  };
  for (let run = 0; run < runs; run++) {
    const { page, context, problems } = await openBenchPage(browser, url);
    const drawn = await timeToDrawn(page, LOAD_TIMEOUT);
    result.drawnMs.push(drawn.ms);
    const marks = await page.evaluate(
      ([fetchedMark, loadMeasure]) => ({
        fetched: performance.getEntriesByName(fetchedMark)[0]?.startTime ?? NaN,
        load: performance.getEntriesByName(loadMeasure)[0]?.duration ?? NaN,
      }),
      [STRESS_FETCHED_MARK, STRESS_LOAD_MEASURE] as const,
    );
    result.fetchMs.push(marks.fetched);
    result.loadMs.push(marks.load);
    result.heapAfterLoad.push(await heapUsed(page));

    await settle(page, 1000);
    result.allYearsMs.push(await timePermalink(page, ALL_YEARS, 'zoom-mid'));
    await settle(page, 1000);
    // The count says the events dated in the window apart from those known only to a month or year reaching beyond it.
    const summary = (await page.locator('.time-summary').textContent()) ?? '';
    const counted = /^([\d,]+) events?(?:[^,]*, plus ([\d,]+) known only)?/.exec(summary);
    result.events = counted ? Number(counted[1]!.replace(/,/g, '')) + Number(counted[2]?.replace(/,/g, '') ?? 0) : NaN;
    for (let i = 0; i < REPEATS; i++) {
      await settle(page);
      result.dayStepMs.push(await timeClick(page, DAY_LATER));
      await settle(page);
      result.dayStepMs.push(await timeClick(page, DAY_EARLIER));
      await settle(page);
      result.toggleMs.push(await timeClick(page, TOGGLE));
      await settle(page);
      result.toggleMs.push(await timeClick(page, TOGGLE));
      result.timelineStepMs.push(...(await timeTimelineSteps(page)));
    }
    await settle(page);
    result.panFrameMs.push(...(await panFrameTimes(page)));
    await settle(page);
    const playing = await panFramesWhilePlaying(page);
    result.playPanFrameMs.push(...playing.frames);
    result.playPanSteps += playing.steps;
    result.heapAfterUse.push(await heapUsed(page));
    result.problems.push(...problems);
    await context.close();
  }
  result.problems = [...new Set(result.problems)];
  return result;
}
