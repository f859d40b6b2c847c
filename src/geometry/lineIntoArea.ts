// Where a line toward a place inside an area stops when all that is known is
// that it went into the area: a little way past the area's edge, on the great
// circle toward the area's anchor. Pure geometry, like geometry.ts beside it.
import { along, booleanPointInPolygon, greatCircle, length, lineString } from '@turf/turf';
import type { LngLat, AreaGeometry } from './geometry';

/** Enough vertices to find the crossing of a coast to a few km over a few thousand km. */
const SEARCH_POINTS = 512;

/**
 * The point `insetKm` past where the great circle from `from` toward `toward`
 * first enters `area` (never past `toward`); `toward` itself when the line
 * never enters the area before it. `from` is expected outside the area.
 */
export function pointInsideArea(from: LngLat, toward: LngLat, area: AreaGeometry, insetKm: number): LngLat {
  const circle = greatCircle([...from], [...toward], { npoints: SEARCH_POINTS });
  if (circle.geometry.type !== 'LineString') return toward;
  const line = circle.geometry;
  const vertices = line.coordinates;
  const entry = vertices.findIndex((p) => booleanPointInPolygon(p, area));
  if (entry <= 0) return toward;
  const upToEntry = length(lineString(vertices.slice(0, entry + 1)), { units: 'kilometers' });
  const total = length(lineString(vertices), { units: 'kilometers' });
  const [lng = NaN, lat = NaN] = along(line, Math.min(total, upToEntry + insetKm), { units: 'kilometers' }).geometry.coordinates;
  return [lng, lat];
}
