// Air bases against OurAirports' open data: an air base names the airfield it
// is (or whose runway it shares) by its OurAirports ident, and stands within a
// few km of OurAirports' point for it. The airport list is handed in
// (readOurAirports.ts reads it in Node), so that the browser, which never
// validates against it, never downloads it.
import { distanceKm, type LngLat } from '../../geometry/geometry';
import type { Problem } from '../model';
import { FILE_NAMES, type ParsedDataset } from './ParsedDataset';

/** One airfield of OurAirports. */
export interface OurAirport {
  name: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  /** [lng, lat] */
  at: LngLat;
}

/** OurAirports ident → airfield. */
export type AirportLookup = ReadonlyMap<string, OurAirport>;

/**
 * How far an air base's point may stand from OurAirports' point for its
 * airfield. OurAirports gives one reference point per airfield; a base's
 * hangars and aprons spread a kilometre or two around its runways (Hmeimim
 * is the northern part of Latakia's airport). More means another airfield.
 */
export const MAX_AIRFIELD_OFFSET_KM = 3;

/** Kinds that are airfields and so must name their OurAirports ident. */
const AIRFIELD_KINDS: ReadonlySet<string> = new Set(['air-base']);

export function airportProblems(parsed: ParsedDataset, airports: AirportLookup): Problem[] {
  const file = FILE_NAMES.locations;
  const problems: Problem[] = [];
  for (const { record: place, id } of parsed.locations.valid) {
    const { kind, ourAirportsIdent } = place.properties;
    const { geometry } = place;
    if (AIRFIELD_KINDS.has(kind) && ourAirportsIdent === undefined) {
      problems.push({ file, id, field: 'properties.ourAirportsIdent', reason: `an ${kind} must name its OurAirports ident` });
    }
    if (ourAirportsIdent === undefined) continue;
    const field = 'geometry.coordinates';
    if (geometry.type !== 'Point') {
      problems.push({ file, id, field: 'properties.ourAirportsIdent', reason: 'only a point can be checked against OurAirports' });
      continue;
    }
    const airport = airports.get(ourAirportsIdent);
    if (!airport) {
      problems.push({ file, id, field: 'properties.ourAirportsIdent', reason: `OurAirports has no airfield ${ourAirportsIdent}` });
      continue;
    }
    const point: LngLat = [geometry.coordinates[0], geometry.coordinates[1]];
    const off = distanceKm(point, airport.at);
    if (off > MAX_AIRFIELD_OFFSET_KM) {
      const [lng, lat] = airport.at;
      problems.push({
        file,
        id,
        field,
        reason: `is ${off.toFixed(1)} km from OurAirports ${ourAirportsIdent} (${airport.name}) at [${lng}, ${lat}]; at most ${MAX_AIRFIELD_OFFSET_KM} km`,
      });
    }
  }
  return problems;
}
