// The five data files, fetched for loadAppData (appModel.ts). geo/'s
// files ship as they are, hashed assets beside the JS, not inlined in it: the
// script the browser must parse first stays small, and they download while it
// does. This module imports nothing that runs, so the entry (main.tsx) can start
// the downloads before the rest of the app has loaded.
import sourcesUrl from '../../geo/sources.json?url&no-inline';
import locationsUrl from '../../geo/locations.geojson?url&no-inline';
import eventsUrl from '../../geo/events.json?url&no-inline';
import zonesUrl from '../../geo/zones.geojson?url&no-inline';
import routesUrl from '../../geo/routes.geojson?url&no-inline';
import type { Problem } from './model';
import type { RawDataset } from './schema';

/** [file name, URL] of each file; the name is what problems cite. */
export type DataFileUrls = Record<keyof RawDataset, [string, string]>;
/** [file name, text] of each file, as loadAppData takes them. */
export type DataFileTexts = Record<keyof RawDataset, [string, string]>;

export const GEO_FILE_URLS: DataFileUrls = {
  sources: ['sources.json', sourcesUrl],
  locations: ['locations.geojson', locationsUrl],
  events: ['events.json', eventsUrl],
  zones: ['zones.geojson', zonesUrl],
  routes: ['routes.geojson', routesUrl],
};

export type FetchedDataFiles =
  | { ok: true; texts: DataFileTexts; bytes: [name: string, bytes: ArrayBuffer][] }
  | { ok: false; problems: Problem[] };

/**
 * All files at once, as text (UTF-8, as fetch's text() reads it) and as the
 * bytes that came (for checksums.ts). A file that cannot be fetched is a
 * problem, like one that does not parse.
 */
export async function fetchDataFiles(files: DataFileUrls = GEO_FILE_URLS): Promise<FetchedDataFiles> {
  const entries = Object.entries(files) as [keyof RawDataset, [string, string]][];
  const fetched = await Promise.all(
    entries.map(async ([key, [file, url]]) => {
      try {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const bytes = await response.arrayBuffer();
        return { key, file, bytes, text: new TextDecoder().decode(bytes), problem: null };
      } catch (error) {
        const problem: Problem = { file, id: null, field: '', reason: `could not be loaded: ${(error as Error).message}` };
        return { key, file, bytes: new ArrayBuffer(0), text: '', problem };
      }
    }),
  );
  const problems = fetched.flatMap((f) => (f.problem ? [f.problem] : []));
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    texts: Object.fromEntries(fetched.map((f) => [f.key, [f.file, f.text]])) as DataFileTexts,
    bytes: fetched.map((f) => [f.file, f.bytes]),
  };
}
