// Typing a date digit by digit, as a keyboard user does: only the date typed in
// full is applied, on Tab or Enter; a date outside the data's range is refused
// with a message, and the date in force stays.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, hashParams, launchBrowser, openApp, waitForApp, DESKTOP } from './browser';

async function hashParam(page: Page, key: string): Promise<string | null> {
  return (await hashParams(page)).get(key);
}

/** The keys a person types for `day` (YYYY-MM-DD) in this browser's date field, in its locale's order. */
async function keysFor(page: Page, day: string): Promise<string> {
  const [year, month, date] = day.split('-') as [string, string, string];
  const order = await page.evaluate(() =>
    new Intl.DateTimeFormat(navigator.language, { year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date(Date.UTC(2020, 4, 18)))
      .map((p) => p.type)
      .filter((t) => t === 'year' || t === 'month' || t === 'day'),
  );
  return order.map((part) => (part === 'year' ? year : part === 'month' ? month : date)).join('');
}

async function typeDate(page: Page, name: 'from' | 'to', day: string, then: 'Tab' | 'Enter') {
  const input = page.locator(`input[name=${name}]`);
  // Focus lands on the field's first part, as when a person tabs into it.
  await input.focus();
  await page.keyboard.type(await keysFor(page, day), { delay: 20 });
  if (then === 'Enter') return page.keyboard.press('Enter');
  // Chromium's date field holds a calendar button after its last part: Tab
  // until focus has left the field, as a person would.
  for (let i = 0; i < 3 && (await input.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
}

describeBrowser('typing dates', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('on a laptop screen (1280 × 800), the date fields are in view as Layers & dates opens, not below its fold', async () => {
    const { page, problems } = await openApp(browser, '', { viewport: DESKTOP });
    await waitForApp(page);
    const panel = page.getByRole('region', { name: 'Layers and dates' });
    await expect.poll(() => panel.isVisible()).toBe(true);
    const seen = await page.evaluate(() => {
      const box = document.querySelector('#side-panel')!.getBoundingClientRect();
      return ['from', 'to'].map((name) => {
        const field = document.querySelector(`input[name=${name}]`)!.getBoundingClientRect();
        return { name, inside: field.top >= box.top && field.bottom <= box.bottom, scrolled: document.querySelector('#side-panel')!.scrollTop };
      });
    });
    expect(seen).toEqual([{ name: 'from', inside: true, scrolled: 0 }, { name: 'to', inside: true, scrolled: 0 }]);
    expect(problems).toEqual([]);
  });

  it('applies the whole date typed, not the ones passed on the way', async () => {
    const { page, problems } = await openApp(browser);
    await waitForApp(page);
    const before = await hashParam(page, 'to');
    await typeDate(page, 'from', '2019-03-01', 'Tab');
    await expect.poll(() => hashParam(page, 'from')).toBe('2019-03-01');
    expect(await page.inputValue('input[name=from]')).toBe('2019-03-01');
    expect(await hashParam(page, 'to')).toBe(before);

    await typeDate(page, 'to', '2020-05-20', 'Enter');
    await expect.poll(() => hashParam(page, 'to')).toBe('2020-05-20');
    expect(await hashParam(page, 'from')).toBe('2019-03-01');
    expect(problems).toEqual([]);
  });

  it('refuses a typed date outside the data, says so, and keeps the date in force', async () => {
    const { page, problems } = await openApp(browser);
    await waitForApp(page);
    await expect.poll(() => hashParam(page, 'from')).not.toBeNull();
    const from = await hashParam(page, 'from');
    await typeDate(page, 'from', '1990-01-01', 'Tab');
    await expect.poll(() => page.locator('.date-refused').textContent()).toMatch(/1 January 1990 is outside/);
    expect(await hashParam(page, 'from')).toBe(from);
    expect(await page.inputValue('input[name=from]')).toBe(from);
    expect(problems).toEqual([]);
  });
});
