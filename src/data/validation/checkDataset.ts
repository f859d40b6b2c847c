// The common frame of both validators: every file through its schema, then the
// given cross-file checks, problems sorted by file, and the dataset assembled
// only when nothing is wrong. Which checks run is the caller's choice.
import { DATA_FILES, isOptional, type RawDataset } from '../dataFiles';
import { FILE_SCHEMAS } from '../dataFileSchemas';
import { datasetOf, type DatasetFiles } from '../datasetOf';
import type { Dataset, Problem } from '../model';
import type { ParsedDataset } from './ParsedDataset';
import { parseFile } from './parseFile';

export interface ValidationResult {
  /** the validated data, or null when there is any problem */
  dataset: Dataset | null;
  /** sorted by file (in dataFiles.ts order), then in the order found */
  problems: Problem[];
}

/** One check between records or files; runs on the records that passed their schema. */
export type DatasetCheck = (parsed: ParsedDataset) => Problem[];

export function checkDataset(raw: RawDataset, checks: readonly DatasetCheck[]): ValidationResult {
  let parsed: ParsedDataset;
  let problems: Problem[];
  try {
    parsed = Object.fromEntries(
      // A file a story may leave out is, when left out, an empty list.
      DATA_FILES.map((f) => [f.key, parseFile<unknown>(f.name, raw[f.key] === undefined && isOptional(f) ? [] : raw[f.key], FILE_SCHEMAS[f.key], f.layout)]),
    ) as unknown as ParsedDataset;
    const byParse = DATA_FILES.flatMap((f) => parsed[f.key].problems);
    problems = [...byParse, ...checks.flatMap((check) => check(parsed))];
  } catch (error) {
    // A bug in a check must not take the app down with it; say so instead.
    const reason = `validation stopped: ${error instanceof Error ? error.message : String(error)}`;
    return { dataset: null, problems: [{ file: 'geo/', id: null, field: '', reason }] };
  }

  const order: string[] = DATA_FILES.map((f) => f.name);
  problems.sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file));
  if (problems.length > 0) return { dataset: null, problems };
  const files = Object.fromEntries(DATA_FILES.map((f) => [f.key, parsed[f.key].data])) as DatasetFiles;
  return { dataset: datasetOf(files), problems };
}
