// The parts of the map that can be drawn without each other, and the files
// each needs: what is left out when a file cannot be loaded (appModel.ts), and
// how the reader is told of it (LoadFaults.ts, LoadProgress.ts). Imports only
// types, so the entry can read it before the rest of the data code has loaded.
import type { DataFileKey } from './dataFiles';

/**
 * A marker needs its event, its place and its sources together; the zones
 * need nothing else. `words` name the part to a reader.
 */
export const DATA_PARTS = [
  { id: 'events', files: ['sources', 'locations', 'events'], words: 'the events' },
  { id: 'zones', files: ['zones'], words: 'the control zones' },
] as const satisfies readonly { id: string; files: readonly DataFileKey[]; words: string }[];

export type DataPart = (typeof DATA_PARTS)[number];

/** The parts of the map that the given files, missing, take with them. */
export function partsWithout(missing: readonly DataFileKey[]): DataPart[] {
  return DATA_PARTS.filter((part) => part.files.some((key: DataFileKey) => missing.includes(key)));
}
