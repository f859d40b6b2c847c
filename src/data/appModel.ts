// The app's one entry to the data: the files in geo/ are bundled as text, parsed
// here, validated and joined once. A file that does not parse or validate
// becomes a list of problems that the app shows instead of a map.
import sourcesText from '../../geo/sources.json?raw';
import locationsText from '../../geo/locations.geojson?raw';
import eventsText from '../../geo/events.json?raw';
import zonesText from '../../geo/zones.geojson?raw';
import routesText from '../../geo/routes.geojson?raw';
import { buildModel } from './buildModel';
import type { Model, Problem } from './model';
import type { RawDataset } from './schema';
import { validateDataset } from './validateDataset';

export type AppData = { ok: true; model: Model } | { ok: false; problems: Problem[] };

const FILES: Record<keyof RawDataset, [string, string]> = {
  sources: ['sources.json', sourcesText],
  locations: ['locations.geojson', locationsText],
  events: ['events.json', eventsText],
  zones: ['zones.geojson', zonesText],
  routes: ['routes.geojson', routesText],
};

/** Parses, validates and joins the given file texts (the bundled geo/ files by default). */
export function loadAppData(files: Record<keyof RawDataset, [string, string]> = FILES): AppData {
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
    const { dataset, problems: found } = validateDataset(raw);
    if (!dataset || found.length > 0) return { ok: false, problems: found };
    return { ok: true, model: buildModel(dataset) };
  } catch (error) {
    return { ok: false, problems: [{ file: 'geo/', id: null, field: '', reason: `could not be read: ${(error as Error).message}` }] };
  }
}
