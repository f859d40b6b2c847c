// The app's one entry to the data: the texts of the files in geo/ (fetched by
// fetchDataFiles.ts) are parsed here, validated and joined once. A file that
// does not parse or validate becomes a list of problems that the app shows
// instead of a map.
import { buildModel } from './buildModel';
import type { Model, Problem } from './model';
import type { RawDataset } from './schema';
import { validateRecords } from './validateRecords';

export type AppData = { ok: true; model: Model } | { ok: false; problems: Problem[] };

/** Parses, validates and joins the given file texts: [file name, text] for each file. */
export function loadAppData(files: Record<keyof RawDataset, [string, string]>): AppData {
  const problems: Problem[] = [];
  const raw = {} as Record<keyof RawDataset, unknown>;
  for (const [key, [file, text]] of Object.entries(files) as [keyof RawDataset, [string, string]][]) {
    try {
      raw[key] = JSON.parse(text);
    } catch (error) {
      problems.push({ file, id: null, field: '', reason: `not valid JSON: ${(error as Error).message}` });
      raw[key] = null;
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  try {
    const { dataset, problems: found } = validateRecords(raw);
    if (!dataset || found.length > 0) return { ok: false, problems: found };
    return { ok: true, model: buildModel(dataset) };
  } catch (error) {
    return { ok: false, problems: [{ file: 'geo/', id: null, field: '', reason: `could not be read: ${(error as Error).message}` }] };
  }
}
