// Union, difference, clipping to a box and point-in-area for comparing two
// snapshots of control zones (src/data/zoneChanges.ts). Kept beside
// geometry.ts, since in src/ only this folder imports turf. Positions are
// [lng, lat] in degrees.
import { bbox, bboxClip, booleanPointInPolygon, difference, featureCollection, union } from '@turf/turf';
import type { Feature, Position } from 'geojson';
import type { AreaGeometry, LngLat } from './geometry';

const feature = (geometry: AreaGeometry): Feature<AreaGeometry> => ({ type: 'Feature', properties: {}, geometry });

/** Everything any of `areas` covers, as one area; null for none. */
export function unionOfAreas(areas: readonly AreaGeometry[]): AreaGeometry | null {
  if (areas.length === 0) return null;
  if (areas.length === 1) return areas[0] ?? null;
  return union(featureCollection(areas.map(feature)))?.geometry ?? null;
}

/** What `a` covers and none of `others` does; null when nothing is left. */
export function areaMinus(a: AreaGeometry | null, others: readonly AreaGeometry[]): AreaGeometry | null {
  if (a === null) return null;
  if (others.length === 0) return a;
  return difference(featureCollection([feature(a), ...others.map(feature)]))?.geometry ?? null;
}

/**
 * The part of `area` inside the bounding box of `within`; null when none.
 * Cheap (a box, not a polygon, clips it): subtracting a large area from a
 * small one costs as much as its whole outline unless it is cut down first.
 */
export function clipToBoxOf(area: AreaGeometry, within: AreaGeometry): AreaGeometry | null {
  const [west = 0, south = 0, east = 0, north = 0] = bbox(within);
  const clipped = bboxClip(area, [west, south, east, north]).geometry as AreaGeometry;
  const rings: Position[][][] = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
  const kept = rings.map((polygon) => polygon.filter((ring) => ring.length >= 4)).filter((polygon) => polygon.length > 0);
  if (kept.length === 0) return null;
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept };
}

/** Whether `point` lies inside `area` (on its border counts as inside). */
export function areaHoldsPoint(area: AreaGeometry, point: LngLat): boolean {
  return booleanPointInPolygon([...point], area);
}
