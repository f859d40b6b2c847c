// Which Chromium the browser tests drive. Always a system browser: the tests
// never download one (playwright-core ships none, and there is no internet).
import { accessSync, constants } from 'node:fs';

/** Debian names the binary chromium; older Ubuntu images chromium-browser. */
const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** CHROMIUM_PATH if set, else the first system Chromium found; null when there is none to run. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  // An explicit CHROMIUM_PATH that is wrong means "no Chromium", not "try another one":
  // silently testing a different browser than the one asked for would mislead.
  const candidates = env['CHROMIUM_PATH'] ? [env['CHROMIUM_PATH']] : SYSTEM_PATHS;
  return candidates.find(isExecutable) ?? null;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
