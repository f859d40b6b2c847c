// Joins a validated Dataset into the one Model the app renders: events with
// their places and date ranges (and the lines of those with a path), zones
// grouped into snapshots. The result is frozen all the way down; nothing downstream
// may change it. It is built in one pass of frozen copies rather than a
// structuredClone that is then frozen: at 100,000 events that is the
// difference between a few hundred milliseconds and several seconds.
import type { DerivedGeometry } from './deriveGeometry';
import type { Dataset, EventView, LatLng, Model, Snapshot } from './model';
import type { ZoneFeature } from './schema';

/**
 * Expects a dataset that passed validateDataset (every reference resolves) and
 * its geometry (deriveGeometry, run on the same dataset). The dataset itself is left alone.
 */
export function buildModel(dataset: Dataset, geometry: DerivedGeometry): Model {
  const sources = readOnlyMap(dataset.sources.map((s) => [s.id, frozenCopy(s)]));
  const locations = readOnlyMap(dataset.locations.map((l) => [l.properties.id, frozenCopy(l)]));
  const labelPoints = readOnlyMap(
    [...locations.values()].map((l): [string, LatLng] => {
      const at = geometry.labelPoints[l.properties.id];
      if (!at) throw new Error(`location "${l.properties.id}" has no label point; derive the geometry of this dataset`);
      return [l.properties.id, Object.freeze([at[0], at[1]] as const)];
    }),
  );

  // Sorted on small keys before the views are made: sorting 100,000 wide
  // objects is several times slower. Plain string order, not localeCompare:
  // for ISO dates and slugs it is the same order, and it does not depend on the
  // browser's locale.
  const order = dataset.events
    .map((event, index) => {
      const { start, end } = dayRange(event.date);
      return { index, id: event.id, start, end };
    })
    .sort((a, b) => compare(a.start, b.start) || compare(a.id, b.id));
  const events: EventView[] = order.map(({ index, start, end }) => {
    const event = dataset.events[index]!;
    const location = locations.get(event.locationId);
    const markerAt = geometry.markerPoints?.[event.locationId];
    const anchor = markerAt ? Object.freeze([markerAt[0], markerAt[1]] as const) : labelPoints.get(event.locationId);
    if (!location || !anchor) throw new Error(`event "${event.id}": unknown location "${event.locationId}"; validate the dataset first`);
    const view = copyFields(event) as EventView;
    view.location = location;
    view.anchor = anchor;
    view.start = start;
    view.end = end;
    if (event.path) {
      const line = geometry.paths[event.id];
      if (!line) throw new Error(`event "${event.id}" has no line for its path; derive the geometry of this dataset`);
      view.line = frozenCopy(line);
    }
    return Object.freeze(view);
  });

  return Object.freeze({
    sources,
    locations,
    events: Object.freeze(events),
    eventsById: readOnlyMap(events.map((e) => [e.id, e] as const)),
    snapshots: Object.freeze(snapshotsOf(dataset.zones.map(frozenCopy))),
    labelPoints,
    narratives: readOnlyMap((dataset.narratives ?? []).map((n) => [n.id, frozenCopy(n)] as const)),
    zoneChanges: frozenCopy(geometry.zoneChanges ?? []),
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

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function snapshotsOf(zones: readonly ZoneFeature[]): Snapshot[] {
  const byPeriod = new Map<string, { validFrom: string; validTo: string; zones: ZoneFeature[] }>();
  for (const zone of zones) {
    const { validFrom, validTo } = zone.properties;
    const key = `${validFrom}/${validTo}`;
    const snapshot = byPeriod.get(key) ?? { validFrom, validTo, zones: [] };
    snapshot.zones.push(zone);
    byPeriod.set(key, snapshot);
  }
  return [...byPeriod.values()]
    .sort((a, b) => compare(a.validFrom, b.validFrom) || compare(a.validTo, b.validTo))
    .map((s) => Object.freeze({ ...s, zones: Object.freeze(s.zones) }));
}

/** A copy of a record's own fields, each a frozen copy; the record itself is left unfrozen so fields can be added. */
function copyFields<T extends object>(record: T): T {
  const copy = {} as Record<string, unknown>;
  // for…in, not Object.entries: no array of pairs per record (validated records have no inherited keys).
  for (const key in record) copy[key] = frozenCopy(record[key]);
  return copy as T;
}

/** A frozen deep copy of plain JSON-like data (objects, arrays, primitives), as validated data is. */
function frozenCopy<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return Object.freeze(value.map(frozenCopy)) as T;
  return Object.freeze(copyFields(value));
}

/**
 * A Map whose mutators throw, as assigning to a frozen object does in strict
 * mode: Object.freeze cannot protect a Map's entries, which live outside the object.
 */
function readOnlyMap<K, V>(entries: Iterable<readonly [K, V]>): ReadonlyMap<K, V> {
  const map = new Map<K, V>();
  for (const [key, value] of entries) map.set(key, value);
  for (const method of ['set', 'delete', 'clear']) {
    Object.defineProperty(map, method, {
      value: () => {
        throw new TypeError(`the model is read-only: Map.${method} is not allowed`);
      },
    });
  }
  return Object.freeze(map);
}
