// Runs once before the browser test files: serves dist/ and starts the one
// Chromium of the run, then hands both to the tests through Vitest's
// provide/inject. Each test file connects to that Chromium and opens fresh
// contexts on it (browser.ts): starting a browser per file cost seconds each.
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { findChromium } from './findChromium.ts';
import { launchChromiumServer } from './launchChromium.ts';
import { startStaticServer } from './staticServer.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** http://127.0.0.1:PORT serving a copy of dist/ taken when the run started */
    baseURL: string;
    /** the Chromium found; null when there is none and the tests are skipped */
    chromiumPath: string | null;
    /** where to connect to the run's one Chromium (launchChromium.ts); null when there is none */
    chromiumEndpoint: string | null;
  }
}

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(`${dist}index.html`)) {
    throw new Error('browser tests need the built app: dist/index.html is missing, run npm run build first');
  }
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    // In CI a skipped browser suite would look like a pass, so there it is an error.
    if (process.env['CI'] === 'true') {
      throw new Error(
        'Chromium is required for the browser tests in CI, and none was found. Install it with ' +
          '`apt-get install -y chromium` (Debian), or set CHROMIUM_PATH to a Chromium binary.',
      );
    }
    console.log("browser tests skipped: no Chromium found (install Debian's chromium or set CHROMIUM_PATH)");
  }
  // Serve a copy: dist/ is shared, and a build started elsewhere during a long
  // run empties it first (emptyOutDir), which would fail tests with 404s.
  const snapshot = await mkdtemp(join(tmpdir(), 'libya-map-dist-'));
  await cp(dist, snapshot, { recursive: true });
  const server = await startStaticServer(snapshot);
  const chromium = chromiumPath ? await launchChromiumServer(chromiumPath) : null;
  project.provide('baseURL', server.url);
  project.provide('chromiumPath', chromiumPath);
  project.provide('chromiumEndpoint', chromium?.wsEndpoint() ?? null);
  return async () => {
    await chromium?.close();
    await server.close();
    await rm(snapshot, { recursive: true, force: true });
  };
}
