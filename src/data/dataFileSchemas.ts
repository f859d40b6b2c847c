// The schemas of each row of dataFiles.ts: the whole file's, and one record's
// (to keep the records that pass when the file as a whole does not). Apart
// from the table because they load zod, which the browser loads only for data
// the build has not validated.
import type * as z from 'zod/mini';
import type { DataFileKey, LayoutOf } from './dataFiles';
import {
  EventRecord, EventsFile, LocationFeature, LocationsFile, SourceRecord, SourcesFile, ZoneFeature, ZonesFile,
} from './schema';
import { NarrativeRecord, NarrativesFile } from './narrativeSchema';

export interface FileSchemas {
  file: z.ZodMiniType;
  record: z.ZodMiniType;
}

export const FILE_SCHEMAS = {
  sources: { file: SourcesFile, record: SourceRecord },
  locations: { file: LocationsFile, record: LocationFeature },
  events: { file: EventsFile, record: EventRecord },
  zones: { file: ZonesFile, record: ZoneFeature },
  narratives: { file: NarrativesFile, record: NarrativeRecord },
} as const satisfies Record<DataFileKey, FileSchemas>;

/** One validated record of file K. */
export type RecordOf<K extends DataFileKey> = z.infer<(typeof FILE_SCHEMAS)[K]['record']>;

/** What the dataset holds of file K once validated: the records of a list, or the one object. */
export type ContentOf<K extends DataFileKey> = LayoutOf<K> extends 'object' ? RecordOf<K> : RecordOf<K>[];
