// The built page's Content-Security-Policy is there and enforced: no eval, no
// inline script, images and connections only where the policy says. Every
// browser test fails on a violation during normal use (openApp records them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/contentSecurityPolicy';
import { repoRoot } from '../unit/fixtureDirs';
import { describeBrowser, launchBrowser, openApp, waitForMap } from './browser';

/** Runs as the page's own script: what eval and new Function do there. */
const PROBE = `
  const outcome = (run) => { try { run(); return 'ran'; } catch (error) { return error.name; } };
  window.__probe = {
    eval: outcome(() => eval('window.__pwned = "eval"')),
    newFunction: outcome(() => new Function('window.__pwned = "new Function"')()),
  };
`;

describeBrowser('Content-Security-Policy', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the built index.html carries the policy before any script', () => {
    const html = readFileSync(join(repoRoot, 'dist', 'index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/.exec(html);
    expect(meta, 'no CSP <meta> in dist/index.html').not.toBeNull();
    expect(meta![1]!.replace(/&#39;/g, "'")).toBe(CONTENT_SECURITY_POLICY);
    expect(meta!.index).toBeLessThan(html.indexOf('<script'));
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('the page refuses eval, inline script and handlers, javascript: URLs, and outside images and connections', async () => {
    const app = await openApp(browser);
    const { page, problems } = app;
    await waitForMap(app);
    expect(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')).toBe(CONTENT_SECURITY_POLICY);
    expect(problems).toEqual([]);

    // Code Playwright evaluates is exempt from the policy's eval rule, so eval
    // is tried from a script the page loads from its own origin, like the app's.
    await page.route('**/csp-probe.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: PROBE }),
    );
    const tried = await page.evaluate(async () => {
      const probe = document.createElement('script');
      probe.src = '/csp-probe.js';
      const probed = new Promise((done) => (probe.onload = done));
      document.head.append(probe);
      await probed;
      const result = {
        ...(window as { __probe?: object }).__probe,
        fetch: await fetch('https://example.com/').then(() => 'loaded', (error: Error) => error.name),
        image: await new Promise<string>((done) => {
          const img = new Image();
          img.onload = () => done('loaded');
          img.onerror = () => done('refused');
          img.src = 'https://example.com/x.png';
        }),
        pwned: undefined as unknown,
      };
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = "inline script"';
      document.body.append(script);
      const holder = document.createElement('div');
      holder.innerHTML = '<img src="data:," onerror="window.__pwned = \'inline handler\'">';
      document.body.append(holder);
      const link = document.createElement('a');
      link.href = 'javascript:window.__pwned = "javascript: URL"';
      document.body.append(link);
      link.click();
      await new Promise((done) => setTimeout(done, 500));
      result.pwned = (window as { __pwned?: unknown }).__pwned;
      return result;
    });
    expect(tried).toEqual({ eval: 'EvalError', newFunction: 'EvalError', fetch: 'TypeError', image: 'refused', pwned: undefined });

    // Each refusal is reported, so the other tests would fail on one in normal use.
    const violations = problems.filter((p) => p.startsWith('CSP violation:'));
    for (const directive of ['script-src blocked eval', 'connect-src blocked https://example.com/', 'img-src blocked https://example.com/x.png', 'script-src-elem blocked inline', 'script-src-attr blocked inline']) {
      expect(violations.some((v) => v.startsWith(`CSP violation: ${directive}`)), `${directive} in\n${violations.join('\n')}`).toBe(true);
    }
    // Nothing else: Chromium's own lines about the same refusals (failed with
    // 'csp'), and no outside request got as far as the network.
    for (const p of problems.filter((p) => !p.startsWith('CSP violation:'))) expect(p).toMatch(/Content Security Policy|Refused to|\(csp\)$/);
    expect(problems.filter((p) => p.startsWith('outside request:'))).toEqual([]);
  });
});
