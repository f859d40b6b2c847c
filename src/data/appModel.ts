// The app's one entry to the data: the texts of the files in geo/ (fetched by
// fetchDataFiles.ts) are parsed here, validated and joined once. A file that
// does not parse or validate becomes a list of problems that the app shows
// instead of a map.
// Data the build validated (scripts/verifiedData.ts), and that has not changed
// by a byte since (checksums.ts), is not validated again in every reader's
// browser: it is joined with the geometry the build derived from it. Anything
// else goes through validatedModel.ts, loaded only then, with the validator
// (zod) and turf.
import { buildModel } from './buildModel';
import type { DataFileKey, RawDataset } from './dataFiles';
import { datasetOf } from './datasetOf';
import type { DerivedGeometry } from './deriveGeometry';
import type { Model, Problem } from './model';
import { parseJson, UnreadableFile } from './parseJson';

export type AppData = { ok: true; model: Model } | { ok: false; problems: Problem[] };

/** What the build says of the files it validated (scripts/verifyGeoDir.ts; `virtual:verified-data`). */
export interface VerifiedData {
  /** file name in geo/ → lower-case hex SHA-256 of its bytes */
  checksums: Record<string, string>;
  geometry: DerivedGeometry;
}

/**
 * Parses, validates and joins the given file texts: [file name, text] for each
 * file. `verified`: the geometry the build derived, when these are the very
 * files it validated; null to validate them here.
 */
export async function loadAppData(files: Record<DataFileKey, [string, string]>, verified: DerivedGeometry | null = null): Promise<AppData> {
  const raw = {} as RawDataset;
  let readable = true;
  for (const [key, [, text]] of Object.entries(files) as [DataFileKey, [string, string]][]) {
    raw[key] = parseJson(text);
    if (raw[key] instanceof UnreadableFile) readable = false;
  }
  try {
    // A file that is not JSON was not what the build validated; the validator
    // reports it (with the line and column) beside every other file's problems.
    if (verified && readable) return { ok: true, model: buildModel(datasetOf(raw), verified) };
    const { validatedModel } = await import('./validatedModel');
    return validatedModel(raw);
  } catch (error) {
    return { ok: false, problems: [{ file: 'geo/', id: null, field: '', reason: `could not be read: ${(error as Error).message}` }] };
  }
}
