// An embed lives in someone else's page, and its history is that page's: in
// an iframe, every pushState adds an entry the host's Back walks through, so
// after opening three events the reader's Back reopens one inside the frame
// instead of leaving the article. In an embed the app replaces the entry.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, hashParams, launchBrowser, openApp, waitForApp } from './browser';

/** Three clicks, each opening another event than the one open: two places with one event and a marker of their own in VIEW, back and forth. */
const PLACES = [
  ['al-watiya-air-base', '2020-05-18-watiya-captured'],
  ['tripoli-southern-front', '2020-05-lna-announces-partial-withdrawal'],
  ['al-watiya-air-base', '2020-05-18-watiya-captured'],
] as const;
/** North-west Libya, near enough for Al-Watiya and the southern Tripoli front to be markers of their own (at zoom 8 the front joins Tripoli's cluster, where the markers of the west and of the country now stand too). */
const VIEW = 'map=9/32.600/12.550';

const eventInHash = async (page: Page) => (await hashParams(page)).get('event');

async function openThreeMarkers(page: Page): Promise<void> {
  for (const [place, event] of PLACES) {
    await page.locator(`.event-marker[data-location="${place}"]`).click();
    await expect.poll(() => eventInHash(page)).toBe(event);
  }
}

describeBrowser('history in an embed', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opening three markers in an embed adds no history entry to the host page', async () => {
    const { page, problems } = await openApp(browser, `#${VIEW}&embed=1`);
    await waitForApp(page);
    const length = await page.evaluate(() => history.length);
    await openThreeMarkers(page);
    expect(await page.evaluate(() => history.length)).toBe(length);
    expect(problems).toEqual([]);
  });

  it('outside an embed the same clicks do add entries, so Back walks the selections', async () => {
    const { page, problems } = await openApp(browser, `#${VIEW}`);
    await waitForApp(page);
    const length = await page.evaluate(() => history.length);
    await openThreeMarkers(page);
    expect(await page.evaluate(() => history.length)).toBe(length + PLACES.length);
    expect(problems).toEqual([]);
  });
});
