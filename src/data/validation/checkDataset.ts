// The common frame of both validators: every file through its schema, then the
// given cross-file checks, problems sorted by file, and the dataset assembled
// only when nothing is wrong. Which checks run is the caller's choice.
import type { Dataset, Problem } from '../model';
import {
  EventRecord,
  EventsFile,
  LocationFeature,
  LocationsFile,
  RouteFeature,
  RoutesFile,
  SourceRecord,
  SourcesFile,
  ZoneFeature,
  ZonesFile,
  type RawDataset,
} from '../schema';
import { datasetOf, type DatasetFiles } from '../datasetOf';
import { FILE_NAMES, type ParsedDataset } from './ParsedDataset';
import { parseFile } from './parseFile';

export interface ValidationResult {
  /** the validated data, or null when there is any problem */
  dataset: Dataset | null;
  /** sorted by file (sources, locations, events, zones, routes), then in the order found */
  problems: Problem[];
}

/** One check between records or files; runs on the records that passed their schema. */
export type DatasetCheck = (parsed: ParsedDataset) => Problem[];

export function checkDataset(raw: RawDataset, checks: readonly DatasetCheck[]): ValidationResult {
  let parsed: ParsedDataset;
  let problems: Problem[];
  try {
    parsed = {
      sources: parseFile(FILE_NAMES.sources, raw.sources, { file: SourcesFile, record: SourceRecord }, 'array'),
      locations: parseFile(FILE_NAMES.locations, raw.locations, { file: LocationsFile, record: LocationFeature }, 'features'),
      events: parseFile(FILE_NAMES.events, raw.events, { file: EventsFile, record: EventRecord }, 'array'),
      zones: parseFile(FILE_NAMES.zones, raw.zones, { file: ZonesFile, record: ZoneFeature }, 'features'),
      routes: parseFile(FILE_NAMES.routes, raw.routes, { file: RoutesFile, record: RouteFeature }, 'features'),
    };
    const byParse = Object.values(parsed).flatMap((file) => file.problems);
    problems = [...byParse, ...checks.flatMap((check) => check(parsed))];
  } catch (error) {
    // A bug in a check must not take the app down with it; say so instead.
    const reason = `validation stopped: ${error instanceof Error ? error.message : String(error)}`;
    return { dataset: null, problems: [{ file: 'geo/', id: null, field: '', reason }] };
  }

  const order: string[] = Object.values(FILE_NAMES);
  problems.sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file));
  if (problems.length > 0) return { dataset: null, problems };
  return {
    dataset: datasetOf({
      sources: parsed.sources.data,
      locations: parsed.locations.data,
      events: parsed.events.data,
      zones: parsed.zones.data,
      routes: parsed.routes.data,
    } as DatasetFiles),
    problems,
  };
}
