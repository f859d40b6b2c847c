// How every Chromium in this project is started: the browser tests (browser.ts)
// and the benchmark (scripts/bench.ts) share these flags. No vitest here, so a
// plain script can use it too.
import { chromium, type Browser } from 'playwright-core';

// Playwright gives each launch a fresh temporary profile (a new --user-data-dir
// it deletes on close), so no state leaks between runs. These flags keep
// Chromium from phoning home: the tests fail on any request off 127.0.0.1.
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches the Chromium at `executablePath` (see findChromium) with CHROMIUM_FLAGS. */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
}
