// The map with the keyboard alone: a skip link first, the toolbar and panels
// before the map, markers, clusters and the route label opened with Enter,
// and Escape closing the detail panel, the List, a dialog and the Layers
// panel in turn, focus going back to where it was each time.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, hashParams, launchBrowser, openApp, saveScreenshot, waitForApp } from './browser';


/** What has focus: its tag, classes, text and size, enough to tell stops apart in a failure. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const r = el?.getBoundingClientRect();
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      cls: typeof el?.className === 'string' ? el.className : '',
      text: (el?.textContent ?? '').trim().slice(0, 40),
      inToolbar: el?.closest('.toolbar') !== null,
      inSidePanel: el?.closest('.side-panel') !== null,
      onMap: el?.closest('.leaflet-container') !== null,
      width: r?.width ?? 0,
      height: r?.height ?? 0,
    };
  });
}

/** Presses Tab until the focused element matches `selector` (and says `text`, if given). */
async function tabTo(page: Page, selector: string, text?: string, limit = 200): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await focusMatches(page, selector, text)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

function focusMatches(page: Page, selector: string, text?: string): Promise<boolean> {
  return page.evaluate(([s, t]) => {
    const el = document.activeElement;
    return el?.matches(s!) === true && (t === undefined || el.textContent?.trim() === t);
  }, [selector, text] as const);
}

describeBrowser('keyboard only', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('Tab reaches the skip link first, then the toolbar, the panels and the map, and nothing of zero size', async () => {
    const { page, problems } = await openApp(browser);
    await waitForApp(page);
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first.text).toBe('Skip to the map');
    // Visible when focused, so a sighted keyboard user sees where they are.
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    const inView = await page.locator('.skip-link').boundingBox();
    expect(inView!.y).toBeGreaterThanOrEqual(0);
    await saveScreenshot(page, 'keyboard-skip-link');

    const stops = [first];
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const stop = await focused(page);
      if (stop.text === 'Skip to the map' || stop.tag === 'body') break;
      stops.push(stop);
    }
    const firstIndex = (test: (s: (typeof stops)[number]) => boolean) => stops.findIndex(test);
    const toolbar = firstIndex((s) => s.inToolbar);
    const panel = firstIndex((s) => s.inSidePanel);
    const map = firstIndex((s) => s.onMap);
    expect(toolbar).toBeGreaterThan(0);
    expect(panel).toBeGreaterThan(toolbar);
    expect(map).toBeGreaterThan(panel);
    // Nothing in the toolbar or panels comes after the map's first stop.
    expect(stops.slice(map).filter((s) => s.inToolbar || s.inSidePanel)).toEqual([]);
    expect(stops.filter((s) => s.width < 1 || s.height < 1)).toEqual([]);
    // The route's label is among the stops, as the box a reader sees.
    expect(stops.some((s) => s.cls.includes('route-label'))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('the skip link takes focus to the map, from where Tab reaches the markers', async () => {
    const { page, problems } = await openApp(browser);
    await waitForApp(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusMatches(page, '.leaflet-container')).toBe(true);
    await page.keyboard.press('Tab');
    expect((await focused(page)).onMap).toBe(true);
    expect(problems).toEqual([]);
  });

  it('Enter opens an event from a marker and from the route label, and zooms into a cluster', async () => {
    const { page, problems } = await openApp(browser);
    await waitForApp(page);
    await tabTo(page, '.leaflet-marker-icon:has(.event-marker[data-location="al-watiya-air-base"])');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await hashParams(page)).get('event')).toBe('2020-05-18-watiya-captured');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.detail-panel').count()).toBe(0);

    await page.locator('.route-label').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await hashParams(page)).get('event')).toBe('2020-05-hmeimim-to-eastern-libya-jets');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.detail-panel').count()).toBe(0);
    // Focus back on the label's visible box.
    await expect.poll(() => focusMatches(page, '.route-label')).toBe(true);

    await tabTo(page, '.leaflet-marker-icon:has(.event-marker[data-cluster])');
    const zoom = Number((await hashParams(page)).get('map')!.split('/')[0]);
    await page.keyboard.press('Enter');
    // The zoom's animation, then the link: up to seconds on a busy machine.
    await expect.poll(async () => Number((await hashParams(page)).get('map')!.split('/')[0]), { timeout: 5_000 }).toBeGreaterThan(zoom);
    expect(problems).toEqual([]);
  });

  it('Escape closes the detail panel, the List, a dialog and the Layers panel in turn, focus going back each time', async () => {
    const { page, problems } = await openApp(browser);
    await waitForApp(page);
    // The List, opened from its button; an event opened from it.
    await tabTo(page, '.list-toggle');
    await page.keyboard.press('Enter');
    await page.locator('.event-list-panel').waitFor();
    await tabTo(page, '[data-list-event="2020-05-18-watiya-captured"]');
    await page.keyboard.press('Enter');
    await page.locator('.detail-panel').waitFor();
    await expect.poll(() => focusMatches(page, '#detail-title')).toBe(true);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.detail-panel').count()).toBe(0);
    await expect.poll(() => focusMatches(page, '[data-list-event="2020-05-18-watiya-captured"]')).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.event-list-panel').count()).toBe(0);
    await expect.poll(() => focusMatches(page, '.list-toggle')).toBe(true);

    // A dialog, opened from the Layers panel (which the List closed).
    await tabTo(page, '.panel-toggle');
    await page.keyboard.press('Enter');
    await page.locator('.side-panel').waitFor();
    await tabTo(page, '.side-panel button', 'Coverage');
    await page.keyboard.press('Enter');
    await page.locator('.coverage-dialog').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.coverage-dialog').count()).toBe(0);
    await expect.poll(() => focusMatches(page, '.side-panel button', 'Coverage')).toBe(true);

    // The Layers panel itself.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.side-panel').isVisible()).toBe(false);
    await expect.poll(() => focusMatches(page, '.panel-toggle')).toBe(true);
    expect(problems).toEqual([]);
  });

  it("Escape closes the event's panel when focus is on the map or the toolbar, as after the story's card has closed", async () => {
    const { page, problems } = await openApp(browser, '#event=2020-05-20-pantsir-paraded-in-tripoli');
    await waitForApp(page);
    await page.locator('.detail-panel').waitFor();
    // The map, focused by a click on open sea (no marker there): the panel stays until Escape.
    const map = (await page.locator('.leaflet-container').boundingBox())!;
    await page.mouse.click(map.x + map.width * 0.45, map.y + 40);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.detail-panel').count()).toBe(0);
    await expect.poll(async () => (await hashParams(page)).has('event')).toBe(false);

    // A story step opens its event; Escape on the card closes the story (focus to the toolbar's Story button), the next the event.
    const tour = await openApp(browser, '#story=escalation-may-2020&step=2');
    await waitForApp(tour.page);
    await tour.page.locator('.story-tour').waitFor();
    await tour.page.locator('.detail-panel').waitFor();
    await tour.page.locator('.story-tour .story-tour-step').focus();
    await tour.page.keyboard.press('Escape');
    await expect.poll(() => tour.page.locator('.story-tour').count()).toBe(0);
    expect(await tour.page.locator('.detail-panel').count()).toBe(1);
    await tour.page.keyboard.press('Escape');
    await expect.poll(() => tour.page.locator('.detail-panel').count()).toBe(0);
    expect(problems).toEqual([]);
    expect(tour.problems).toEqual([]);
  });
});
