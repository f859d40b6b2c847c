// The helper every browser test opens the app with (browser.ts): a test's
// page is the file's one page navigated afresh, and what it reports as
// problems must still be that test's own, all of them. If it were not, every
// `expect(problems).toEqual([])` in the suite would check nothing.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launchBrowser, openApp, waitForApp, writtenUrl } from './browser';

/** Makes the page log an error, fail a request and ask for a file that is not there. */
async function misbehave(page: Page): Promise<void> {
  await page.evaluate(async () => {
    console.error('logged by the test');
    await fetch('/no-such-file.json').catch(() => {});
    setTimeout(() => {
      throw new Error('thrown by the test');
    });
  });
}

/** What misbehave() makes openApp report, the server's port written as PORT, in order. */
const EXPECTED = [
  'HTTP 404: GET http://127.0.0.1:PORT/no-such-file.json',
  'console error: Failed to load resource: the server responded with a status of 404 (Not Found) (http://127.0.0.1:PORT/no-such-file.json)',
  'console error: logged by the test',
  'page error: thrown by the test',
];
const reported = (problems: string[]) => problems.map((p) => p.replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:PORT')).sort();

describeBrowser('openApp', () => {
  let browser: Browser;
  let first: Page | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reports what goes wrong on the page', async () => {
    const { page, problems } = await openApp(browser);
    first = page;
    await waitForApp(page);
    expect(problems).toEqual([]);
    await misbehave(page);
    await expect.poll(() => reported(problems)).toEqual(EXPECTED);
    // Left for the next test: a request still on its way as this test ends,
    // cut short when the page moves on (a failed request, had it been the next test's).
    await page.route('**/held-back.json', () => {});
    const asked = page.waitForRequest('**/held-back.json');
    await page.evaluate(() => void fetch('/held-back.json').catch(() => {}));
    await asked;
    await page.evaluate(() => void ((window as { __lastTest?: boolean }).__lastTest = true));
  });

  it("on the same page, in the next test, reports that test's problems and none of the last one's", async () => {
    const { page, problems } = await openApp(browser, '#map=7/32.5/15');
    expect(page).toBe(first);
    await waitForApp(page);
    // Loaded anew, not the last test's document with its hash changed.
    expect(await page.evaluate(() => (window as { __lastTest?: boolean }).__lastTest)).toBeUndefined();
    expect((await writtenUrl(page)).hash).toMatch(/^#map=7\/32\.5/);
    expect(problems).toEqual([]);
    await misbehave(page);
    await expect.poll(() => reported(problems)).toEqual(EXPECTED);
  });

  it('a page of its own when asked for, or while the test holds the reusable one', async () => {
    const held = await openApp(browser);
    const own = await openApp(browser);
    const fresh = await openApp(browser, '', { fresh: true });
    expect(held.page).toBe(first);
    expect(own.page).not.toBe(first);
    expect(fresh.page.context()).not.toBe(first?.context());
    await waitForApp(own.page);
    expect(own.problems).toEqual([]);
  });
});
