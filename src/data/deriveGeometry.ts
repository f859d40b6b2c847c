// The numbers the model takes from geometry: where each place's label and
// markers go, and the line of each event that has a path. Computed with turf
// (src/geometry), either when the app is built (scripts/verifiedData.ts, for
// the data it validated then) or in the browser for data it has not seen
// before (appModel.ts), so turf need not ship in the code every reader loads.
import { distanceKm, greatCircleLine, labelPoint, roundCoordinates, type AreaGeometry, type LngLat } from '../geometry/geometry';
import { pointInsideArea } from '../geometry/lineIntoArea';
import type { Dataset, LatLng, PathLine } from './model';
import { zoneChanges, type ZoneChange } from './zoneChanges';
import type { LocationFeature } from './schema';

/** Plain JSON, so that the build can hand it to the app as it is. */
export interface DerivedGeometry {
  /** location id → label point, [lat, lng] */
  labelPoints: Record<string, LatLng>;
  /** location id → where its events' markers stand, [lat, lng], for the places with an `anchor` (elsewhere the label point) */
  markerPoints?: Record<string, LatLng>;
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
 * How far into an area a line goes whose sources name no destination in it:
 * far enough to be plainly inside the outline at the zooms the map opens at,
 * not so far that its end looks like a place.
 */
const INTO_AREA_KM = 30;

function isArea(geometry: LocationFeature['geometry']): geometry is Extract<LocationFeature['geometry'], { type: AreaGeometry['type'] }> {
  return geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
}

/**
 * Expects a dataset whose references resolve (validateRecords). A path runs
 * from the point of its `from` place on the great circle (only the ends were
 * reported) toward its `to` place: to its point; or, when `to` is an area
 * (a region "the east"), toward the area's anchor town until a little way
 * inside the area's edge, since the sources say only that it went into the
 * area. The distance to the anchor town is then given for scale.
 */
export function deriveGeometry(dataset: Pick<Dataset, 'locations' | 'events' | 'zones'>): DerivedGeometry {
  const labelPoints: Record<string, LatLng> = {};
  const markerPoints: Record<string, LatLng> = {};
  const markerLngLat = new Map<string, LngLat>();
  const places = new Map<string, LocationFeature>();
  for (const location of dataset.locations) {
    const { id, anchor } = location.properties;
    const [lng, lat] = labelPoint(location.geometry);
    labelPoints[id] = [lat, lng];
    places.set(id, location);
    const at: LngLat = anchor ? [anchor.coordinates[0], anchor.coordinates[1]] : [lng, lat];
    if (anchor) markerPoints[id] = [at[1], at[0]];
    markerLngLat.set(id, at);
  }
  const paths: Record<string, PathLine> = {};
  for (const event of dataset.events) {
    if (!event.path) continue;
    const fromPlace = places.get(event.path.from);
    const toPlace = places.get(event.path.to);
    const from = markerLngLat.get(event.path.from);
    const toward = markerLngLat.get(event.path.to);
    if (!fromPlace || !toPlace || !from || !toward) throw new Error(`event "${event.id}": unknown place on its path; validate the dataset first`);
    const area = isArea(toPlace.geometry) ? (toPlace.geometry as AreaGeometry) : null;
    const intoArea = area !== null;
    const end = area ? pointInsideArea(from, toward, area, INTO_AREA_KM) : toward;
    const line = roundCoordinates(greatCircleLine(from, end, { npoints: PATH_POINTS }), PATH_DECIMALS);
    const anchor = toPlace.properties.anchor;
    paths[event.id] = {
      positions: line.coordinates.map(([lng = NaN, lat = NaN]): LatLng => [lat, lng]),
      distanceKm: Math.round(distanceKm(from, end)),
      to: { name: toPlace.properties.name, destinationNamed: !intoArea },
      ...(intoArea && anchor ? { scale: { from: fromPlace.properties.name, to: anchor.name, km: Math.round(distanceKm(from, toward)) } } : {}),
    };
  }
  // What changed between snapshots, linked to events by their places' own points (not a region's anchor town).
  const pointOf = new Map(Object.entries(labelPoints).map(([id, [lat, lng]]) => [id, [lng, lat] as [number, number]]));
  return { labelPoints, markerPoints, paths, zoneChanges: zoneChanges(dataset.zones, dataset.events, pointOf) };
}
