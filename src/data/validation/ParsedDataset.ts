// The five geo/ files after their schemas: what the cross-file checks read.
import type { EventRecord, LocationFeature, RouteFeature, SourceRecord, ZoneFeature } from '../schema';
import type { ParsedFile } from './parseFile';

export interface ParsedDataset {
  sources: ParsedFile<SourceRecord>;
  locations: ParsedFile<LocationFeature>;
  events: ParsedFile<EventRecord>;
  zones: ParsedFile<ZoneFeature>;
  routes: ParsedFile<RouteFeature>;
}

/** File names in geo/, in the order problems are reported. */
export const FILE_NAMES = {
  sources: 'sources.json',
  locations: 'locations.geojson',
  events: 'events.json',
  zones: 'zones.geojson',
  routes: 'routes.geojson',
} as const satisfies Record<keyof ParsedDataset, string>;
