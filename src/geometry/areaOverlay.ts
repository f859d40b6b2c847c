// Union, difference and point-in-area for comparing two snapshots of control
// zones (src/data/zoneChanges.ts). Kept beside geometry.ts, since in src/ only
// this folder imports turf. Positions are [lng, lat] in degrees.
import { booleanPointInPolygon, difference, featureCollection, union } from '@turf/turf';
import type { Feature } from 'geojson';
import type { AreaGeometry, LngLat } from './geometry';

const feature = (geometry: AreaGeometry): Feature<AreaGeometry> => ({ type: 'Feature', properties: {}, geometry });

/** Everything any of `areas` covers, as one area; null for none. */
export function unionOfAreas(areas: readonly AreaGeometry[]): AreaGeometry | null {
  if (areas.length === 0) return null;
  if (areas.length === 1) return areas[0] ?? null;
  return union(featureCollection(areas.map(feature)))?.geometry ?? null;
}

/** What `a` covers and `b` does not; null when nothing is left. Either may be null (nothing). */
export function areaMinus(a: AreaGeometry | null, b: AreaGeometry | null): AreaGeometry | null {
  if (a === null) return null;
  if (b === null) return a;
  return difference(featureCollection([feature(a), feature(b)]))?.geometry ?? null;
}

/** Whether `point` lies inside `area` (on its border counts as inside). */
export function areaHoldsPoint(area: AreaGeometry, point: LngLat): boolean {
  return booleanPointInPolygon([...point], area);
}
