// The timeline as a person uses it, by mouse and keyboard, in the built app:
// the window's handles as sliders, the window dragged whole, a single day
// picked from its count, a mark opening its event, precision drawn honestly,
// and the compact timeline on a phone beside (not over) the map.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { EventRecord } from '../../src/data/schema';
import { geoStory } from '../fixtures/fixtureStory';
import { describeBrowser, hashParams, launchBrowser, openApp, saveScreenshot, waitForApp, waitForMap, PHONE, DESKTOP } from './browser';

const geoEvents: EventRecord[] = JSON.parse(readFileSync(new URL('../../geo/events.json', import.meta.url), 'utf8'));

const dates = async (page: Page) => {
  const params = await hashParams(page);
  return `${params.get('from')}/${params.get('to')}`;
};

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const handle = (page: Page, which: 'starts' | 'ends') => timeline(page).getByRole('slider', { name: `Window ${which}` });

/** Centre x of an element on the page. */
async function centreX(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not drawn`);
  return box.x + box.width / 2;
}

/** px per day on the axis now, from the window's handles and the days between them. */
async function pxPerDay(page: Page): Promise<number> {
  const [f, t] = [Number(await handle(page, 'starts').getAttribute('aria-valuenow')), Number(await handle(page, 'ends').getAttribute('aria-valuenow'))];
  const left = await centreX(page, '.timeline-handle-from');
  const right = await centreX(page, '.timeline-handle-to');
  return (right - left) / (t + 1 - f);
}

async function drag(page: Page, selector: string, dx: number) {
  const box = (await page.locator(selector).boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(x + (dx * i) / 5, y);
  await page.mouse.up();
}

describeBrowser('timeline', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('by keyboard: Tab reaches the handles, arrows move a day, Page Up/Down a week, the date read as text and written to the link', async () => {
    const { page, problems } = await openApp(browser, '#from=2020-05-15&to=2020-05-23');
    await waitForApp(page);
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('aria-label') === 'Window starts')) break;
    }
    const from = handle(page, 'starts');
    await expect.poll(() => from.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await from.getAttribute('aria-valuetext')).toBe('15 May 2020');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => dates(page)).toBe('2020-05-16/2020-05-23');
    expect(await from.getAttribute('aria-valuetext')).toBe('16 May 2020');
    await page.keyboard.press('PageDown');
    await expect.poll(() => dates(page)).toBe('2020-05-09/2020-05-23');
    expect(await from.getAttribute('aria-valuetext')).toBe('9 May 2020');

    await page.keyboard.press('Tab');
    const to = handle(page, 'ends');
    await expect.poll(() => to.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('PageUp');
    await expect.poll(() => dates(page)).toBe('2020-05-09/2020-05-30');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => dates(page)).toBe('2020-05-09/2020-05-29');
    expect(await to.getAttribute('aria-valuetext')).toBe('29 May 2020');
    // The precise form in the Layers & dates panel follows.
    expect(await page.locator('input[name=to]').inputValue()).toBe('2020-05-29');
    expect(problems).toEqual([]);
  });

  it('on a desktop, the List and Layers & dates end above the timeline: Play and the lanes stay uncovered', async () => {
    const { page, problems } = await openApp(browser, '');
    await waitForApp(page);
    const top = (await timeline(page).boundingBox())!.y;
    const play = page.locator('.play-toggle');
    // Opening the List closes Layers & dates (open at first on a desktop), and the other way round.
    for (const [button, panel] of [['List', '.event-list-panel'], ['Layers & dates', '.side-panel']] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await page.locator(panel).waitFor();
      const box = (await page.locator(panel).boundingBox())!;
      expect(box.y + box.height, `${button} reaches into the timeline`).toBeLessThanOrEqual(top);
      // Play answers where it is drawn: nothing lies over it.
      const at = (await play.boundingBox())!;
      expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.className, { x: at.x + at.width / 2, y: at.y + at.height / 2 }), `${button} over Play`).toContain('play-toggle');
    }
    expect(problems).toEqual([]);
  });

  it('a handle moved by a key moves the date in Layers & dates in the same update, not one behind it', async () => {
    const { page, problems } = await openApp(browser, '#from=2020-05-15&to=2020-05-23');
    await waitForApp(page);
    // Read as soon as React has rendered the key's update (a microtask), before any later task.
    const afterKey = await handle(page, 'ends').evaluate(async (el) => {
      (el as HTMLElement).focus();
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, cancelable: true }));
      for (let i = 0; i < 5; i++) await Promise.resolve();
      return { handle: el.getAttribute('aria-valuetext'), field: document.querySelector<HTMLInputElement>('input[name=to]')?.value };
    });
    expect(afterKey).toEqual({ handle: '22 May 2020', field: '2020-05-22' });
    expect(problems).toEqual([]);
  });

  it('a step whose link is still waiting to be written is in the history entry when the reader leaves the page', async () => {
    const { page, problems } = await openApp(browser, '#from=2020-05-15&to=2020-05-23');
    await waitForApp(page);
    // The page never idle from here on: only leaving it can write the link.
    // A write still waiting from the opening (the map's position) is written
    // first: the step would join it, and its idle callback, asked for before
    // this stub, would write the step too (it did, once in a full run).
    await page.evaluate(() => {
      window.requestIdleCallback = () => 0;
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(await page.evaluate(() => location.hash)).toContain('to=2020-05-23');
    const to = handle(page, 'ends');
    await to.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => to.getAttribute('aria-valuetext')).toBe('22 May 2020');
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => location.hash), 'the link is written later, not with the step').toContain('to=2020-05-23');
    expect(problems).toEqual([]);
    await page.goto('about:blank');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).hash).toContain('to=2020-05-22');
  });

  it('steps faster than the link is written: the link ends where the window did, also there and back in one go', async () => {
    const { page, problems } = await openApp(browser, '#from=2020-05-15&to=2020-05-23');
    await waitForApp(page);
    const to = handle(page, 'ends');
    // Keys a task apart, quicker than a frame: the link is written once the page is idle, after the last of them.
    const press = (keys: string[]) =>
      to.evaluate(async (el, keys) => {
        (el as HTMLElement).focus();
        for (const key of keys) {
          el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
          await new Promise((done) => setTimeout(done, 0));
        }
      }, keys);
    await press(['ArrowLeft', 'ArrowLeft', 'ArrowLeft']);
    await expect.poll(() => dates(page)).toBe('2020-05-15/2020-05-20');
    expect(await to.getAttribute('aria-valuetext')).toBe('20 May 2020');
    // A day back and forward again: the window is where it was, and so must the link be.
    await press(['ArrowLeft', 'ArrowRight']);
    await expect.poll(() => to.getAttribute('aria-valuetext')).toBe('20 May 2020');
    await page.waitForTimeout(600);
    expect(await dates(page)).toBe('2020-05-15/2020-05-20');
    expect(problems).toEqual([]);
  });

  it('by mouse: a handle dragged moves one end, the window dragged moves both, a count picks a single day', async () => {
    const { page, problems } = await openApp(browser, '#from=2020-05-15&to=2020-05-23');
    await waitForApp(page);
    const perDay = await pxPerDay(page);
    expect(perDay).toBeGreaterThan(5);

    await drag(page, '.timeline-handle-to', 3 * perDay);
    await expect.poll(() => dates(page)).toBe('2020-05-15/2020-05-26');
    await drag(page, '.timeline-window', -2 * perDay);
    await expect.poll(() => dates(page)).toBe('2020-05-13/2020-05-24');
    await drag(page, '.timeline-handle-from', 4 * perDay);
    await expect.poll(() => dates(page)).toBe('2020-05-17/2020-05-24');

    // A day's count is one click to that day alone, and the count said then is of events dated that day.
    const count = timeline(page).getByRole('button', { name: /dated on 21 May 2020/ });
    const n = Number(await count.textContent());
    expect(n).toBeGreaterThan(0);
    await count.click();
    await expect.poll(() => dates(page)).toBe('2020-05-21/2020-05-21');
    expect(await handle(page, 'starts').getAttribute('aria-valuetext')).toBe('21 May 2020');
    expect(await handle(page, 'ends').getAttribute('aria-valuetext')).toBe('21 May 2020');
    const summary = await timeline(page).locator('.timeline-summary').textContent();
    expect(summary?.startsWith(`${n} ${n === 1 ? 'event' : 'events'} on 21 May 2020`)).toBe(true);
    expect(await page.locator('.time-summary').textContent()).toContain(summary!.replace(/\.$/, ''));
    expect(problems).toEqual([]);
  });

  it('a single day with no event dated to it says so, apart from events known only to the month or year', async () => {
    const { page, problems } = await openApp(browser, '#from=2020-05-15&to=2020-05-15');
    await waitForApp(page);
    const dayMarks = await timeline(page).locator('.timeline-lane-reported .timeline-mark, .timeline-lane-claims .timeline-mark').evaluateAll((els) => els.map((el) => el.getAttribute('title') ?? ''));
    const onThatDay = dayMarks.filter((t) => t.includes(': 15 May 2020')).length;
    const text = await page.locator('.time-summary').textContent();
    expect(text).toMatch(onThatDay === 0 ? /^No event dated on 15 May 2020; \d+ known only to the month or year\./ : new RegExp(`^${onThatDay} events? on 15 May 2020`));
    expect(problems).toEqual([]);
  });

  it('a click on a mark opens its event, as the List does', async () => {
    const { page, problems } = await openApp(browser, '#from=2020-05-15&to=2020-05-23');
    await waitForApp(page);
    const mark = timeline(page).locator('.timeline-lane-reported .timeline-mark').first();
    const [id, title] = [await mark.getAttribute('data-event'), await mark.getAttribute('aria-label')];
    await mark.click();
    await expect.poll(async () => (await hashParams(page)).get('event')).toBe(id);
    expect(await page.locator('#detail-title').textContent()).toBe(title);
    await expect.poll(() => mark.getAttribute('aria-current')).toBe('true');
    expect(problems).toEqual([]);
  });

  it('with an event open, a handle keeps the focus as it moves the window: the event panel does not take it', async () => {
    const { page, problems } = await openApp(browser, '#from=2020-05-15&to=2020-05-23&event=2020-05-18-watiya-captured');
    await waitForApp(page);
    await expect.poll(() => page.locator('#detail-title').count()).toBe(1);
    const to = handle(page, 'ends');
    await to.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => dates(page)).toBe('2020-05-15/2020-05-22');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => dates(page)).toBe('2020-05-15/2020-05-21');
    expect(await to.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('an event known only to the month is a span over the month in its own lane, never a point on a day', async () => {
    const { page, problems } = await openApp(browser, '#from=2020-05-15&to=2020-05-23');
    await waitForApp(page);
    const perDay = await pxPerDay(page);
    // May 2020's month-only events: too many to stack as rows that can be told apart, so one bar with their count.
    const mayOnly = geoEvents.filter((e) => e.datePrecision === 'month' && e.date === '2020-05').length;
    const may = timeline(page).locator('.timeline-lane-month').getByRole('button', { name: `${mayOnly} events sometime in May 2020: show that period` });
    const box = (await may.boundingBox())!;
    // All of May's 31 days (less the pixel between bars).
    expect(box.width).toBeGreaterThan(30 * perDay);
    // None of them is a point on a day.
    const dated = await timeline(page).locator('.timeline-lane-reported [data-event], .timeline-lane-claims [data-event]').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-event')));
    for (const id of dated) expect(geoEvents.find((e) => e.id === id)?.datePrecision, id ?? '').toBe('day');
    await may.click();
    await expect.poll(() => dates(page)).toBe('2020-05-01/2020-05-31');
    expect(problems).toEqual([]);
  });

  // Over a year, a week's events overlap: they are one bar with a count, painted on the lane's canvas (TimelineBins.tsx) under its button.
  it('over a year, a week of events is one bar in its factions\' colours, a claim\'s hatched, and a click on it shows only that week', async () => {
    const { page, problems } = await openApp(browser, '#from=2020-01-01&to=2020-12-30');
    await waitForApp(page);
    const colours = geoStory.factions.map((f) => [1, 3, 5].map((i) => Number.parseInt(f.colour.slice(i, i + 2), 16)));
    const bins = timeline(page).locator('.timeline-lane-reported .timeline-bin, .timeline-lane-claims .timeline-bin');
    expect(await bins.count()).toBeGreaterThan(0);
    // Each bar read back from its lane's canvas, in a column through the middle of its button, bottom up.
    const columns = await bins.evaluateAll((buttons) =>
      buttons.map((button) => {
        const lane = button.closest('.timeline-lane')!;
        const canvas = lane.querySelector('canvas')!;
        const [b, c] = [button.getBoundingClientRect(), canvas.getBoundingClientRect()];
        const ratio = canvas.width / c.width;
        const x = Math.round((b.left + b.width / 2 - c.left) * ratio);
        const column: number[][] = [];
        const context = canvas.getContext('2d')!;
        for (let y = canvas.height - 1; y >= 0; y--) column.push([...context.getImageData(x, y, 1, 1).data]);
        return { name: button.getAttribute('aria-label') ?? '', claim: lane.matches('.timeline-lane-claims'), column };
      }),
    );
    const near = (p: number[], q: number[], by = 12) => q.every((v, i) => Math.abs(p[i]! - v) <= by);
    for (const { name, claim, column } of columns) {
      const painted = column.filter((p) => p[3]! > 200);
      // Drawn, standing on the lane's bottom, and shorter than the lane unless it is the week with the most.
      expect(painted.length, name).toBeGreaterThan(2);
      expect(column[0]![3], name).toBeGreaterThan(200);
      // In the factions' colours (and, for a claim, the hatching's white over them).
      const inColour = painted.filter((p) => colours.some((c) => near(p, c)));
      expect(inColour.length, `${name}: pixels in a faction's colour`).toBeGreaterThan(0);
      const whitened = painted.filter((p) => !colours.some((c) => near(p, c)) && p[0]! > 180 && p[1]! > 180 && p[2]! > 180);
      if (claim) expect(whitened.length, `${name}: hatched`).toBeGreaterThan(0);
      else expect(inColour.length, `${name}: solid`).toBe(painted.length);
    }
    const week = timeline(page).getByRole('button', { name: /^\d+ events week of 17 May 2020: show only this week$/ });
    await week.click();
    await expect.poll(() => dates(page)).toBe('2020-05-17/2020-05-23');
    expect(problems).toEqual([]);
  });

  it('zooms out to the background years and back in to days', async () => {
    const { page, problems } = await openApp(browser, '#from=2020-05-15&to=2020-05-23');
    await waitForApp(page);
    const ticks = () => timeline(page).locator('.timeline-tick').allTextContents();
    expect((await ticks()).some((t) => /^\d{1,2} May$/.test(t))).toBe(true);
    const out = timeline(page).getByRole('button', { name: 'Zoom out the timeline' });
    while (await out.isEnabled()) await out.click();
    await expect.poll(async () => (await ticks()).some((t) => t === '2011' || t === '2012')).toBe(true);
    const zoomIn = timeline(page).getByRole('button', { name: 'Zoom in the timeline' });
    for (let i = 0; i < 10 && (await zoomIn.isEnabled()); i++) await zoomIn.click();
    await expect.poll(async () => (await ticks()).some((t) => /^\d{1,2} May$/.test(t))).toBe(true);
    // Zooming is the timeline's alone: the window did not move.
    expect(await dates(page)).toBe('2020-05-15/2020-05-23');
    expect(problems).toEqual([]);
  });

  // A single day is a dozen pixels wide on a phone, under forty on a desktop: too narrow for its date between the handles.
  for (const [viewport, name] of [[PHONE, 'a phone'], [DESKTOP, 'a desktop']] as const) {
    for (const [from, to, text] of [['2020-05-18', '2020-05-18', '18 May 2020'], ['2020-05-17', '2020-05-18', '17–18 May 2020']] as const) {
      it(`on ${name}, a window too narrow for its dates (${text}) shows them whole beside it, clear of the handles`, async () => {
        const { page, problems } = await openApp(browser, `#from=${from}&to=${to}`, { viewport });
        await waitForApp(page);
        const label = page.locator('.timeline-window-text');
        await expect.poll(() => label.textContent()).toBe(text);
        const boxes = await page.evaluate(() => {
          const box = (selector: string) => {
            const r = document.querySelector(selector)!.getBoundingClientRect();
            return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
          };
          return { label: box('.timeline-window-text'), from: box('.timeline-handle-from'), to: box('.timeline-handle-to'), track: box('.timeline-window-row') };
        });
        const apart = (a: typeof boxes.label, b: typeof boxes.label) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart(boxes.label, boxes.from), 'the start handle covers the dates').toBe(true);
        expect(apart(boxes.label, boxes.to), 'the end handle covers the dates').toBe(true);
        expect(boxes.label.left).toBeGreaterThanOrEqual(boxes.track.left);
        expect(boxes.label.right).toBeLessThanOrEqual(boxes.track.right);
        // Drawn where it is, not clipped by the window's box.
        const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.textContent, { x: (boxes.label.left + boxes.label.right) / 2, y: (boxes.label.top + boxes.label.bottom) / 2 });
        expect(hit).toBe(text);
        expect(problems).toEqual([]);
      });
    }
  }

  for (const [viewport, name] of [[PHONE, 'a phone'], [DESKTOP, 'a desktop']] as const) {
    it(`on ${name}, a handle at the range's first or last day is drawn whole inside the track, its line on the boundary`, async () => {
      const { page, problems } = await openApp(browser, '', { viewport });
      await waitForApp(page);
      const start = timeline(page).getByRole('slider', { name: 'Window starts' });
      const end = timeline(page).getByRole('slider', { name: 'Window ends' });
      await end.focus();
      await page.keyboard.press('End');
      await start.focus();
      await page.keyboard.press('Home');
      // Home and End took the handles to the range's ends.
      expect(await start.getAttribute('aria-valuenow')).toBe(await start.getAttribute('aria-valuemin'));
      expect(await end.getAttribute('aria-valuenow')).toBe(await end.getAttribute('aria-valuemax'));
      const seen = await page.evaluate(() => {
        const row = document.querySelector('.timeline-window-row')!.getBoundingClientRect();
        const track = document.querySelector('.timeline-track')!.getBoundingClientRect();
        return [...document.querySelectorAll<HTMLElement>('.timeline-handle')].map((h) => {
          const box = h.getBoundingClientRect();
          const line = getComputedStyle(h, '::before');
          const lineX = box.left + h.clientLeft + parseFloat(line.left) + parseFloat(line.width) / 2;
          return { left: box.left, right: box.right, lineX, trackLeft: track.left, trackRight: track.right, rowLeft: row.left, rowRight: row.right };
        });
      });
      const [from, to] = seen;
      expect(from!.left, 'the start handle is cut by the track’s left edge').toBeGreaterThanOrEqual(from!.trackLeft - 0.5);
      expect(to!.right, 'the end handle is cut by the track’s right edge').toBeLessThanOrEqual(to!.trackRight + 0.5);
      // Each line still stands on its boundary: the window spans the whole row.
      expect(Math.abs(from!.lineX - from!.rowLeft)).toBeLessThanOrEqual(1.5);
      expect(Math.abs(to!.lineX - to!.rowRight)).toBeLessThanOrEqual(1.5);
      await saveScreenshot(page, `timeline-range-ends-${viewport.width}`);
      expect(problems).toEqual([]);
    });
  }

  it('on a phone: fits 390 px without sideways scrolling and lies below the map, not over it', async () => {
    const { page, problems } = await openApp(browser, '', { viewport: PHONE });
    await waitForApp(page);
    const region = timeline(page);
    await region.waitFor();
    const layout = await page.evaluate(() => {
      const t = document.querySelector('.timeline')!;
      const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
      return { page: document.documentElement.scrollWidth, width: t.getBoundingClientRect().width, overflow: t.scrollWidth - t.clientWidth, top: t.getBoundingClientRect().top, mapBottom: map.bottom };
    });
    expect(layout.page).toBeLessThanOrEqual(PHONE.width);
    expect(layout.width).toBeLessThanOrEqual(PHONE.width);
    expect(layout.overflow).toBeLessThanOrEqual(0);
    expect(layout.mapBottom).toBeLessThanOrEqual(layout.top);
    // The window's dates read whole inside it, not cut at its edges.
    const label = page.locator('.timeline-window-text');
    expect(await label.textContent()).toBe('15–23 May 2020');
    // Inside the window, where they fit, not beside it.
    expect(await label.evaluate((el) => el.closest('.timeline-window') !== null)).toBe(true);
    const cut = await page.locator('.timeline-window').evaluate((w) => w.scrollWidth - w.clientWidth);
    expect(cut).toBeLessThanOrEqual(0);
    // Thumb-sized handles and zoom buttons.
    const grip = (await page.locator('.timeline-handle-to').boundingBox())!;
    expect(grip.width).toBeGreaterThanOrEqual(20);
    // The chosen speed and the count read whole: neither is cut short.
    const speed = await page.getByLabel('Speed').evaluate((select: HTMLSelectElement) => {
      const text = document.createElement('span');
      text.style.font = getComputedStyle(select).font;
      text.style.whiteSpace = 'pre';
      text.textContent = select.selectedOptions[0]!.textContent;
      document.body.append(text);
      const width = text.getBoundingClientRect().width;
      text.remove();
      // Room for the text: the select's inside less its padding and the arrow's 16 px or so.
      const style = getComputedStyle(select);
      return { text: select.selectedOptions[0]!.textContent, room: select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16 - width };
    });
    expect(speed.text).toBe('1 day a second');
    expect(speed.room).toBeGreaterThanOrEqual(0);
    const summary = page.locator('.timeline-summary');
    expect(await summary.textContent()).toMatch(/^\d+ events? from 15 May 2020 to 23 May 2020, plus \d+ known only to the month or year\.$/);
    expect(await summary.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
    await saveScreenshot(page, 'timeline-phone');
    expect(problems).toEqual([]);
  });

  it('says why it counts so few when a link turned the Events layer off, and stops saying so once it is on', async () => {
    const opened = await openApp(browser, '#layers=gna,lna,other,zones,route,labels', { viewport: PHONE });
    const { page, problems } = opened;
    // No event marker to wait for: the map and the app.
    await waitForMap(opened);
    const summary = page.locator('.timeline-summary');
    // The jets' route, a line, still shows and counts.
    await expect.poll(() => summary.textContent()).toBe('1 event from 15 May 2020 to 23 May 2020; the Events layer is off (Layers & dates).');
    await page.getByRole('button', { name: 'Layers & dates' }).click();
    await page.getByRole('checkbox', { name: 'Events' }).check();
    await expect.poll(() => summary.textContent()).toMatch(/^\d+ events? from 15 May 2020 to 23 May 2020, plus \d+ known only to the month or year\.$/);
    expect(problems).toEqual([]);
  });
});
