// Joins a validated Dataset into the one Model the app renders: events with
// their places and date ranges, zones grouped into snapshots, routes with
// their length. The result is frozen all the way down; nothing downstream
// may change it.
import { distanceKm, labelPoint } from '../geometry/geometry';
import type { Dataset, EventView, LatLng, Model, RouteView, Snapshot } from './model';
import type { ZoneFeature } from './schema';

/** Expects a dataset that passed validateDataset: every reference resolves. */
export function buildModel(dataset: Dataset): Model {
  // A copy, so that freezing the model leaves the caller's dataset alone.
  const data = structuredClone(dataset);
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const locations = new Map(data.locations.map((l) => [l.properties.id, l]));
  const labelPoints = new Map<string, LatLng>(
    data.locations.map((l) => {
      const [lng, lat] = labelPoint(l.geometry);
      return [l.properties.id, [lat, lng]];
    }),
  );

  const events: EventView[] = data.events
    .map((event) => {
      const location = locations.get(event.locationId);
      const anchor = labelPoints.get(event.locationId);
      if (!location || !anchor) throw new Error(`event "${event.id}": unknown location "${event.locationId}"; validate the dataset first`);
      return { ...event, location, anchor, ...dayRange(event.date) };
    })
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));

  const routes: RouteView[] = data.routes.map((route) => {
    const line = route.geometry.coordinates;
    const [first, last] = [line[0], line[line.length - 1]];
    if (!first || !last) throw new Error(`route "${route.properties.id}" has no positions`);
    return { ...route, distanceKm: Math.round(distanceKm([first[0], first[1]], [last[0], last[1]])) };
  });

  return deepFreeze({
    sources,
    locations,
    events,
    eventsById: new Map(events.map((e) => [e.id, e])),
    snapshots: snapshotsOf(data.zones),
    routes,
    labelPoints,
  });
}

/** First and last day a partial date can mean: "2020" is the whole year, "2020-05" the whole month. */
export function dayRange(date: string): { start: string; end: string } {
  const [year = '', month, day] = date.split('-');
  if (day !== undefined) return { start: date, end: date };
  if (month === undefined) return { start: `${year}-01-01`, end: `${year}-12-31` };
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return { start: `${year}-${month}-01`, end: `${year}-${month}-${String(lastDay).padStart(2, '0')}` };
}

function snapshotsOf(zones: readonly ZoneFeature[]): Snapshot[] {
  const byPeriod = new Map<string, Snapshot & { zones: ZoneFeature[] }>();
  for (const zone of zones) {
    const { validFrom, validTo } = zone.properties;
    const key = `${validFrom}/${validTo}`;
    const snapshot = byPeriod.get(key) ?? { validFrom, validTo, zones: [] };
    snapshot.zones.push(zone);
    byPeriod.set(key, snapshot);
  }
  return [...byPeriod.values()].sort((a, b) => a.validFrom.localeCompare(b.validFrom) || a.validTo.localeCompare(b.validTo));
}

/**
 * Object.freeze on every object and array reached. Maps cannot be frozen that
 * way (their entries live outside the object), so their mutators are replaced
 * by ones that throw, as assigning to a frozen object does in strict mode.
 */
function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (value instanceof Map) {
    for (const [k, v] of value) {
      deepFreeze(k);
      deepFreeze(v);
    }
    for (const method of ['set', 'delete', 'clear']) {
      Object.defineProperty(value, method, {
        value: () => {
          throw new TypeError(`the model is read-only: Map.${method} is not allowed`);
        },
      });
    }
  } else {
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return Object.freeze(value);
}
