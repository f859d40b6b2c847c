// Every check on geo/: each file through its schema, then the checks between
// files, on geometry, on quotes and on what readers read. Bad data is reported, never thrown: a data
// author gets the whole list in one run. npm run validate (and so the build)
// runs this; the app runs the turf-free part of it, validateRecords.
import type { RawDataset } from './dataFiles';
import { checkDataset, type ValidationResult } from './validation/checkDataset';
import { citationProblems } from './validation/citationProblems';
import type { StoryIds } from './storySchema';
import { storyReferenceProblems } from './storyReferenceProblems';
import { airportProblems, type AirportLookup } from './validation/airportProblems';
import { geonamesProblems, type GeoNamesLookup } from './validation/geonamesProblems';
import { geometryProblems, type CountryOutline } from './validation/geometryProblems';
import type { ParsedDataset } from './validation/ParsedDataset';
import { narrativeProblems } from './validation/narrativeProblems';
import { pathProblems } from './validation/pathProblems';
import { readerTextProblems } from './validation/readerTextProblems';
import { referenceProblems } from './validation/referenceProblems';

export { UnreadableFile } from './validation/parseFile';

export interface ValidateOptions {
  /** article text by file name (shared/articles/); quotes are checked only when this is given */
  articles?: ReadonlyMap<string, string>;
  /** the story country's outline (readCountryOutline); zones and the country's places are checked against it only when this is given */
  outline?: CountryOutline;
  /** the story's faction, zone kind and event type ids; events and zones are checked against them only when this is given */
  story?: StoryIds;
  /** the GeoNames gazetteer (validation/readGeoNames.ts, Node only); places' GeoNames ids, anchors and the towns areas hold are checked only when this is given */
  geonames?: GeoNamesLookup;
  /** OurAirports' airfields (validation/readOurAirports.ts, Node only); air bases' idents and points are checked only when this is given */
  airports?: AirportLookup;
}

export type { ValidationResult } from './validation/checkDataset';

/**
 * Checks the raw contents of geo/. A file that could not be read is passed as an
 * UnreadableFile (readGeoDir does this) and reported as one problem.
 */
export function validateDataset(raw: RawDataset, options: ValidateOptions = {}): ValidationResult {
  const { articles, outline, story, geonames, airports } = options;
  return checkDataset(raw, [
    referenceProblems,
    ...(story ? [(parsed: ParsedDataset) => storyReferenceProblems(parsed, story)] : []),
    (parsed) => geometryProblems(parsed, outline),
    pathProblems,
    (parsed) => narrativeProblems(parsed, story),
    ...(geonames ? [(parsed: ParsedDataset) => geonamesProblems(parsed, geonames)] : []),
    ...(airports ? [(parsed: ParsedDataset) => airportProblems(parsed, airports)] : []),
    readerTextProblems,
    ...(articles ? [(parsed: ParsedDataset) => citationProblems(parsed, articles)] : []),
  ]);
}
