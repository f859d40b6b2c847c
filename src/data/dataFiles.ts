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
}

/** In the order problems are reported. */
export const DATA_FILES = [
  { key: 'sources', name: 'sources.json', layout: 'array' },
  { key: 'locations', name: 'locations.geojson', layout: 'features' },
  { key: 'events', name: 'events.json', layout: 'array' },
  { key: 'zones', name: 'zones.geojson', layout: 'features' },
] as const satisfies readonly DataFile[];

export type DataFileKey = (typeof DATA_FILES)[number]['key'];
export type LayoutOf<K extends DataFileKey> = Extract<(typeof DATA_FILES)[number], { key: K }>['layout'];

/** File name by key. */
export const FILE_NAMES = Object.fromEntries(DATA_FILES.map((f) => [f.key, f.name])) as { [K in DataFileKey]: string };

/** The raw contents of a geo/ folder, as parsed JSON (or why a file could not be read), before validation. */
export type RawDataset = Record<DataFileKey, unknown>;
