import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validDir } from './fixtureDirs';
import { runScript } from './runScript';

describe('npm run routes', () => {
  it('redraws a two-point route as the great circle the valid fixture holds, keeping its properties', () => {
    const dir = mkdtempSync(join(tmpdir(), 'geo-routes-'));
    cpSync(validDir, dir, { recursive: true });
    const drawn = readFileSync(join(validDir, 'routes.geojson'), 'utf8');
    const routes = JSON.parse(drawn);
    routes.features[0].geometry.coordinates = [[35.945, 35.41167], [22, 28]];
    writeFileSync(join(dir, 'routes.geojson'), JSON.stringify(routes));

    const run = runScript('routes.ts', ['--dir', dir]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // The fixture's line was drawn by this script: same input, same bytes.
    const output = readFileSync(join(dir, 'routes.geojson'), 'utf8');
    expect(output).toBe(drawn);
    const line = JSON.parse(output).features[0].geometry.coordinates;
    expect(line).toHaveLength(64);
    expect(line[0]).toEqual([35.945, 35.41167]);
    expect(line[63]).toEqual([22.25, 28.5]);
  });

  it('refuses a route to an unknown place', () => {
    const dir = mkdtempSync(join(tmpdir(), 'geo-routes-broken-'));
    cpSync(validDir, dir, { recursive: true });
    const routes = JSON.parse(readFileSync(join(validDir, 'routes.geojson'), 'utf8'));
    routes.features[0].properties.to = 'atlantis';
    writeFileSync(join(dir, 'routes.geojson'), JSON.stringify(routes));
    const run = runScript('routes.ts', ['--dir', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('routes.geojson hmeimim-to-eastern-libya: unknown location "atlantis"\n');
  });
});
