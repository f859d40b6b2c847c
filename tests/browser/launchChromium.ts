// How every Chromium in this project is started: the browser tests (one
// Chromium for the whole run, started in globalSetup.ts) and the benchmark
// (scripts/bench.ts) share these flags. No vitest here, so a plain script can
// use it too.
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

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
  // No host but 127.0.0.1 is resolved: a request that would leave the machine
  // fails as it does offline (tests/browser/browser.ts reports it).
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** Launches the Chromium at `executablePath` (see findChromium) with CHROMIUM_FLAGS. */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
}

/**
 * Starts the Chromium at `executablePath` with CHROMIUM_FLAGS as a server that
 * test files connect to (connectChromium) from their own processes: one browser
 * start for a whole run instead of one per file.
 */
export function launchChromiumServer(executablePath: string): Promise<BrowserServer> {
  // 127.0.0.1 only: nothing off this machine may drive the browser.
  return chromium.launchServer({ executablePath, args: CHROMIUM_FLAGS, host: '127.0.0.1' });
}

/**
 * A connection to a launchChromiumServer browser. Its close() closes the
 * contexts this connection opened and disconnects, leaving the browser to the
 * other test files.
 */
export function connectChromium(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}
