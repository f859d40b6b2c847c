// The numbers the model takes from geometry: where each place's label and
// markers go, and the line of each event that has a path. Computed with turf
// (src/geometry), either when the app is built (scripts/verifiedData.ts, for
// the data it validated then) or in the browser for data it has not seen
// before (appModel.ts), so turf need not ship in the code every reader loads.
import { distanceKm, greatCircleLine, labelPoint, roundCoordinates } from '../geometry/geometry';
import type { Dataset, LatLng, PathLine } from './model';
import { zoneChanges, type ZoneChange } from './zoneChanges';

/** Plain JSON, so that the build can hand it to the app as it is. */
export interface DerivedGeometry {
  /** location id → label point, [lat, lng] */
  labelPoints: Record<string, LatLng>;
  /** event id → the line of its path, for the events that have one */
  paths: Record<string, PathLine>;
  /** what changed between consecutive zone snapshots (zoneChanges.ts); absent means none */
  zoneChanges?: ZoneChange[];
}

/** Enough for a smooth curve at any zoom over a few thousand km. */
const PATH_POINTS = 64;
/** About a metre. */
const PATH_DECIMALS = 5;

/**
 * Expects a dataset whose references resolve (validateRecords). A path runs
 * from the point of its `from` place to the label point of its `to` place (a
 * point inside an area such as a region): the shortest path, since only the
 * ends were reported.
 */
export function deriveGeometry(dataset: Pick<Dataset, 'locations' | 'events' | 'zones'>): DerivedGeometry {
  const labelPoints: Record<string, LatLng> = {};
  const lngLat = new Map<string, [number, number]>();
  for (const location of dataset.locations) {
    const [lng, lat] = labelPoint(location.geometry);
    labelPoints[location.properties.id] = [lat, lng];
    lngLat.set(location.properties.id, [lng, lat]);
  }
  const paths: Record<string, PathLine> = {};
  for (const event of dataset.events) {
    if (!event.path) continue;
    const from = lngLat.get(event.path.from);
    const to = lngLat.get(event.path.to);
    if (!from || !to) throw new Error(`event "${event.id}": unknown place on its path; validate the dataset first`);
    const line = roundCoordinates(greatCircleLine(from, to, { npoints: PATH_POINTS }), PATH_DECIMALS);
    paths[event.id] = {
      positions: line.coordinates.map(([lng = NaN, lat = NaN]): LatLng => [lat, lng]),
      distanceKm: Math.round(distanceKm(from, to)),
    };
  }
  return { labelPoints, paths, zoneChanges: zoneChanges(dataset.zones, dataset.events, lngLat) };
}
