import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, validateDir, validDir } from './fixtureDirs';
import { makeZones } from '../../scripts/zones';
import { callScript, runScript } from './runScript';

// tests/fixtures/zones-script/in/zones.coarse.geojson → out/zones.geojson, a
// golden file like those of geometry.test.ts (UPDATE_GOLDEN=1 rewrites it).
const scriptFixtures = join(fixtures, 'zones-script');

/** The zones command called in this process; the broken-ring case below runs the command line itself. */
function runZones(): { dir: string; run: ReturnType<typeof callScript>; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'geo-zones-'));
  cpSync(join(scriptFixtures, 'in', 'zones.coarse.geojson'), join(dir, 'zones.coarse.geojson'));
  cpSync(join(scriptFixtures, 'in', 'story.json'), join(dir, 'story.json'));
  const run = callScript(makeZones, ['--dir', dir]);
  return { dir, run, output: readFileSync(join(dir, 'zones.geojson'), 'utf8') };
}

describe('npm run zones', () => {
  const first = runZones();

  it('clips, subtracts within a snapshot, and drops what is left empty', () => {
    expect(first.run.status).toBe(0);
    expect(first.run.stderr).toBe(
      'warning: after-at-sea dropped: nothing of it is left inside Libya after the zones before it in 2020-05-18/2020-05-31\n',
    );
    const zones = JSON.parse(first.output);
    expect(zones.features.map((f: { properties: { id: string } }) => f.properties.id)).toEqual(['before-gna', 'after-enclave', 'after-gna']);
    // The enclave is a hole in after-gna, but not in before-gna, which is another snapshot.
    expect(zones.features[0].geometry.coordinates).toHaveLength(1);
    expect(zones.features[2].geometry.coordinates).toHaveLength(2);
    expect(zones.features[2].properties.note).toBe('Loses the enclave (same snapshot) but not in the earlier snapshot.');
  });

  it('writes what the golden file holds, the same every time', () => {
    const golden = join(scriptFixtures, 'out', 'zones.geojson');
    if (process.env['UPDATE_GOLDEN']) writeFileSync(golden, first.output);
    expect(first.output).toBe(readFileSync(golden, 'utf8'));
    expect(runZones().output).toBe(first.output);
  });

  it('writes zones that pass the validator: inside Libya, no overlap, sound rings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'geo-zones-valid-'));
    cpSync(validDir, dir, { recursive: true });
    cpSync(join(first.dir, 'zones.geojson'), join(dir, 'zones.geojson'));
    expect(validateDir(dir).problems).toEqual([]);
  });

  it('refuses a coarse file with a broken ring', () => {
    const dir = mkdtempSync(join(tmpdir(), 'geo-zones-broken-'));
    const coarse = JSON.parse(readFileSync(join(scriptFixtures, 'in', 'zones.coarse.geojson'), 'utf8'));
    coarse.features[1].geometry.coordinates = [[[13, 32.5], [13.5, 32.8], [13.5, 32.5], [13, 32.8], [13, 32.5]]];
    writeFileSync(join(dir, 'zones.coarse.geojson'), JSON.stringify(coarse));
    const run = runScript('zones.ts', ['--dir', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('zones.coarse.geojson after-enclave geometry: intersects itself at [13.25, 32.65]\n');
  });
});
