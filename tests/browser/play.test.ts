// Playing the dates as a reader does: from 15 May, Play, watch the window's
// end walk through the days with the URL following in place, hear the 18 May
// change of control told with its area, Pause, and Back to the view before
// Play. The area expected is computed here, in Node, the way the build does
// (deriveGeometry → zoneChanges, covered by tests/unit/zoneChanges.test.ts),
// not read off the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { datasetOf } from '../../src/data/datasetOf';
import { deriveGeometry } from '../../src/data/deriveGeometry';
import { readGeoDir } from '../../src/data/loadDataset';
import type { Dataset } from '../../src/data/model';
import { roundedKm2 } from '../../src/state/zoneChangeText';
import { formatDay } from '../../src/dates';
import { PLAY_STEP_MARK } from '../../src/performanceMarks';
import { repoRoot } from '../unit/fixtureDirs';
import { describeBrowser, hashParams, launchBrowser, openApp, waitForApp, PHONE } from './browser';

const CHANGE_DAY = '2020-05-18';

function expected() {
  const dataset = datasetOf(readGeoDir(join(repoRoot, 'geo'))) as Dataset;
  const change = deriveGeometry(dataset).zoneChanges?.find((c) => c.day === CHANGE_DAY);
  const gain = change?.kinds.find((k) => k.kind === change.event?.kind);
  const event = dataset.events.find((e) => e.id === change?.event?.id);
  const place = dataset.locations.find((l) => l.properties.id === event?.locationId)?.properties.name;
  if (!change || !gain || !event || !place) throw new Error(`no change linked to an event on ${CHANGE_DAY} in geo/`);
  // What the map writes on the ground gained: its zone kind as the story names it, and the day.
  const kinds = (JSON.parse(readFileSync(join(repoRoot, 'geo', 'story.json'), 'utf8')) as { zoneKinds: { id: string; label: string; faction?: string }[] }).zoneKinds;
  const kindLabel = kinds.find((k) => k.id === gain.kind)?.label;
  const faction = kinds.find((k) => k.id === gain.kind)?.faction;
  if (!kindLabel || !faction) throw new Error(`no zone kind ${gain.kind} in geo/story.json`);
  return { eventId: event.id, place, area: `about ${roundedKm2(gain.gainedKm2)} km²`, kind: gain.kind, faction, onMap: `${kindLabel} from ${formatDay(CHANGE_DAY)}` };
}

/** What the page showed of each play step: in its first animation frame, and once settled (`settle` reads the last step so). */
type Steps = { steps: { first?: string; settled?: string }[]; settle: () => void };

async function hashParam(page: Page, key: string): Promise<string | null> {
  return (await hashParams(page)).get(key);
}

