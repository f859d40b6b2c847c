// Following the story: the Story button opens the first tour; Next walks its
// steps, each opening its event with its dates and moving the map; Back and
// Forward move a step; a step's link opened in a new page shows that step;
// the keyboard alone does all of it; on a phone the tour panel and the
// detail sheet leave the step's place in view. What each step should show
// is read from geo/ here, not from the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, hashParams, launchBrowser, openApp, saveScreenshot, waitForApp, writtenUrl, PHONE } from './browser';

const geo = fileURLToPath(new URL('../../geo/', import.meta.url));
interface Step { event?: string; from?: string; to?: string; text: string }
const narratives = JSON.parse(readFileSync(join(geo, 'narratives.json'), 'utf8')) as { id: string; title: string; steps: Step[] }[];
const events = JSON.parse(readFileSync(join(geo, 'events.json'), 'utf8')) as { id: string; title: string; path?: unknown }[];
const tour = narratives[0]!;
const titleOf = (id: string | undefined) => events.find((e) => e.id === id)?.title;

/** What the page shows of the tour and the open event, and what the URL says, in one look. */
function shown(page: Page) {
  return page.evaluate(() => {
    const params = new URLSearchParams(window.location.hash.slice(1));
    return {
      story: params.get('story'),
      step: params.get('step'),
      event: params.get('event'),
      from: params.get('from'),
      to: params.get('to'),
      count: document.querySelector('.story-tour-count')?.textContent ?? null,
      text: document.querySelector('.story-tour-text')?.textContent ?? null,
      detail: document.querySelector('#detail-title')?.textContent ?? null,
    };
  });
}

function expected(index: number) {
  const step = tour.steps[index]!;
  return {
    story: tour.id,
    step: String(index + 1),
    event: step.event ?? null,
    from: step.from,
    to: step.to,
    count: `Step ${index + 1} of ${tour.steps.length}`,
    text: step.text,
    detail: titleOf(step.event) ?? null,
  };
}

/**
 * 'in view' when the chosen marker (or, for an event with a path, the middle
 * of its line) is on the map and under none of the toolbar, the tour panel,
 * the detail panel or the zoom buttons; otherwise what covers it.
 */
function chosenPlace(page: Page, line: boolean): Promise<string> {
  return page.evaluate((line) => {
    const target = document.querySelector(line ? '.route-line' : '.event-marker-selected');
    if (!target) return 'no chosen marker or line';
    const t = target.getBoundingClientRect();
    const [x, y] = [(t.left + t.right) / 2, (t.top + t.bottom) / 2];
    const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
    if (x < map.left || x > map.right || y < map.top || y > map.bottom) return `(${x}, ${y}) is off the map`;
    const covers = [...document.querySelectorAll('.toolbar, .story-tour, .detail-panel, .leaflet-control-zoom')]
      .map((el) => ({ name: el.className, r: el.getBoundingClientRect() }));
    const under = covers.find(({ r }) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
    return under ? `(${Math.round(x)}, ${Math.round(y)}) is under .${under.name}` : 'in view';
  }, line);
}

function focusIs(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => document.activeElement?.matches(s) === true, selector);
}

