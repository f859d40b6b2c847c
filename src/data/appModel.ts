// The app's one entry to the data: the texts of the files in geo/ (fetched by
// fetchDataFiles.ts) are parsed here, validated and joined once. A file that
// does not parse or validate becomes a list of problems that the app shows
// instead of a map.
// Data the build validated (scripts/verifiedData.ts), and that has not changed
// by a byte since (checksums.ts), is not validated again in every reader's
// browser: it is joined with the geometry the build derived from it. Anything
// else goes through validatedModel.ts, loaded only then, with the validator
// (zod) and turf.
// A file that did not arrive (a loading fault, fetchDataFiles.ts) takes the
// part of the map it belongs to with it, and only that part: dataParts.ts says
// which files are drawn together.
import { buildModel } from './buildModel';
import { DATA_FILES, type DataFileKey, type RawDataset } from './dataFiles';
import { type DataPart, partsWithout } from './dataParts';
import { datasetOf } from './datasetOf';
import type { DerivedGeometry } from './deriveGeometry';
import type { Model, Problem } from './model';
import { parseJson, UnreadableFile } from './parseJson';

/**
 * The model, with the parts left out that could not be loaded (`missing`,
 * none by default); or the problems of data that arrived but is not valid.
 */
export type AppData = { ok: true; model: Model; missing?: readonly DataPart[] } | { ok: false; problems: Problem[] };

/** What the build says of the files it validated (scripts/verifyGeoDir.ts; `virtual:verified-data`). */
export interface VerifiedData {
  /** file name in geo/ → lower-case hex SHA-256 of its bytes */
  checksums: Record<string, string>;
  geometry: DerivedGeometry;
}

/** The browser lists this many problems at most, and says how many more there are. */
export const MAX_PROBLEMS_SHOWN = 100;

/**
 * Parses, validates and joins the given file texts: [file name, text] for each
 * file; a file absent did not arrive, and its part is left out. `verified`:
 * the geometry the build derived, when these are the very files it
 * validated; null to validate them here.
 */
export async function loadAppData(files: Partial<Record<DataFileKey, [string, string]>>, verified: DerivedGeometry | null = null): Promise<AppData> {
  const absent = DATA_FILES.filter((f) => files[f.key] === undefined).map((f) => f.key as DataFileKey);
  const missing = partsWithout(absent);
  const emptied = new Set<DataFileKey>(missing.flatMap((part) => [...part.files]));
  const raw = {} as RawDataset;
  let readable = true;
  for (const f of DATA_FILES) {
    const key = f.key as DataFileKey;
    const text = files[key]?.[1];
    raw[key] = emptied.has(key) || text === undefined ? emptyFile(f.layout) : parseJson(text);
    if (raw[key] instanceof UnreadableFile) readable = false;
  }
  try {
    // A file that is not JSON was not what the build validated; the validator
    // reports it (with the line and column) beside every other file's problems.
    if (verified && readable) return withMissing({ ok: true, model: buildModel(datasetOf(raw), verified) }, missing);
    const { validatedModel, modelOf } = await import('./validatedModel');
    if (emptied.size === 0) return validatedModel(raw);
    // The schemas ask for at least one record in each file; an emptied file
    // fails only that, and no other part refers into it (DATA_PARTS).
    const checked = validatedModel(raw);
    if (checked.ok) return withMissing(checked, missing);
    const problems = checked.problems.filter((p) => !DATA_FILES.some((f) => emptied.has(f.key) && f.name === p.file));
    if (problems.length > 0) return { ok: false, problems };
    return withMissing({ ok: true, model: modelOf(datasetOf(raw)) }, missing);
  } catch (error) {
    return { ok: false, problems: [{ file: 'geo/', id: null, field: '', reason: `could not be read: ${(error as Error).message}` }] };
  }
}

const withMissing = (data: AppData & { ok: true }, missing: DataPart[]): AppData => (missing.length > 0 ? { ...data, missing } : data);

function emptyFile(layout: (typeof DATA_FILES)[number]['layout']): unknown {
  return layout === 'features' ? { type: 'FeatureCollection', features: [] } : [];
}
