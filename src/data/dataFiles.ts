// The files of a geo/ folder, one row each: everything that reads or checks
// them (readGeoDir in Node, fetchDataFiles in the browser, the validators, the
// build's checksums) loops over this table, so a new file is one row here and
// its schemas in dataFileSchemas.ts (TypeScript asks for them).
// This module holds no schema and imports nothing: the browser reads it before
// it knows whether it needs the validator (zod) at all (see appModel.ts).

/**
 * How a file is laid out: a JSON array of records with an `id`; a GeoJSON
 * FeatureCollection whose features carry `properties.id`; or one JSON object
 * that is the file's only record and has no id.
 */
export type Layout = 'array' | 'features' | 'object';

export interface DataFile {
  /** the dataset's name for it (Dataset[key]) */
  key: string;
  /** file name in the geo/ folder; what problems cite */
  name: string;
  layout: Layout;
  /** a file a story may leave out: then read as an empty list (no problem), never fetched */
  optional?: boolean;
}

/** In the order problems are reported. */
export const DATA_FILES = [
  { key: 'sources', name: 'sources.json', layout: 'array' },
  { key: 'locations', name: 'locations.geojson', layout: 'features' },
  { key: 'events', name: 'events.json', layout: 'array' },
  { key: 'zones', name: 'zones.geojson', layout: 'features' },
  // The guided tours (src/panel/StoryTour.tsx); a story without them has none.
  { key: 'narratives', name: 'narratives.json', layout: 'array', optional: true },
] as const satisfies readonly DataFile[];

export type DataFileKey = (typeof DATA_FILES)[number]['key'];
export type LayoutOf<K extends DataFileKey> = Extract<(typeof DATA_FILES)[number], { key: K }>['layout'];

/** Whether a story may leave this file out (then it is an empty list). */
export function isOptional(file: DataFile): boolean {
  return file.optional === true;
}

/** File name by key. */
export const FILE_NAMES = Object.fromEntries(DATA_FILES.map((f) => [f.key, f.name])) as { [K in DataFileKey]: string };

/** The keys of the files a story may leave out. */
export type OptionalFileKey = Extract<(typeof DATA_FILES)[number], { optional: true }>['key'];

/** The raw contents of a geo/ folder, as parsed JSON (or why a file could not be read), before validation; an optional file left out may be absent. */
export type RawDataset = { [K in Exclude<DataFileKey, OptionalFileKey>]: unknown } & { [K in OptionalFileKey]?: unknown };
