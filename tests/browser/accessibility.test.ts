// axe-core on the app's main states: any serious or critical violation fails.
// axe's source is evaluated through the DevTools protocol (page.evaluate), not
// added as an inline <script>, so the built page's CSP (script-src 'self')
// applies unchanged and the page is tested exactly as readers get it.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launchBrowser, openApp, sharedApp, waitForApp, PHONE } from './browser';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  const source = await readFile(axePath, 'utf8');
  await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

const ready = waitForApp;

describeBrowser('accessibility (axe-core)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  /** The tests that start from the default view take turns on one loaded app (sharedApp resets it). */
  const app = sharedApp(() => browser);

  it('the check itself finds a violation when there is one', async () => {
    const { page } = await app();
    // A nameless button: what a forgotten aria-label on an icon button looks like.
    await page.evaluate(() => document.querySelector('.toolbar')!.appendChild(document.createElement('button')).classList.add('nameless'));
    try {
      expect((await seriousViolations(page)).join('\n')).toMatch(/critical button-name/);
    } finally {
      // The page is shared: the next test must see the app's own toolbar.
      await page.evaluate(() => document.querySelector('.toolbar .nameless')?.remove());
    }
  });

  it('default view', async () => {
    const { page, problems } = await app();
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('a screen reader hears what a marker holds, not only its count or glyph', async () => {
    const { page } = await app();
    const markers = page.locator('.event-marker-icon');
    await markers.first().waitFor();
    const count = await markers.count();
    expect(count).toBeGreaterThan(2);
    const spoken: string[] = [];
    for (let i = 0; i < count; i++) {
      const marker = markers.nth(i);
      // What the accessibility tree names the button, as a screen reader reads it: `- button "…"`.
      const line = (await marker.ariaSnapshot()).trim();
      const shown = ((await marker.textContent()) ?? '').trim();
      expect(line, `marker showing "${shown}"`).not.toBe(`- button "${shown}"`);
      expect(line).toMatch(/^- button "[^"]*[a-z]{4}[^"]* \(/);
      spoken.push(line);
    }
    // The default view's cluster over the capital says where its events are.
    expect(spoken.join('\n')).toMatch(/- button "\d+ events at [^"]*Tripoli/);
  });

  it('event panel open, sources compared', async () => {
    const { page, problems } = await openApp(browser, '#event=2020-05-hmeimim-to-eastern-libya-jets');
    await ready(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Compare sources' }).click();
    await page.locator('.compare-sources').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('list open', async () => {
    const { page, problems } = await openApp(browser, '#event=2020-05-18-watiya-captured');
    await ready(page);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.locator('.event-list-panel').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('story tour open, on a phone, with its event', async () => {
    const { page, problems } = await openApp(browser, '', { viewport: PHONE });
    await ready(page);
    await page.getByRole('button', { name: 'Story' }).click();
    await page.locator('.story-tour').waitFor();
    await page.locator('.detail-panel').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('coverage and embed dialogs open', async () => {
    const { page, problems } = await app();
    await page.getByRole('button', { name: 'Coverage' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Embed' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('phone, with an event open', async () => {
    const { page, problems } = await openApp(browser, '#event=2020-05-18-watiya-captured', { viewport: PHONE });
    await ready(page);
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('embedded map', async () => {
    const { page, problems } = await openApp(browser, '#embed=1');
    await ready(page);
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
