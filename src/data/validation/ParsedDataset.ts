// The files of dataFiles.ts after their schemas: what the cross-file checks read.
import type { DataFileKey } from '../dataFiles';
import type { RecordOf } from '../dataFileSchemas';
import type { ParsedFile } from './parseFile';

export type ParsedDataset = { [K in DataFileKey]: ParsedFile<RecordOf<K>> };

export { FILE_NAMES } from '../dataFiles';
