// The gate between geo/ and the app: every file through its schema, then the
// checks between files, on geometry and on quotes. Bad data is reported, never
// thrown: a data author gets the whole list in one run.
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Dataset, Problem } from './model';
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
} from './schema';
import { citationProblems } from './validation/citationProblems';
import { geometryProblems } from './validation/geometryProblems';
import { FILE_NAMES, type ParsedDataset } from './validation/ParsedDataset';
import { parseFile } from './validation/parseFile';
import { referenceProblems } from './validation/referenceProblems';

export { UnreadableFile } from './validation/parseFile';

export interface ValidateOptions {
  /** article text by file name (shared/articles/); quotes are checked only when this is given */
  articles?: ReadonlyMap<string, string>;
  /** Libya's outline; zones and Libyan places are checked against it only when this is given */
  libyaOutline?: Feature<Polygon | MultiPolygon>;
}

export interface ValidationResult {
  /** the validated data, or null when there is any problem */
  dataset: Dataset | null;
  /** sorted by file (sources, locations, events, zones, routes), then in the order found */
  problems: Problem[];
}

/**
 * Checks the raw contents of geo/. A file that could not be read is passed as an
 * UnreadableFile (readGeoDir does this) and reported as one problem.
 */
export function validateDataset(raw: RawDataset, options: ValidateOptions = {}): ValidationResult {
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
    problems = [
      ...Object.values(parsed).flatMap((file) => file.problems),
      ...referenceProblems(parsed),
      ...geometryProblems(parsed, options.libyaOutline),
      ...(options.articles ? citationProblems(parsed, options.articles) : []),
    ];
  } catch (error) {
    // A bug in a check must not take the app down with it; say so instead.
    const reason = `validation stopped: ${error instanceof Error ? error.message : String(error)}`;
    return { dataset: null, problems: [{ file: 'geo/', id: null, field: '', reason }] };
  }

  const order: string[] = Object.values(FILE_NAMES);
  problems.sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file));
  if (problems.length > 0) return { dataset: null, problems };
  return {
    dataset: {
      sources: parsed.sources.data as Dataset['sources'],
      locations: (parsed.locations.data as { features: Dataset['locations'] }).features,
      events: parsed.events.data as Dataset['events'],
      zones: (parsed.zones.data as { features: Dataset['zones'] }).features,
      routes: (parsed.routes.data as { features: Dataset['routes'] }).features,
    },
    problems,
  };
}
