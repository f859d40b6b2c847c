// The interactive map as a person uses it: layers, markers, panel, dates,
// search, permalinks and history, in the built app in real Chromium.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, hashParams, launchBrowser, openApp, saveScreenshot, sharedApp, waitForApp, writtenUrl, PHONE } from './browser';

const ready = waitForApp;

async function clickMarkerAt(page: Page, locationId: string) {
  await page.locator(`.event-marker[data-location="${locationId}"]`).click();
}

describeBrowser('interactive map', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  /** The tests that start from the default view take turns on one loaded app (sharedApp resets it). */
  const app = sharedApp(() => browser);

  it('the toolbar, the panels and the timeline over the map are opaque: no marker shows through as a ghost', async () => {
    // At 97% white, Ankara's marker showed through the toolbar with the jet transfer open.
    const { page, problems } = await openApp(browser, '#event=2020-05-hmeimim-to-eastern-libya-jets');
    await waitForApp(page);
    await page.locator('.detail-panel').waitFor();
    const alphas = await page.evaluate(() =>
      ['.toolbar', '.side-panel', '.detail-panel', '.timeline'].map((selector) => {
        const colour = getComputedStyle(document.querySelector(selector)!).backgroundColor;
        const parts = colour.match(/[\d.]+/g)!.map(Number);
        return [selector, parts.length === 4 ? parts[3] : 1] as const;
      }),
    );
    expect(alphas).toEqual([['.toolbar', 1], ['.side-panel', 1], ['.detail-panel', 1], ['.timeline', 1]]);
    expect(problems).toEqual([]);
  });

  it('hiding a faction removes its zones and markers, showing it brings them back', async () => {
    const { page, problems } = await app();
    const gnaZones = page.locator('.leaflet-zones-pane path.zone-gna');
    const watiya = page.locator('.event-marker[data-location="al-watiya-air-base"]');
    expect(await gnaZones.count()).toBeGreaterThan(0);
    await expect.poll(() => watiya.count()).toBe(1);
    const markersBefore = await page.locator('.event-marker').count();

    await page.getByLabel('GNA and backers (Turkey)').uncheck();
    await expect.poll(() => gnaZones.count()).toBe(0);
    await expect.poll(() => watiya.count()).toBe(0);
    expect(await page.locator('.event-marker').count()).toBeLessThan(markersBefore);
    expect((await hashParams(page)).get('layers')).not.toContain('gna');

    await page.getByLabel('GNA and backers (Turkey)').check();
    await expect.poll(() => gnaZones.count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.event-marker').count()).toBe(markersBefore);

    await page.getByLabel('Control zones').uncheck();
    await expect.poll(() => page.locator('.leaflet-zones-pane path').count()).toBe(0);
    await page.getByLabel('Reported jet transfer').uncheck();
    await expect.poll(() => page.locator('.route-line').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('selecting a marker opens its panel with every source quote, and the URL names the event', async () => {
    const { page, problems } = await app();
    await clickMarkerAt(page, 'al-watiya-air-base');
    const panel = page.locator('.detail-panel');
    await expect.poll(() => panel.locator('h2').textContent()).toMatch(/Watiya/i);
    expect(await panel.locator('.source-quote').count()).toBe(5);
    expect(await panel.locator('.coverage').textContent()).toBe('Reported by 5 of the 5 articles');
    expect(await panel.locator('.event-date').textContent()).toContain('18 May 2020');
    expect((await hashParams(page)).get('event')).toBe('2020-05-18-watiya-captured');
    await saveScreenshot(page, 'desktop-event-panel');
    await page.locator('.detail-panel .close').click();
    await expect.poll(() => panel.count()).toBe(0);
    expect((await hashParams(page)).get('event')).toBeNull();
    expect(problems).toEqual([]);
  });

  it('several events at one place show a count that opens a list to choose from', async () => {
    // Ankara lies north of the story's bounds: a view that shows it above the timeline.
    const { page } = await openApp(browser, '#map=5/34.000/25.000');
    await ready(page);
    const ankara = page.locator('.event-marker[data-location="ankara"]');
    const count = Number(await ankara.getAttribute('data-count'));
    expect(count).toBeGreaterThan(1);
    expect(await ankara.textContent()).toBe(String(count));
    await ankara.click();
    const items = page.locator('.place-events button');
    await expect.poll(() => items.count()).toBe(count);
    await items.first().click();
    await expect.poll(() => page.locator('.event-detail .source-quote').count()).toBeGreaterThan(0);
    expect((await hashParams(page)).get('event')).toMatch(/^2020-05/);
  });

  it("a marker's ring says how many of its events are claims: none solid, some dotted, all dashed", async () => {
    const { page } = await app();
    const rings = await page.locator('.event-marker').evaluateAll((els) =>
      els.map((el) => ({
        style: getComputedStyle(el).borderTopStyle,
        claims: Number((el as HTMLElement).dataset.claims),
        count: Number((el as HTMLElement).dataset.count),
      })),
    );
    const expected = (r: { claims: number; count: number }) => (r.claims === 0 ? 'solid' : r.claims === r.count ? 'dashed' : 'dotted');
    expect(rings.map((r) => r.style)).toEqual(rings.map(expected));
    // The escalation week has all three: Al-Watiya only reports, Ankara only threats, Tripoli's cluster both.
    expect(new Set(rings.map(expected))).toEqual(new Set(['solid', 'dashed', 'dotted']));
  });

  it('the reported jet transfer is a dashed, labelled line that opens its claim', async () => {
    const { page, problems } = await app();
    const line = page.locator('.route-line');
    await expect.poll(() => line.count()).toBe(1);
    expect(await line.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(await page.locator('.route-arrow').count()).toBeGreaterThan(0);
    const label = page.locator('.route-label');
    const text = (await label.textContent()) ?? '';
    expect(text).toMatch(/MiG-29/);
    const scale = (await page.locator('.route-label-scale').textContent()) ?? '';
    const km = Number(/([\d,]+) km/.exec(scale)?.[1]?.replace(/,/g, ''));
    expect(km).toBeGreaterThan(1200);
    expect(km).toBeLessThan(2600);
    await label.click();
    const panel = page.locator('.event-detail[data-event="2020-05-hmeimim-to-eastern-libya-jets"]');
    await expect.poll(() => panel.count()).toBe(1);
    expect((await hashParams(page)).get('event')).toBe('2020-05-hmeimim-to-eastern-libya-jets');
    expect(await panel.locator('.claimed-by').textContent()).toMatch(/Bashagha/);
    expect(await panel.locator('.route-aircraft').textContent()).toMatch(/MiG-29/);
    expect(await panel.locator('.source-quote').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('a permalink made when the transfer was a route of its own still opens it', async () => {
    const { page, problems } = await openApp(browser, '#map=5/29.000/22.000&event=2020-05-hmeimim-to-eastern-libya-jets');
    await ready(page);
    const panel = page.locator('.event-detail[data-event="2020-05-hmeimim-to-eastern-libya-jets"]');
    await expect.poll(() => panel.count()).toBe(1);
    expect(await panel.locator('.event-path').textContent()).toMatch(/Hmeimim.*→/);
    await expect.poll(() => page.locator('.route-line').count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('the date control changes which events show, and zones follow the date', async () => {
    const { page, problems } = await app();
    const asOf = page.locator('.zones-as-of');
    const weekAsOf = await asOf.textContent();
    await page.fill('input[name=from]', '2011-01-01');
    await page.press('input[name=from]', 'Enter');
    await page.fill('input[name=to]', '2011-12-31');
    await page.press('input[name=to]', 'Enter');
    await expect.poll(() => page.locator('.event-count').textContent()).toBe('1 event');
    expect(await page.locator('.event-marker').count()).toBe(1);
    expect((await hashParams(page)).get('from')).toBe('2011-01-01');
    expect((await hashParams(page)).get('to')).toBe('2011-12-31');
    expect(await asOf.textContent()).toMatch(/No control zones recorded/);

    await page.getByRole('button', { name: 'Escalation week' }).click();
    await expect.poll(() => asOf.textContent()).toBe(weekAsOf);
    await page.fill('input[name=to]', '2020-05-17');
    await page.press('input[name=to]', 'Enter');
    await page.fill('input[name=from]', '2020-05-10');
    await page.press('input[name=from]', 'Enter');
    await expect.poll(() => asOf.textContent()).not.toBe(weekAsOf);
    expect(problems).toEqual([]);
  });

  it('search finds Al-Watiya by "Watiya" and moves the map to it', async () => {
    const { page, problems } = await app();
    await page.getByLabel('Find a place').fill('Watiya');
    await expect.poll(() => page.getByRole('option').first().textContent()).toMatch(/Al-Watiya/i);
    await page.getByLabel('Find a place').press('Enter');
    await expect.poll(async () => (await hashParams(page)).get('map')?.split('/')[0]).toBe('9');
    const [, lat, lng] = (await hashParams(page)).get('map')!.split('/').map(Number);
    expect(lat).toBeGreaterThan(31.5);
    expect(lat).toBeLessThan(32.5);
    expect(lng).toBeGreaterThan(11.5);
    expect(lng).toBeLessThan(12.5);
    expect(problems).toEqual([]);
  });

  it('a permalink opened in a new page restores centre, zoom, layers, dates and the open event', async () => {
    const hash = '#map=7/32.500/13.200&layers=gna,other,zones,events&event=2020-05-20-pantsir-paraded-in-tripoli&from=2020-05-18&to=2020-05-22';
    const { page, problems } = await openApp(browser, hash);
    await page.waitForSelector('.detail-panel');
    expect(await page.locator('.detail-panel h2').textContent()).toMatch(/Pantsir/i);
    expect(await page.getByLabel('LNA and backers (UAE, Egypt, Russia, Wagner)').isChecked()).toBe(false);
    expect(await page.getByLabel('GNA and backers (Turkey)').isChecked()).toBe(true);
    expect(await page.getByLabel('Place labels').isChecked()).toBe(false);
    expect(await page.inputValue('input[name=from]')).toBe('2020-05-18');
    expect(await page.inputValue('input[name=to]')).toBe('2020-05-22');
    await expect.poll(() => new URL(page.url()).hash).toBe(hash);
    expect(problems).toEqual([]);
  });

  it('a broken permalink keeps its valid parts and says what it ignored', async () => {
    const { page, problems } = await openApp(browser, '#map=99/xx/13&layers=gna,events,bogus&from=2020-05-19&event=no-such-event');
    await ready(page);
    const notices = page.locator('.notice');
    await expect.poll(() => notices.count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByLabel('LNA and backers (UAE, Egypt, Russia, Wagner)').isChecked()).toBe(false);
    expect(await page.inputValue('input[name=from]')).toBe('2020-05-19');
    expect(await page.locator('.detail-panel').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('Back and Forward walk the selections', async () => {
    const { page, problems } = await app();
    await clickMarkerAt(page, 'al-watiya-air-base');
    await expect.poll(async () => (await hashParams(page)).get('event')).toBe('2020-05-18-watiya-captured');
    // Eastern Libya holds several events (the jets' versions, the eastern parliament): choose from its list.
    await page.locator('.event-marker[data-location="eastern-libya"]').click();
    await page.locator('.place-events button', { hasText: 'The Limited Times: at least eight jets' }).click();
    await expect.poll(async () => (await hashParams(page)).get('event')).toBe('2020-05-21-limited-times-jets-likely-for-air-campaign');
    await page.goBack(); // to the place's list, where no event is selected
    await expect.poll(async () => (await hashParams(page)).get('event')).toBe(null);
    await page.goBack();
    await expect.poll(() => page.locator('.detail-panel h2').textContent()).toMatch(/Watiya/i);
    await page.goBack();
    await expect.poll(() => page.locator('.detail-panel').count()).toBe(0);
    await page.goForward();
    await expect.poll(() => page.locator('.detail-panel h2').textContent()).toMatch(/Watiya/i);
    expect(problems).toEqual([]);
  });

  it('zooming with the buttons replaces the history entry instead of adding one', async () => {
    const { page } = await app();
    const length = await page.evaluate(() => history.length);
    const zoom = Number((await hashParams(page)).get('map')!.split('/')[0]);
    await page.locator('.leaflet-control-zoom-in').click();
    await expect.poll(async () => Number((await hashParams(page)).get('map')!.split('/')[0])).toBe(zoom + 1);
    expect(await page.evaluate(() => history.length)).toBe(length);
  });

  it('Copy link puts the current permalink on the clipboard', async () => {
    const { page } = await app();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Link copied' }).count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe((await writtenUrl(page)).href);
  });

  it('Copy link straight after a date step copies the link with that step in it', async () => {
    const { page } = await app();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const to = page.getByRole('slider', { name: 'Window ends' });
    const before = await to.getAttribute('aria-valuetext');
    // The test before may have left "Link copied" showing.
    await expect.poll(() => page.getByRole('button', { name: 'Copy link' }).count(), { timeout: 5_000 }).toBe(1);
    // The step and the click in one task: the step's link is still waiting for an idle moment to be written.
    await page.evaluate(() => {
      const handle = document.querySelector<HTMLElement>('[role="slider"][aria-label="Window ends"]')!;
      handle.focus();
      handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, cancelable: true }));
      document.querySelector<HTMLButtonElement>('.copy-link button')!.click();
    });
    await expect.poll(() => page.getByRole('button', { name: 'Link copied' }).count()).toBe(1);
    expect(await to.getAttribute('aria-valuetext')).not.toBe(before);
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.hash).toBe((await writtenUrl(page)).hash);
    expect(new URLSearchParams(copied.hash.slice(1)).get('to')).toBe('2020-05-22');
  });

  it('on a phone the event opens as a bottom sheet and the layers open from a button', async () => {
    const { page, problems } = await openApp(browser, '#map=7/32.500/12.800', { viewport: PHONE });
    await ready(page);
    expect(await page.locator('.side-panel').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Layers & dates' }).click();
    expect(await page.locator('.side-panel').isVisible()).toBe(true);
    await saveScreenshot(page, 'phone-layers');
    await page.getByRole('button', { name: 'Layers & dates' }).click();
    await clickMarkerAt(page, 'al-watiya-air-base');
    const sheet = page.locator('.detail-panel');
    await sheet.waitFor();
    const box = (await sheet.boundingBox())!;
    expect(Math.round(box.y + box.height)).toBe(PHONE.height);
    expect(box.width).toBe(PHONE.width);
    expect(await sheet.locator('.source-quote').count()).toBe(5);
    await saveScreenshot(page, 'phone-event-panel');
    expect(problems).toEqual([]);
  });
});

describeBrowser('overlapping markers', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('markers that would overlap become one count that zooms in until they separate', async () => {
    const { page, problems } = await openApp(browser);
    await ready(page);
    const cluster = page.locator('.event-marker[data-cluster][data-locations~="tripoli"]');
    expect(await cluster.count()).toBe(1);
    const places = (await cluster.getAttribute('data-locations'))!.split(' ');
    expect(places.length).toBeGreaterThan(1);
    const zoom = Number((await hashParams(page)).get('map')!.split('/')[0]);
    await cluster.click();
    // The zoom's animation, then the link: up to seconds on a busy machine.
    await expect.poll(async () => Number((await hashParams(page)).get('map')!.split('/')[0]), { timeout: 5_000 }).toBeGreaterThan(zoom);
    // Keep expanding: every place ends up with a marker of its own, or in a list.
    for (let i = 0; i < 10; i++) {
      await page.waitForTimeout(600); // let the zoom animation settle before the next click
      const next = page.locator('.event-marker[data-cluster][data-locations~="tripoli"]');
      if ((await next.count()) === 0 || (await page.locator('.place-events').count()) > 0) break;
      await next.click();
    }
    const separate = await page.locator('.event-marker[data-location="tripoli"]').count();
    const listed = await page.locator('.place-events button').count();
    expect(separate + listed).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('keyboard only: Enter on a marker opens it, Escape gives focus back to it, Space lists a place and zooms a cluster', async () => {
    const { page, problems } = await openApp(browser);
    await ready(page);
    /** Presses Tab until the focused element is the Leaflet icon of a marker matching `selector`. */
    const tabTo = async (selector: string) => {
      for (let i = 0; i < 200; i++) {
        await page.keyboard.press('Tab');
        const there = await page.evaluate((s) => {
          const el = document.activeElement;
          return el?.classList.contains('leaflet-marker-icon') === true && el.querySelector(s) !== null;
        }, selector);
        if (there) return;
      }
      throw new Error(`Tab never reached ${selector}`);
    };

    await tabTo('.event-marker[data-location="al-watiya-air-base"]');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await hashParams(page)).get('event')).toBe('2020-05-18-watiya-captured');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('detail-title');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.detail-panel').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.querySelector<HTMLElement>('.event-marker')?.dataset.location))
      .toBe('al-watiya-air-base');

    await tabTo('.event-marker[data-location="ankara"]');
    const count = Number(await page.locator('.event-marker[data-location="ankara"]').getAttribute('data-count'));
    expect(count).toBeGreaterThan(1);
    await page.keyboard.press(' ');
    await expect.poll(() => page.locator('.place-events button').count()).toBe(count);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.detail-panel').count()).toBe(0);

    await tabTo('.event-marker[data-cluster]');
    const zoom = Number((await hashParams(page)).get('map')!.split('/')[0]);
    await page.keyboard.press(' ');
    // The zoom's animation, then the link: up to seconds on a busy machine.
    await expect.poll(async () => Number((await hashParams(page)).get('map')!.split('/')[0]), { timeout: 5_000 }).toBeGreaterThan(zoom);
    expect(problems).toEqual([]);
  });
});
