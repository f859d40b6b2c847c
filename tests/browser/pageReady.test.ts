// What the app-ready mark promises (src/performanceMarks.ts), which npm run
// bench times the whole page by: at that mark the controls answer input (the
// search box takes typing, the Layers button closes and opens its panel), and
// the page got there without jumping (no layout shift) and without an error.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { APP_READY_MARK } from '../../src/performanceMarks';
import { describeBrowser, launchBrowser, openApp, DESKTOP, PHONE } from './browser';

describeBrowser('the whole page ready', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('answers input at the app-ready mark, with no layout shift and no error', async () => {
    const { page, problems } = await openApp(browser, '', {
      beforeLoad: async (p) => {
        await p.addInitScript(() => {
          const w = window as unknown as { __shift: number };
          w.__shift = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
              if (!e.hadRecentInput) w.__shift += e.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
      },
    });
    // Acted on in the page, in the very task that sees the mark: no waiting in between that could let the app finish later.
    const answered = await page.evaluate(
      (ready) =>
        new Promise<{ typed: string; expandedAfter: string[]; shift: number }>((resolve) => {
          const act = () => {
            const input = document.querySelector<HTMLInputElement>('input[aria-label="Find a place or event"]');
            const toggle = document.querySelector<HTMLButtonElement>('.panel-toggle');
            // A control not there fails the test at once, rather than leaving this promise to time out.
            if (!input || !toggle) {
              resolve({ typed: `no ${input ? 'Layers button' : 'search box'} at the mark`, expandedAfter: [], shift: NaN });
              return;
            }
            input.focus();
            // As React sees typing: the native setter, then an input event.
            Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, 'zz');
            input.dispatchEvent(new Event('input', { bubbles: true }));
            const expandedAfter: string[] = [];
            toggle.click();
            // React commits a click's update before the next frame.
            requestAnimationFrame(() => {
              expandedAfter.push(toggle.getAttribute('aria-expanded') ?? '');
              toggle.click();
              requestAnimationFrame(() => {
                expandedAfter.push(toggle.getAttribute('aria-expanded') ?? '');
                resolve({
                  typed: input.value,
                  expandedAfter,
                  shift: (window as unknown as { __shift: number }).__shift,
                });
              });
            });
          };
          if (performance.getEntriesByName(ready, 'mark').length > 0) act();
          else {
            const observer = new PerformanceObserver(() => {
              if (performance.getEntriesByName(ready, 'mark').length === 0) return;
              observer.disconnect();
              act();
            });
            observer.observe({ type: 'mark' });
          }
        }),
      APP_READY_MARK,
    );
    expect(answered.typed).toBe('zz');
    // Open on a desktop window at first: one click closes it, the next opens it again.
    expect(answered.expandedAfter).toEqual(['false', 'true']);
    // The search code itself comes on the first keystroke (SearchBox.tsx): its list follows the typing, as
    // soon as that chunk is in, whatever else the page does meanwhile (town names come once it is idle).
    await page.locator('.search-results').waitFor({ state: 'visible', timeout: 3000 });
    expect(answered.shift).toBe(0);
    expect(problems).toEqual([]);
  });

  // Each family, size and weight the page shows is a font the browser looks up
  // and prepares before the page is ready: with a score of them (and Arial,
  // Lucida Console and a search for the markers' symbols), about 20 ms of the
  // first render and the map's first draw. styles.css keeps a type scale.
  for (const viewport of [DESKTOP, PHONE]) {
    it(`shows its text in two families, two weights and the type scale's sizes (${viewport.width}×${viewport.height})`, async () => {
      const { page, problems } = await openApp(browser, '', { viewport });
      await page.waitForFunction((ready) => performance.getEntriesByName(ready, 'mark').length > 0, APP_READY_MARK);
      const fonts = await page.evaluate(() => {
        const seen: { family: string; size: number; weight: string; onMap: boolean; what: string }[] = [];
        for (const el of document.querySelectorAll('body *')) {
          const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
          if (!text && !/^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) continue;
          const style = getComputedStyle(el);
          if (style.display === 'none' || style.visibility === 'hidden' || el.getClientRects().length === 0) continue;
          seen.push({ family: style.fontFamily, size: parseFloat(style.fontSize), weight: style.fontWeight, onMap: el.closest('.leaflet-container') !== null, what: `${el.tagName.toLowerCase()}.${el.className}` });
        }
        return seen;
      });
      expect(fonts.length).toBeGreaterThan(50);
      expect(new Set(fonts.map((f) => f.family)).size, [...new Set(fonts.map((f) => f.family))].join(' | ')).toBeLessThanOrEqual(2);
      expect(fonts.filter((f) => f.weight !== '400' && f.weight !== '600').map((f) => `${f.what} ${f.weight}`)).toEqual([]);
      // The controls' sizes (rem of 16 px): 10, 11, 12, 14, 16 and 18 px. The map's names keep their own px.
      const scale = [10, 11, 12, 14, 16, 18];
      expect(fonts.filter((f) => !f.onMap && !scale.includes(f.size)).map((f) => `${f.what} ${f.size}px`)).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
});
