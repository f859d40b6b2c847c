// The app's geometry: clipping, subtraction, great circles, distances and
// label points. In src/ only this folder imports turf, so every
// geometric decision (which point labels an area, what "inside" means) is made
// once and shared by the validator, the model and the scripts.
// Positions are GeoJSON order, [lng, lat] in degrees; areas are in km².
import {
  along,
  area,
  bbox,
  booleanPointInPolygon,
  centerOfMass,
  cleanCoords,
  difference,
  distance,
  featureCollection,
  greatCircle,
  intersect,
  length,
  pointOnFeature,
  pointToPolygonDistance,
  truncate,
} from '@turf/turf';
import type { Feature, GeoJsonProperties, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';

/** [lng, lat] in degrees, GeoJSON order. */
export type LngLat = readonly [number, number];
export type AreaGeometry = Polygon | MultiPolygon;
export type AreaLike = AreaGeometry | Feature<AreaGeometry>;

const SQUARE_METRES_PER_KM2 = 1e6;

function asFeature(value: AreaLike): Feature<AreaGeometry> {
  return value.type === 'Feature' ? value : { type: 'Feature', properties: {}, geometry: value };
}

function geometryOf<G extends Geometry>(value: G | Feature<G>): G {
  return value.type === 'Feature' ? value.geometry : value;
}

/** [west, south, east, north] in degrees. */
export function bboxOf(value: Geometry | Feature): [number, number, number, number] {
  const [west = NaN, south = NaN, east = NaN, north = NaN] = bbox(value);
  return [west, south, east, north];
}

/** Area in km² (spherical, as turf measures it). */
export function areaKm2(value: AreaLike): number {
  return area(asFeature(value)) / SQUARE_METRES_PER_KM2;
}

/**
 * The part of `value` inside `outline`, keeping the feature's properties;
 * null when nothing is left.
 */
export function clipToOutline<P extends GeoJsonProperties>(
  value: Feature<AreaGeometry, P>,
  outline: AreaLike,
): Feature<AreaGeometry, P> | null {
  const clipped = intersect(featureCollection([asFeature(value), asFeature(outline)]));
  return clipped && { type: 'Feature', properties: value.properties, geometry: clipped.geometry };
}

/**
 * `value` minus every area in `others`, keeping the feature's properties;
 * null when nothing is left.
 */
export function subtractAreas<P extends GeoJsonProperties>(
  value: Feature<AreaGeometry, P>,
  others: readonly AreaLike[],
): Feature<AreaGeometry, P> | null {
  if (others.length === 0) return value;
  const rest = difference(featureCollection([asFeature(value), ...others.map(asFeature)]));
  return rest && { type: 'Feature', properties: value.properties, geometry: rest.geometry };
}

/** Area of the intersection of `a` and `b`, in km² (0 when they are disjoint). */
export function overlapAreaKm2(a: AreaLike, b: AreaLike): number {
  const common = intersect(featureCollection([asFeature(a), asFeature(b)]));
  return common ? areaKm2(common) : 0;
}

/** Area of the part of `value` outside `outline`, in km². */
export function areaOutsideKm2(value: AreaLike, outline: AreaLike): number {
  const outside = difference(featureCollection([asFeature(value), asFeature(outline)]));
  return outside ? areaKm2(outside) : 0;
}

/**
 * Whether `value` lies inside `outline`. `toleranceKm2` (default 0) is how much
 * may stick out: coordinates rounded to 5 decimals move a border by up to a metre,
 * which along a long coastline adds up to a little area.
 */
export function isInside(value: AreaLike, outline: AreaLike, toleranceKm2 = 0): boolean {
  return areaOutsideKm2(value, outline) <= toleranceKm2;
}

/**
 * The area without its parts (polygons of a MultiPolygon) smaller than
 * `minKm2`; a single part comes back as a Polygon; null when nothing is left.
 * Clipping hand-drawn shapes against a detailed coast leaves slivers like these.
 */
export function dropSmallParts(value: AreaGeometry, minKm2: number): AreaGeometry | null {
  const parts = value.type === 'Polygon' ? [value.coordinates] : value.coordinates;
  const kept = parts.filter((rings) => areaKm2({ type: 'Polygon', coordinates: rings }) >= minKm2);
  if (kept.length === 0) return null;
  return kept.length === 1 && kept[0] ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
}

/** How far `point` lies outside `outline`, in km; 0 when it is inside or on the border. */
export function distanceOutsideKm(point: LngLat, outline: AreaLike): number {
  return Math.max(0, pointToPolygonDistance([...point], asFeature(outline), { units: 'kilometers' }));
}

/** Great-circle distance between two positions, in km. */
export function distanceKm(a: LngLat, b: LngLat): number {
  return distance([...a], [...b], { units: 'kilometers' });
}

/**
 * The great circle from `from` to `to` as a LineString of `npoints` positions
 * (default 64: smooth at any zoom for a route of a few thousand km).
 */
export function greatCircleLine(from: LngLat, to: LngLat, options: { npoints?: number } = {}): LineString {
  const { npoints = 64 } = options;
  const line = greatCircle([...from], [...to], { npoints });
  // turf splits lines that cross the antimeridian; nothing in this region does,
  // so a split line means the input is wrong.
  if (line.geometry.type !== 'LineString') {
    throw new Error(`great circle from [${from.join(', ')}] to [${to.join(', ')}] crosses the antimeridian`);
  }
  return line.geometry;
}

/**
 * Where a marker or label for this geometry goes: the point itself; the point
 * halfway along a line; for an area its centre of mass when that is inside the
 * area (it reads as "the middle"), otherwise the middle of the widest stretch
 * of the area along the latitude of that centre (a crescent's centre of mass
 * falls outside it, and turf's pointOnFeature then gives a corner).
 */
export function labelPoint(value: Geometry | Feature): LngLat {
  const geometry = geometryOf(value as Geometry | Feature<Geometry>);
  switch (geometry.type) {
    case 'Point':
      return toLngLat(geometry.coordinates);
    case 'LineString': {
      const half = length({ type: 'Feature', properties: {}, geometry }, { units: 'kilometers' }) / 2;
      return toLngLat(along(geometry, half, { units: 'kilometers' }).geometry.coordinates);
    }
    case 'Polygon':
    case 'MultiPolygon': {
      const centre = centerOfMass(geometry).geometry.coordinates;
      if (booleanPointInPolygon(centre, geometry, { ignoreBoundary: true })) return toLngLat(centre);
      return widestStretchMiddle(geometry, centre[1] ?? NaN) ?? toLngLat(pointOnFeature(geometry).geometry.coordinates);
    }
    default:
      return toLngLat(pointOnFeature(geometry).geometry.coordinates);
  }
}

/**
 * The middle of the widest part of the area cut by the parallel at `lat`
 * (JTS's interior point, planar in degrees, which is plenty for a marker).
 * Null when the parallel misses the area.
 */
function widestStretchMiddle(geometry: AreaGeometry, lat: number): LngLat | null {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  const crossings: number[] = [];
  for (const ring of rings) {
    ring.forEach((a, i) => {
      const b = ring[i + 1];
      const [ax = NaN, ay = NaN] = a;
      const [bx = NaN, by = NaN] = b ?? [];
      // Half-open, so a vertex exactly on the parallel counts once.
      if (b && ay <= lat !== by <= lat) crossings.push(ax + ((lat - ay) / (by - ay)) * (bx - ax));
    });
  }
  crossings.sort((x, y) => x - y);
  let best: LngLat | null = null;
  let widest = 0;
  // Even-odd: between the 1st and 2nd crossing is inside, the 2nd and 3rd outside, and so on.
  for (let i = 0; i + 1 < crossings.length; i += 2) {
    const [west = NaN, east = NaN] = [crossings[i], crossings[i + 1]];
    if (east - west > widest) [widest, best] = [east - west, [(west + east) / 2, lat]];
  }
  return best;
}

function toLngLat(position: Position): LngLat {
  return [position[0] ?? NaN, position[1] ?? NaN];
}

/**
 * The same geometry with coordinates rounded to `decimals` places (default 5,
 * about a metre). In areas, the repeated positions that rounding creates are
 * removed; lines keep every position, so a route keeps its point count.
 */
export function roundCoordinates<G extends Geometry>(geometry: G, decimals = 5): G {
  const rounded = truncate(geometry, { precision: decimals, coordinates: 2, mutate: false });
  const isArea = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
  return isArea ? (cleanCoords(rounded) as G) : rounded;
}