describeBrowser('following the story', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has 8 to 12 steps, each with an event the data has', () => {
    expect(tour.steps.length).toBeGreaterThanOrEqual(8);
    expect(tour.steps.length).toBeLessThanOrEqual(12);
    for (const step of tour.steps) if (step.event) expect(titleOf(step.event), step.event).toBeDefined();
  });

  it('Story, then Next through every step; Back and Forward move a step; a step\'s link reopens it in a new page', async () => {
    const { page, problems } = await openApp(browser);
    await waitForApp(page);
    await page.getByRole('button', { name: 'Story' }).click();
    const region = page.getByRole('region', { name: tour.title });
    await expect.poll(() => region.count()).toBe(1);
    const links: string[] = [];
    for (let i = 0; i < tour.steps.length; i++) {
      if (i > 0) await region.getByRole('button', { name: 'Next' }).click();
      await expect.poll(() => shown(page)).toEqual(expected(i));
      expect(await focusIs(page, '.story-tour-step')).toBe(true);
      links.push((await writtenUrl(page)).href);
      if (i === 2) await saveScreenshot(page, 'tour-desktop-step3');
    }
    expect(await region.getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);
    // The map moved between steps: not every step's link is the same view.
    expect(new Set(links.map((l) => new URL(l).hash.match(/map=[^&]+/)?.[0])).size).toBeGreaterThan(1);

    const last = tour.steps.length - 1;
    await page.goBack();
    await expect.poll(() => shown(page)).toEqual(expected(last - 1));
    await page.goForward();
    await expect.poll(() => shown(page)).toEqual(expected(last));
    await region.getByRole('button', { name: 'Previous' }).click();
    await expect.poll(() => shown(page)).toEqual(expected(last - 1));

    // A step's link, as copied, in a page of its own: the same step, dates, event and view.
    const link = links[2]!;
    const fresh = await openApp(browser, new URL(link).hash);
    await waitForApp(fresh.page);
    await expect.poll(() => shown(fresh.page)).toEqual(expected(2));
    expect((await hashParams(fresh.page)).get('map')).toBe(new URLSearchParams(new URL(link).hash.slice(1)).get('map'));

    // Closing the tour takes story= and step= out of the link.
    await page.getByRole('button', { name: 'Close the story' }).click();
    await expect.poll(() => region.count()).toBe(0);
    await expect.poll(async () => [(await hashParams(page)).has('story'), (await hashParams(page)).has('step')]).toEqual([false, false]);
    expect(problems).toEqual([]);
    expect(fresh.problems).toEqual([]);
  });

  it('a link to a tour or step that is not there opens the map with a notice', async () => {
    const { page, problems } = await openApp(browser, `#story=${tour.id}&step=99`);
    await waitForApp(page);
    await expect.poll(() => shown(page)).toMatchObject({ story: tour.id, step: '1', count: `Step 1 of ${tour.steps.length}` });
    await expect.poll(() => page.getByText("Ignored the tour's step 99: that tour has").count()).toBe(1);
    const other = await openApp(browser, '#story=no-such-tour&step=2');
    await waitForApp(other.page);
    // In a reader's words: the notice names the part of the link, not the id it held.
    await expect.poll(() => other.page.locator('.notice').allTextContents()).toEqual([
      "Ignored the link's story tour: this map has no such tour.",
      "Ignored the tour's step 2: the link names no tour.",
    ]);
    expect(await other.page.locator('.story-tour').count()).toBe(0);
    expect([...problems, ...other.problems]).toEqual([]);
  });

  it('a link that names only a step (story and step, typed or cut short) opens that step whole: its dates, its event, its place', async () => {
    // The fourth step's dates and event are not the default window's (15 to 23 May) and none is open by default.
    const index = 3;
    const step = tour.steps[index]!;
    expect([step.from, step.to]).not.toEqual(['2020-05-15', '2020-05-23']);
    expect(step.event).toBeDefined();
    const plain = await openApp(browser, '', { fresh: true });
    await waitForApp(plain.page);
    const entries = await plain.page.evaluate(() => history.length);
    const { page, problems } = await openApp(browser, `#story=${tour.id}&step=${index + 1}`, { fresh: true });
    await waitForApp(page);
    await expect.poll(() => shown(page)).toEqual(expected(index));
    expect(await page.locator('input[name=from]').inputValue()).toBe(step.from);
    expect(await page.locator('input[name=to]').inputValue()).toBe(step.to);
    // Completed in the link's own history entry: no entry of its own for Back to land on.
    expect(await page.evaluate(() => history.length)).toBe(entries);
    expect(await chosenPlace(page, false)).toBe('in view');
    // The tour's card stands where the Layers & dates panel does: the panel is closed, as the Story button closes it.
    expect(await page.locator('.side-panel.open').count()).toBe(0);
    await saveScreenshot(page, 'tour-linked-step-1280');
    // What the link does give wins: its own dates stay, the step's event still opens.
    const dated = await openApp(browser, `#story=${tour.id}&step=${index + 1}&from=2020-05-15&to=2020-05-23`);
    await waitForApp(dated.page);
    await expect.poll(() => shown(dated.page)).toEqual({ ...expected(index), from: '2020-05-15', to: '2020-05-23' });
    expect([...problems, ...plain.problems, ...dated.problems]).toEqual([]);
  });

  it('by keyboard alone: Story, Next, Previous, Escape back to the Story button', async () => {
    const { page, problems } = await openApp(browser);
    await waitForApp(page);
    for (let i = 0; i < 30 && !(await focusIs(page, '.story-toggle')); i++) await page.keyboard.press('Tab');
    expect(await focusIs(page, '.story-toggle')).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => shown(page)).toEqual(expected(0));
    await expect.poll(() => focusIs(page, '.story-tour-step')).toBe(true);
    // From the step: Previous is disabled at the first step, so Tab reaches Next.
    await page.keyboard.press('Tab');
    expect(await focusIs(page, '.story-next')).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => shown(page)).toEqual(expected(1));
    await expect.poll(() => focusIs(page, '.story-tour-step')).toBe(true);
    expect(await page.locator('.story-tour-count[aria-live="polite"]').textContent()).toBe(`Step 2 of ${tour.steps.length}`);
    await page.keyboard.press('Tab');
    expect(await focusIs(page, '.story-prev')).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => shown(page)).toEqual(expected(0));
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.story-tour').count()).toBe(0);
    await expect.poll(() => focusIs(page, '.story-toggle')).toBe(true);
    expect((await hashParams(page)).has('story')).toBe(false);
    expect(problems).toEqual([]);
  });

  it('at the last step Next is off and looks it, beside a live Previous', async () => {
    const { page, problems } = await openApp(browser, `#story=${tour.id}&step=${tour.steps.length}`);
    await waitForApp(page);
    await expect.poll(() => shown(page)).toEqual(expected(tour.steps.length - 1));
    const look = (selector: string) =>
      page.locator(selector).evaluate((el) => {
        const style = getComputedStyle(el);
        return { disabled: (el as HTMLButtonElement).disabled, colour: style.color, background: style.backgroundColor };
      });
    const [next, previous] = [await look('.story-next'), await look('.story-prev')];
    expect(next.disabled).toBe(true);
    expect(previous.disabled).toBe(false);
    // Seen, not only announced: a button that does nothing is greyed where the live one is not.
    expect(next.colour).not.toBe(previous.colour);
    expect(next.background).not.toBe(previous.background);
    expect(problems).toEqual([]);
  });

  // A small laptop, 800 px wide: the tour card (340 px) and the event's panel (380) left 64 px of map between them,
  // too little to bring a place into, so the map left each step's place under the card.
  it.each([
    ['a phone', 'the tour panel and the detail sheet', PHONE],
    ['a small laptop (800×600)', 'the tour card and the event panel', { width: 800, height: 600 }],
  ] as const)('on %s, every step leaves its place in view between %s', async (_, __, viewport) => {
    const { page, problems } = await openApp(browser, '', { viewport });
    await waitForApp(page);
    await page.getByRole('button', { name: 'Story' }).click();
    for (let i = 0; i < tour.steps.length; i++) {
      if (i > 0) await page.getByRole('button', { name: 'Next' }).click();
      await expect.poll(() => shown(page)).toEqual(expected(i));
      const step = tour.steps[i]!;
      if (!step.event) continue;
      const line = events.find((e) => e.id === step.event)?.path !== undefined;
      await expect.poll(() => chosenPlace(page, line), { message: `step ${i + 1}, ${step.event}` }).toBe('in view');
      if (i === 2) await saveScreenshot(page, `tour-${viewport.width}-step3`);
    }
    expect(problems).toEqual([]);
  });
});
