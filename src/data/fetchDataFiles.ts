// The files of dataFiles.ts, fetched for loadAppData (appModel.ts). geo/'s
// files ship as they are, hashed assets beside the JS, not inlined in it: the
// script the browser must parse first stays small, and they download while it
// does. This module imports nothing that runs, so the entry (main.tsx) can start
// the downloads before the rest of the app has loaded.
// no-inline: were a file small, Vite would inline it as a data: URL, which the
// page's Content-Security-Policy (connect-src 'self') does not let fetch load.
// Each row's URL, as the build imported it (scripts/verifiedData.ts).
import urls from 'virtual:data-file-urls';
import { DATA_FILES, type DataFileKey } from './dataFiles';
import type { Problem } from './model';

/** [file name, URL] of each file; the name is what problems cite. */
export type DataFileUrls = Record<DataFileKey, [string, string]>;
/** [file name, text] of each file, as loadAppData takes them. */
export type DataFileTexts = Record<DataFileKey, [string, string]>;


/** A row whose file is not in geo/ gets no URL, and so is reported as missing. */
export const GEO_FILE_URLS = Object.fromEntries(
  DATA_FILES.map((f) => [f.key, [f.name, urls[f.name] ?? '']]),
) as DataFileUrls;

export type FetchedDataFiles =
  | { ok: true; texts: DataFileTexts; bytes: [name: string, bytes: ArrayBuffer][] }
  | { ok: false; problems: Problem[] };

/**
 * All files at once, as text (UTF-8, as fetch's text() reads it) and as the
 * bytes that came (for checksums.ts). A file that cannot be fetched is a
 * problem, like one that does not parse.
 */
export async function fetchDataFiles(files: DataFileUrls = GEO_FILE_URLS): Promise<FetchedDataFiles> {
  const entries = Object.entries(files) as [DataFileKey, [string, string]][];
  const fetched = await Promise.all(
    entries.map(async ([key, [file, url]]) => {
      try {
        if (!url) throw new Error('file is missing');
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
