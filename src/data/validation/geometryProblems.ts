// Checks on what the coordinates mean: sound rings in the right order, zones
// inside the story's country that do not overlap within a snapshot, snapshots
// that do not overlap in time. (The lines of events with a path are derived
// from their places, not written: see pathProblems.ts.)
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { areaOutsideKm2, bboxOf, distanceOutsideKm, overlapAreaKm2 } from '../../geometry/geometry';
import { ringProblems, type Region } from '../../geometry/ringProblems';
import type { Problem } from '../model';
import type { LocationFeature, ZoneFeature } from '../schema';
import { FILE_NAMES, type ParsedDataset } from './ParsedDataset';

/** A place in the story's country may lie this far outside the outline: Natural Earth's 10m coast is drawn to a few hundred metres, and a port's point can sit on the water. */
const PLACE_OUTSIDE_TOLERANCE_KM = 5;
/**
 * Zones are clipped to the outline, then rounded to 5 decimals (about a metre);
 * along a coast and borders that leaves slivers outside: 0.45 km² for a
 * zone that follows a whole coast (measured on geo/'s May 2020 zones).
 */
const ZONE_OUTSIDE_TOLERANCE_KM2 = 2;
/** Neighbouring zones of one snapshot share rounded borders; anything bigger than this is a real overlap. */
const ZONE_OVERLAP_TOLERANCE_KM2 = 0.1;
/** Swapped coordinates are looked for against the country's box widened by this much, so a place on the coast still counts as inside. */
const REGION_MARGIN_DEGREES = 0.5;

const GEOMETRY_FIELD = 'geometry.coordinates';
const km = (n: number): string => n.toFixed(1);

/** The outline of the country zones must stay inside; its `name` (the story's `country`) is the one places name in their `country` and messages use. */
export type CountryOutline = Feature<Polygon | MultiPolygon, { name: string }>;

export function geometryProblems(parsed: ParsedDataset, outline?: CountryOutline): Problem[] {
  const region = outline ? countryRegion(outline) : undefined;
  const places = soundPlaces(parsed, region, outline);
  return [
    ...places.problems,
    ...zoneProblems(parsed, region, outline),
  ];
}

function countryRegion(outline: CountryOutline): Region {
  const [west, south, east, north] = bboxOf(outline);
  const m = REGION_MARGIN_DEGREES;
  return { name: outline.properties.name, bbox: [west - m, south - m, east + m, north + m] };
}

/** Turf throws on geometry it cannot handle; that is a problem with the record, not a crash. */
function measured(file: string, id: string, check: () => Problem[]): Problem[] {
  try {
    return check();
  } catch (error) {
    return [{ file, id, field: GEOMETRY_FIELD, reason: `could not be measured: ${error instanceof Error ? error.message : String(error)}` }];
  }
}

function soundPlaces(parsed: ParsedDataset, region: Region | undefined, outline: CountryOutline | undefined) {
  const file = FILE_NAMES.locations;
  const sound = new Map<string, LocationFeature>();
  const problems: Problem[] = [];
  for (const { record: place, id } of parsed.locations.valid) {
    const inCountry = outline !== undefined && place.properties.country === outline.properties.name;
    const issues = ringProblems(place.geometry, { region: inCountry ? region : undefined });
    problems.push(...issues.map((reason) => ({ file, id, field: GEOMETRY_FIELD, reason })));
    if (issues.length > 0) continue;
    sound.set(id, place);
    if (!outline || !inCountry || place.geometry.type !== 'Point') continue;
    const [lng = NaN, lat = NaN] = place.geometry.coordinates;
    problems.push(
      ...measured(file, id, () => {
        const outside = distanceOutsideKm([lng, lat], outline);
        return outside > PLACE_OUTSIDE_TOLERANCE_KM ? [{ file, id, field: GEOMETRY_FIELD, reason: `lies ${km(outside)} km outside ${outline.properties.name}'s outline` }] : [];
      }),
    );
  }
  return { sound, problems };
}

function zoneProblems(parsed: ParsedDataset, region: Region | undefined, outline: CountryOutline | undefined): Problem[] {
  const file = FILE_NAMES.zones;
  const problems: Problem[] = [];
  const snapshots = new Map<string, { id: string; zone: ZoneFeature; sound: boolean }[]>();
  for (const { record: zone, id } of parsed.zones.valid) {
    const issues = ringProblems(zone.geometry, { region });
    problems.push(...issues.map((reason) => ({ file, id, field: GEOMETRY_FIELD, reason })));
    const key = `${zone.properties.validFrom}/${zone.properties.validTo}`;
    snapshots.set(key, [...(snapshots.get(key) ?? []), { id, zone, sound: issues.length === 0 }]);
    if (issues.length > 0 || !outline) continue;
    problems.push(
      ...measured(file, id, () => {
        const outside = areaOutsideKm2(zone, outline);
        const reason = `lies ${km(outside)} km² outside ${outline.properties.name}'s outline; npm run zones clips it`;
        return outside > ZONE_OUTSIDE_TOLERANCE_KM2 ? [{ file, id, field: GEOMETRY_FIELD, reason }] : [];
      }),
    );
  }

  for (const [key, zones] of snapshots) {
    const sound = zones.filter((z) => z.sound);
    sound.forEach((later, j) => {
      for (const earlier of sound.slice(0, j)) {
        problems.push(
          ...measured(file, later.id, () => {
            const overlap = overlapAreaKm2(earlier.zone, later.zone);
            const reason = `overlaps zone "${earlier.id}" by ${km(overlap)} km² in snapshot ${key.replace('/', ' to ')}`;
            return overlap > ZONE_OVERLAP_TOLERANCE_KM2 ? [{ file, id: later.id, field: GEOMETRY_FIELD, reason }] : [];
          }),
        );
      }
    });
  }
  return [...problems, ...snapshotsOverlappingInTime([...snapshots.values()])];
}

function snapshotsOverlappingInTime(snapshots: { id: string; zone: ZoneFeature }[][]): Problem[] {
  const periods = snapshots
    .map((zones) => ({ first: zones[0], from: zones[0]?.zone.properties.validFrom ?? '', to: zones[0]?.zone.properties.validTo ?? '' }))
    .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  const problems: Problem[] = [];
  periods.forEach((later, j) => {
    for (const earlier of periods.slice(0, j)) {
      if (!later.first || later.from > earlier.to) continue;
      problems.push({
        file: FILE_NAMES.zones,
        id: later.first.id,
        field: 'properties.validFrom',
        reason: `snapshot ${later.from} to ${later.to} overlaps snapshot ${earlier.from} to ${earlier.to} in time`,
      });
    }
  });
  return problems;
}
