// The joined, frozen model the app renders. Built once from a validated
// Dataset by buildModel (src/data/buildModel.ts); nothing downstream changes it.
import type { DataFileKey, OptionalFileKey } from './dataFiles';
import type { ContentOf } from './dataFileSchemas';
import type { NarrativeRecord } from './narrativeSchema';
import type { EventPath, EventRecord, LocationFeature, SourceRecord, ZoneFeature } from './schema';
import type { ZoneChange } from './zoneChanges';

/** The contents of geo/ after validation: per file of dataFiles.ts, its records (or its one object). */
export type Dataset = { [K in Exclude<DataFileKey, OptionalFileKey>]: ContentOf<K> } & { [K in OptionalFileKey]?: ContentOf<K> };

/** One thing wrong with the data, precise enough for a data author to fix it. */
export interface Problem {
  /** file name in geo/, e.g. "events.json" */
  file: string;
  /** id of the record, or null when the record has none (or the file itself is broken) */
  id: string | null;
  /** dotted path of the field, e.g. "sources.0.quote"; "" for the whole record */
  field: string;
  reason: string;
}

/** [lat, lng] in degrees, Leaflet's order. */
export type LatLng = readonly [number, number];

export interface EventView extends EventRecord {
  location: LocationFeature;
  /** where the marker goes: the point, or a point inside the area/line */
  anchor: LatLng;
  /** first and last day the (partial) date can mean, YYYY-MM-DD */
  start: string;
  end: string;
  /** the line of an event with a `path`, derived from its ends */
  line?: PathLine;
}

/** The line drawn for an event's path: only its ends were reported. */
export interface PathLine {
  /** the great circle from the point of `path.from` toward `path.to` ([lat, lng] vertices): to its point, or into its area (deriveGeometry.ts) */
  positions: readonly LatLng[];
  /** the length of the line as drawn, whole km */
  distanceKm: number;
  /** the place the line goes to (path.to); when it is an area and its sources name no destination in it, the line stops just inside its edge */
  to: { name: string; destinationNamed: boolean };
  /** for scale, when `to` is an area with an anchor town: the great-circle distance from the start to that town, whole km */
  scale?: { from: string; to: string; km: number };
}

/** An event with a path, which the map draws as a line (map/routeLayer.ts) rather than as a marker. */
export type PathEventView = EventView & { path: EventPath; line: PathLine };

export function hasLine(event: EventView): event is PathEventView {
  return event.line !== undefined && event.path !== undefined;
}

/** The zones that describe one period; snapshots never overlap in time. */
export interface Snapshot {
  validFrom: string;
  validTo: string;
  zones: readonly ZoneFeature[];
}

export interface Model {
  sources: ReadonlyMap<string, SourceRecord>;
  locations: ReadonlyMap<string, LocationFeature>;
  /** sorted by start, then id */
  events: readonly EventView[];
  eventsById: ReadonlyMap<string, EventView>;
  /** sorted by validFrom */
  snapshots: readonly Snapshot[];
  /** label point of every location, for place labels and search */
  labelPoints: ReadonlyMap<string, LatLng>;
  /** the guided tours by id, in file order (geo/narratives.json); empty when the story has none */
  narratives: ReadonlyMap<string, NarrativeRecord>;
  /** what changed between consecutive snapshots, by day (zoneChanges.ts) */
  zoneChanges: readonly ZoneChange[];
}
