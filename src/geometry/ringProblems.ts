// What is wrong with a geometry's coordinates, in words a data author can act
// on. The schema only knows positions are numbers; this knows what they mean.
import { cleanCoords, kinks } from '@turf/turf';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/** Where positions are expected to lie, so that [lat, lng] mix-ups stand out. */
export interface Region {
  /** used in messages: "is outside <country>" (the story's country) */
  name: string;
  /** [west, south, east, north] in degrees */
  bbox: readonly [number, number, number, number];
}

/** Messages beyond this many of one kind are summed up: one bad polygon should not flood the report. */
const MAX_RANGE_MESSAGES = 3;

/**
 * Every problem with a geometry's coordinates: longitudes and latitudes out of
 * range; positions that look like [lat, lng] (outside `region`, but inside it
 * when swapped); rings that are not closed or have fewer than 4 positions;
 * self-intersections (found by turf's kinks). Empty when the geometry is sound.
 */
export function ringProblems(geometry: Geometry, options: { region?: Region } = {}): string[] {
  const positions = allPositions(geometry);
  const problems = rangeProblems(positions);
  if (problems.length === 0 && options.region) problems.push(...swapProblems(positions, options.region));
  if (geometry.type === 'LineString' && geometry.coordinates.length < 2) {
    problems.push(`a line needs at least 2 positions, this one has ${geometry.coordinates.length}`);
  }
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
    const shape = ringShapeProblems(geometry);
    problems.push(...shape);
    if (problems.length === 0) problems.push(...selfIntersections(geometry));
  }
  return problems;
}

function allPositions(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(allPositions);
  }
}

const show = (position: Position): string => `[${position.join(', ')}]`;

function rangeProblems(positions: readonly Position[]): string[] {
  const problems: string[] = [];
  for (const position of positions) {
    const [lng, lat] = position;
    if (typeof lng !== 'number' || typeof lat !== 'number' || !Number.isFinite(lng) || !Number.isFinite(lat)) {
      problems.push(`${show(position)} is not a [lng, lat] pair of numbers`);
      continue;
    }
    if (lng < -180 || lng > 180) problems.push(`longitude ${lng} out of range in ${show(position)}`);
    if (lat < -90 || lat > 90) {
      const hint = Math.abs(lng) <= 90 ? '; is it [lat, lng]? GeoJSON order is [lng, lat]' : '';
      problems.push(`latitude ${lat} out of range in ${show(position)}${hint}`);
    }
  }
  return summarise(problems);
}

function summarise(problems: string[]): string[] {
  if (problems.length <= MAX_RANGE_MESSAGES) return problems;
  const more = problems.length - MAX_RANGE_MESSAGES;
  return [...problems.slice(0, MAX_RANGE_MESSAGES), `and ${more} more position${more === 1 ? '' : 's'} out of range`];
}

function inBbox(lng: number, lat: number, [west, south, east, north]: Region['bbox']): boolean {
  return lng >= west && lng <= east && lat >= south && lat <= north;
}

function swapProblems(positions: readonly Position[], region: Region): string[] {
  const swapped = positions.filter(([lng = NaN, lat = NaN]) => !inBbox(lng, lat, region.bbox) && inBbox(lat, lng, region.bbox));
  const first = swapped[0];
  if (!first) return [];
  const [lng, lat, ...rest] = first;
  const example = `${show(first)} is outside ${region.name} but ${show([lat ?? NaN, lng ?? NaN, ...rest])} is inside`;
  const count = swapped.length === 1 ? '' : ` (${swapped.length} positions)`;
  return [`${example}: is it [lat, lng]? GeoJSON order is [lng, lat]${count}`];
}

function ringShapeProblems(geometry: Polygon | MultiPolygon): string[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const problems: string[] = [];
  polygons.forEach((rings, p) => {
    rings.forEach((ring, r) => {
      const name = geometry.type === 'Polygon' ? `ring ${r}` : `polygon ${p} ring ${r}`;
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (ring.length < 4) problems.push(`${name} has ${ring.length} positions; a closed ring needs at least 4`);
      else if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) {
        problems.push(`${name} is not closed: it starts at ${show(first ?? [])} and ends at ${show(last ?? [])}`);
      }
    });
  });
  return problems;
}

function selfIntersections(geometry: Polygon | MultiPolygon): string[] {
  let crossings: Position[];
  try {
    // Repeated positions are harmless but kinks reports them as crossings.
    crossings = kinks(cleanCoords(geometry) as Polygon | MultiPolygon).features.map((k) => k.geometry.coordinates);
  } catch (error) {
    return [`rings do not enclose an area (${error instanceof Error ? error.message : String(error)})`];
  }
  const first = crossings[0];
  if (!first) return [];
  const at = show(first.map((n) => Math.round(n * 1e5) / 1e5));
  const more = crossings.length - 1;
  return [`intersects itself at ${at}${more > 0 ? ` and ${more} more place${more === 1 ? '' : 's'}` : ''}`];
}
