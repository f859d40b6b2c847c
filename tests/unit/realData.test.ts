// The real data in geo/, with the real articles and Libya's real outline.
// Parts are skipped only while the data curator has not written a file yet.
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reuseVerifiedData } from '../../scripts/verifiedDataCache';
import { datasetOf, type DatasetFiles } from '../../src/data/datasetOf';
import { hasLine } from '../../src/data/model';
import { modelOf } from '../../src/data/validatedModel';
import { readArticles, readGeoDir, readCountryOutline } from '../../src/data/loadDataset';
import { validateDataset } from '../../src/data/validateDataset';
import { distanceKm, distanceOutsideKm, labelPoint } from '../../src/geometry/geometry';
import { repoRoot } from './fixtureDirs';
import { makeZones } from '../../scripts/zones';
import { callScript } from './runScript';

const geoDir = join(repoRoot, 'geo');
const articlesDir = join(repoRoot, '..', 'shared', 'articles');
const has = (file: string): boolean => existsSync(join(geoDir, file));
const handWritten = ['sources.json', 'locations.geojson', 'events.json'].every(has);

function articles(): Map<string, string> | undefined {
  if (existsSync(articlesDir)) return readArticles(articlesDir);
  console.warn(`realData: quote checks skipped, no articles at ${articlesDir}`);
  return undefined;
}

function validate(dir: string) {
  // npm test validated these very bytes in full once already, with these articles (its validate row).
  if (reuseVerifiedData(dir, articlesDir)) return { dataset: datasetOf(readGeoDir(dir) as DatasetFiles), problems: [] };
  return validateDataset(readGeoDir(dir), { articles: articles(), outline: readCountryOutline('Libya') });
}

/** geo/ with zones.geojson made afresh from zones.coarse.geojson by npm run zones, in a temporary folder. */
function withFreshZones(): string {
  const dir = mkdtempSync(join(tmpdir(), 'geo-real-'));
  cpSync(geoDir, dir, { recursive: true });
  const run = callScript(makeZones, ['--dir', dir]);
  if (run.status !== 0) throw new Error(`npm run zones failed:\n${run.stderr}`);
  return dir;
}

function expectPlausibleRoutes(dir: string): void {
  const { dataset } = validate(dir);
  if (!dataset) throw new Error('geo/ must validate');
  const model = modelOf(dataset);
  const routes = model.events.filter(hasLine);
  expect(routes.length).toBeGreaterThan(0);
  for (const route of routes) {
    const from = model.locations.get(route.path.from);
    const to = model.locations.get(route.path.to);
    if (!from || !to) throw new Error(`event ${route.id}: unknown end`);
    const [first, last] = [route.line.positions[0]!, route.line.positions.at(-1)!];
    // The drawn line's length agrees with its ends, whatever the line looks like.
    expect(Math.abs(route.line.distanceKm - distanceKm([first[1], first[0]], [last[1], last[0]]))).toBeLessThan(2);
    expect(Math.abs(distanceKm([first[1], first[0]], labelPoint(from.geometry)))).toBeLessThan(1);
    if (to.geometry.type === 'Polygon' || to.geometry.type === 'MultiPolygon') {
      // Into an area whose sources name no destination: the line ends inside it.
      expect(distanceOutsideKm([last[1], last[0]], to.geometry)).toBe(0);
    }
    if (route.path.from === 'hmeimim-air-base') {
      // Hmeimim (about 35.9°E 35.4°N) to the coast of eastern Libya: Tobruk,
      // its nearest city, is about 1,170 km away, Benghazi 1,510. A swapped
      // or mistyped coordinate lands far outside this.
      expect(route.line.distanceKm).toBeGreaterThan(1000);
      expect(route.line.distanceKm).toBeLessThan(1600);
      expect(route.line.scale?.km).toBeGreaterThan(1400);
      expect(route.line.scale?.km).toBeLessThan(1600);
    }
  }
}

describe.skipIf(!handWritten || !has('zones.geojson'))('geo/ as it is', () => {
  it('passes every check', () => {
    expect(validate(geoDir).problems).toEqual([]);
  });

  it('has route lengths that fit their ends', () => {
    expectPlausibleRoutes(geoDir);
  });

  it.skipIf(!has('zones.coarse.geojson'))('has zones.geojson as npm run zones makes it from zones.coarse.geojson', () => {
    const fresh = readFileSync(join(withFreshZones(), 'zones.geojson'), 'utf8');
    expect(readFileSync(join(geoDir, 'zones.geojson'), 'utf8')).toBe(fresh);
  });
});

describe.skipIf(!handWritten || !has('zones.coarse.geojson'))('geo/ after npm run zones', () => {
  const dir = withFreshZones();

  it('passes every check', () => {
    expect(validate(dir).problems).toEqual([]);
  });

  it('has route lengths that fit their ends', () => {
    expectPlausibleRoutes(dir);
  });
});
