// Data validated once per run (scripts/validateOnce.ts, scripts/verifiedDataCache.ts):
// the one full validation gates the command after it, and its result is
// reused only for the very bytes it validated.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERIFIED_DATA_FILE, reuseVerifiedData, writeVerifiedData } from '../../scripts/verifiedDataCache';
import { verifyGeoDir } from '../../scripts/verifyGeoDir';
import { brokenDir, fixtureArticlesDir, fixtures, validDir } from './fixtureDirs';
import { validateOnce } from '../../scripts/validateOnce';
import { callScript, runScript } from './runScript';

/** A node one-liner that prints the file names in the verified data it is handed. */
const PRINT_HANDED = `const p = process.env.${VERIFIED_DATA_FILE}; console.log('handed', Object.keys(JSON.parse(require('fs').readFileSync(p, 'utf8')).verified.checksums).sort().join(','))`;

// The first runs the command line itself (tsx: seconds when the cores are
// shared); the second calls its function.
describe('validateOnce', { timeout: 60_000 }, () => {
  it('validates, then runs the command with the result handed over', () => {
    const run = runScript('validateOnce.ts', ['--dir', validDir, '--articles', fixtureArticlesDir, '--', process.execPath, '-e', PRINT_HANDED]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^handed .*events\.json.*sources\.json/m);
  });

  it('says the quotes went unchecked when there is no articles folder, rather than that the data was checked in full', () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'no-articles-')), 'articles');
    const withArticles = callScript(validateOnce, ['--dir', validDir, '--articles', fixtureArticlesDir, '--', process.execPath, '-e', '0']);
    expect(withArticles.stdout).toContain('checked in full');
    const without = callScript(validateOnce, ['--dir', validDir, '--articles', missing, '--', process.execPath, '-e', '0']);
    expect(without.status).toBe(0);
    expect(without.stdout).not.toContain('in full');
    expect(without.stdout).toContain(`not their quotes: no articles folder at ${missing}`);
  });

  it('stops before the command on invalid data, listing every problem as npm run validate does', () => {
    const dir = brokenDir('unknown-location');
    const run = callScript(validateOnce, ['--dir', dir, '--articles', fixtureArticlesDir, '--', process.execPath, '-e', PRINT_HANDED]);
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')).toContain(`${join(dir, 'events.json')} 2020-05-20-battery-paraded locationId: unknown location "nowhere"`);
    expect(run.stdout).not.toContain('handed');
  });
});

describe('reuseVerifiedData', () => {
  const cache = join(mkdtempSync(join(tmpdir(), 'verified-')), 'verified-data.json');
  writeVerifiedData(cache, fixtureArticlesDir, verifyGeoDir(validDir, fixtureArticlesDir));
  const env = { [VERIFIED_DATA_FILE]: cache };
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), 'geo-copy-'));
    cpSync(validDir, dir, { recursive: true });
    return dir;
  };

  it('gives what was validated for a folder with the same bytes, wherever it is', () => {
    expect(reuseVerifiedData(copy(), fixtureArticlesDir, env)).toEqual(verifyGeoDir(validDir, fixtureArticlesDir));
  });

  it('gives nothing, so the caller validates, when a file differs by a byte, the articles differ, or no run validated', () => {
    const edited = copy();
    writeFileSync(join(edited, 'events.json'), ' ', { flag: 'a' }); // valid JSON still, but not the bytes validated
    expect(reuseVerifiedData(edited, fixtureArticlesDir, env)).toBeNull();
    expect(reuseVerifiedData(copy(), join(fixtures, 'valid'), env)).toBeNull();
    expect(reuseVerifiedData(copy(), fixtureArticlesDir, {})).toBeNull();
  });
});