describeBrowser('Play and what changed', () => {
  let browser: Browser;
  const want = expected();
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('plays from 15 May with the URL in place, tells the 18 May change with its area, pauses, and Back returns to before Play', async () => {
    const { page, problems } = await openApp(browser, '#from=2020-05-15&to=2020-05-23');
    await waitForApp(page);
    // Everything the live region says, as a screen reader would hear it: a step lasts a moment.
    await page.evaluate(() => {
      const told: string[] = [];
      (window as unknown as { told: string[] }).told = told;
      const region = document.querySelector('.zone-change-note');
      if (!region) throw new Error('no "What changed" live region');
      new MutationObserver(() => told.push(region.textContent ?? '')).observe(region, { childList: true, subtree: true, characterData: true });
    });
    const before = await page.evaluate(() => history.length);
    // Every URL the page writes, so that no write is missed between two reads of the address bar.
    await page.evaluate(() => {
      const w = window as unknown as { written: string[] };
      w.written = [];
      for (const method of ['pushState', 'replaceState'] as const) {
        const write = history[method].bind(history);
        history[method] = (data: unknown, unused: string, url?: string | URL | null) => {
          w.written.push(String(url));
          write(data, unused, url);
        };
      }
    });
    await page.getByLabel('Speed').selectOption({ label: '2 days a second' });
    // The controls beside the button stay where they are when it turns to Pause (it grew by 14 px and pushed them).
    const speedAt = async () => (await page.getByLabel('Speed').boundingBox())!.x;
    const speedBefore = await speedAt();
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.getByRole('button', { name: 'Pause', exact: true }).waitFor();
    expect(await speedAt()).toBe(speedBefore);

    // Play starts from the window's first day: one history entry for it, none per step. Which days the URL is
    // written with is not fixed: fast steps make one write, and on a loaded machine a wait that read the address
    // bar for 16 May timed out. So: some write has the window's first day and an end before its old one.
    const stepped = () => page.evaluate(() => (window as unknown as { written: string[] }).written.filter((url) => /&from=2020-05-15&to=2020-05-(1[5-9]|2[0-2])\b/.test(url)).length);
    await expect.poll(stepped, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await hashParam(page, 'from')).toBe('2020-05-15');
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    await expect.poll(async () => (await hashParam(page, 'to'))! >= '2020-05-19', { timeout: 15_000 }).toBe(true);
    expect(await page.evaluate(() => history.length)).toBe(before + 1);

    const told = await page.evaluate(() => (window as unknown as { told: string[] }).told);
    const sentence = told.find((t) => t.startsWith('18 May 2020:'));
    expect(sentence).toContain(want.place);
    expect(sentence).toContain(want.area);

    // Pause by keyboard, on the same button (its name now says Pause).
    const toggle = page.locator('.play-toggle');
    await expect.poll(() => toggle.textContent()).toContain('Pause');
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => toggle.textContent()).toContain('Play');
    const pausedAt = await hashParam(page, 'to');
    await page.waitForTimeout(1200);
    expect(await hashParam(page, 'to')).toBe(pausedAt);

    await page.goBack();
    await expect.poll(() => hashParam(page, 'to')).toBe('2020-05-23');
    expect(await hashParam(page, 'from')).toBe('2020-05-15');
    await expect.poll(() => page.inputValue('input[name=to]')).toBe('2020-05-23');
    expect(problems).toEqual([]);
  });

  it('shows each step whole in its first frame: never the timeline at the new day over the map of the day before', async () => {
    const { page, problems } = await openApp(browser, '#from=2020-05-15&to=2020-05-23');
    await waitForApp(page);
    // What a frame shows of the step: the day the timeline's end handle says, and the zones and
    // hatching the map draws. Read in the step's first animation frame (before it is painted),
    // then again as it has settled, just before the next step starts (or once Play has stopped):
    // a frame that paints the one without the other differs. (A fixed delay for the settled read
    // could fall after the next step on a loaded machine, and fail a step that was whole.)
    await page.evaluate((mark) => {
      const w = window as unknown as Steps;
      w.steps = [];
      const look = () => [
        document.querySelector('[role="slider"][aria-label="Window ends"]')?.getAttribute('aria-valuetext'),
        [...document.querySelectorAll('.leaflet-zones-pane path')].map((p) => p.getAttribute('d')).join(' '),
        document.querySelectorAll('path.zone-change').length,
      ].join(' | ');
      w.settle = () => {
        const last = w.steps.at(-1);
        if (last && last.settled === undefined) last.settled = look();
      };
      const original = performance.mark.bind(performance);
      performance.mark = ((name: string, options?: PerformanceMarkOptions) => {
        if (name === mark) {
          // Marked before the step renders: the page still shows the step before it.
          w.settle();
          const step: Steps['steps'][number] = {};
          w.steps.push(step);
          requestAnimationFrame(() => {
            // A frame that comes only after the next step has started shows nothing of this one.
            step.first = step.settled === undefined ? look() : 'no frame before the next step';
          });
        }
        return original(name, options);
      }) as typeof performance.mark;
    }, PLAY_STEP_MARK);
    await page.getByLabel('Speed').selectOption({ label: '4 days a second' });
    const toggle = page.locator('.play-toggle');
    // Twice through 15 to 23 May, so that a step painted in two goes is seen (it was about one step in three).
    for (let pass = 1; pass <= 2; pass++) {
      await toggle.click();
      await expect.poll(() => toggle.textContent(), { timeout: 15_000 }).toContain('Play');
      await expect.poll(() => hashParam(page, 'to')).toBe('2020-05-23');
      // Play has stopped: the last step has settled (a second pass would otherwise read it as it starts).
      await expect.poll(() => page.evaluate(() => (window as unknown as Steps).steps.at(-1)?.first !== undefined)).toBe(true);
      await page.evaluate(() => (window as unknown as Steps).settle());
    }
    const steps = await page.evaluate(() => (window as unknown as Steps).steps);
    // Play's own step and eight more (16 to 23 May), each pass.
    expect(steps.length).toBe(18);
    for (const step of steps) expect(step.first).toBe(step.settled);
    expect(steps.filter((s) => s.settled?.includes('23 May 2020'))).toHaveLength(2);
    expect(problems).toEqual([]);
  });

  it('on the day of change, hatches the ground gained and opens the event that reports it', async () => {
    const { page, problems } = await openApp(browser, `#from=2020-05-15&to=${CHANGE_DAY}`);
    await waitForApp(page);
    const note = page.locator('.zone-change-note');
    await expect.poll(() => note.textContent()).toContain(want.area);
    expect(await note.getAttribute('role')).toBe('status');
    // The hatching's code comes once the page is idle (a later layer): it is there soon after the words.
    await expect.poll(() => page.locator('path.zone-change').count()).toBeGreaterThan(0);
    await note.getByRole('button', { name: /^Open the report/ }).click();
    await expect.poll(() => hashParam(page, 'event')).toBe(want.eventId);

    // A day later the window no longer ends on a change: no hatching, nothing told.
    await page.evaluate(() => {
      location.hash = location.hash.replace('to=2020-05-18', 'to=2020-05-22');
    });
    await expect.poll(() => page.locator('path.zone-change').count()).toBe(0);
    expect((await note.textContent())?.trim()).toBe('');
    expect(problems).toEqual([]);
  });

  it('lists the days control changed under the dates; choosing one, by keyboard, ends the window there and tells that change', async () => {
    // The days as the build computes them (deriveGeometry → zoneChanges), not read off the page.
    const days = deriveGeometry(datasetOf(readGeoDir(join(repoRoot, 'geo'))) as Dataset).zoneChanges?.map((c) => c.day) ?? [];
    expect(days).toContain(CHANGE_DAY);
    const { page, problems } = await openApp(browser, '#from=2020-05-15&to=2020-05-23');
    await waitForApp(page);
    const list = page.locator('.change-days');
    expect(await list.getByRole('button').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')))).toEqual(days.map((d) => `${formatDay(d)}: end the dates there`));
    // The window ends on none of them: none is pressed, and nothing is told.
    expect(await list.locator('[aria-pressed="true"]').count()).toBe(0);
    const day = list.getByRole('button', { name: `${formatDay(CHANGE_DAY)}: end the dates there` });
    await day.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => hashParam(page, 'to')).toBe(CHANGE_DAY);
    expect(await hashParam(page, 'from')).toBe('2020-05-15');
    await expect.poll(() => page.locator('.zone-change-text').textContent()).toContain(want.area);
    expect(await day.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator('path.zone-change').count()).toBeGreaterThan(0);
    // With the zones turned off there is no change to show: the list goes with them.
    await page.getByLabel('Control zones').uncheck();
    await expect.poll(() => list.count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('on a phone, where the sentence beside the time control is out of sight, the map names the ground gained, beside it', async () => {
    // The story's Al-Watiya step ends its window on the day of change; on a phone Layers & dates is closed.
    const { page, problems } = await openApp(browser, '#story=escalation-may-2020&step=3', { viewport: PHONE });
    await waitForApp(page);
    const read = () =>
      page.evaluate((kind) => {
        const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
        const over = [...document.querySelectorAll('.toolbar, .detail-panel, .story-tour, .timeline')].map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0);
        const crosses = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const hatched = [...document.querySelectorAll(`path.zone-change-${kind}`)].map((el) => el.getBoundingClientRect());
        return [...document.querySelectorAll<HTMLElement>('.zone-change-label')].map((el) => {
          const r = el.getBoundingClientRect();
          const area = hatched[0];
          const overlap = area ? Math.max(0, Math.min(r.right, area.right) - Math.max(r.left, area.left)) * Math.max(0, Math.min(r.bottom, area.bottom) - Math.max(r.top, area.top)) : 0;
          return {
            text: el.textContent ?? '',
            shown: getComputedStyle(el).visibility !== 'hidden' && r.width > 0,
            whole: r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom && !over.some((o) => crosses(r, o)),
            // Beside the hatched ground or on it, never off elsewhere; and hiding at most a third of it.
            gap: area ? Math.max(area.left - r.right, r.left - area.right, area.top - r.bottom, r.top - area.bottom) : null,
            covers: area ? overlap / (area.width * area.height) : null,
          };
        });
      }, want.kind);
    await expect.poll(async () => (await read()).filter((l) => l.shown && l.whole).map((l) => l.text), { timeout: 10_000 }).toEqual([want.onMap]);
    // Only the gain the sentence tells (the reported capture's), as the panel's words do.
    expect((await read()).map((l) => l.text)).toEqual([want.onMap]);
    const [label] = await read();
    expect(label!.gap).toBeLessThanOrEqual(6);
    expect(label!.covers).toBeLessThanOrEqual(0.34);
    // The step before ends on no day of change: nothing is written on the map.
    await page.getByRole('button', { name: 'Previous', exact: true }).click();
    await expect.poll(async () => (await read()).length).toBe(0);
    expect(problems).toEqual([]);
  });

  it('a faction turned off takes the ground it gained on the day of change with its zones: no hatching, no name of it, and the sentence says so', async () => {
    const { page, problems } = await openApp(browser, `#map=8/32.300/12.200&from=2020-05-13&to=${CHANGE_DAY}`);
    await waitForApp(page);
    const gained = () => page.locator(`path.zone-change-${want.kind}`).count();
    const named = () => page.locator('.zone-change-label').allTextContents();
    await expect.poll(gained).toBeGreaterThan(0);
    await expect.poll(named).toEqual([want.onMap]);
    const faction = page.locator(`input[name="layer-${want.faction}"]`);
    // The sentence beside the dates still tells the day's change, and no longer says it is hatched.
    const sentence = () => page.locator('.zone-change-text').textContent();
    const caveat = () => page.locator('.zone-change-caveat').textContent();
    const told = await sentence();
    expect(told).toContain(want.place);
    expect(await caveat()).toContain('hatched on the map');
    await faction.uncheck();
    await expect.poll(gained).toBe(0);
    await expect.poll(named).toEqual([]);
    await expect.poll(caveat).toContain('The ground is not hatched while the zones of the side that gained it are turned off.');
    expect(await caveat()).not.toContain('hatched on the map');
    expect(await sentence()).toBe(told);
    await faction.check();
    await expect.poll(gained).toBeGreaterThan(0);
    await expect.poll(named).toEqual([want.onMap]);
    await expect.poll(caveat).toContain('hatched on the map');
    expect(problems).toEqual([]);
  });
});
