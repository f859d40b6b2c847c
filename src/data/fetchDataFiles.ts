// The files of dataFiles.ts, fetched for loadAppData (appModel.ts). geo/'s
// files ship as they are, hashed assets beside the JS, not inlined in it: the
// script the browser must parse first stays small, and they download while it
// does. This module imports nothing that runs, so the entry (main.tsx) can start
// the downloads before the rest of the app has loaded.
// no-inline: were a file small, Vite would inline it as a data: URL, which the
// page's Content-Security-Policy (connect-src 'self') does not let fetch load.
// Each row's URL, as the build imported it (scripts/verifiedData.ts).
//
// Two kinds of failure are kept apart, because they call for different help:
// a file that could not be fetched (network, time-out, an HTTP error, a web
// page where JSON was expected, a transfer cut short) is a loading *fault*,
// which trying again may cure; a file that arrived too large to read is a
// *problem* of the data, as an invalid record is (appModel.ts).
import urls from 'virtual:data-file-urls';
import { unchangedSinceBuild } from './checksums';
import { DATA_FILES, isOptional, type DataFileKey } from './dataFiles';
import type { Problem } from './model';

/** [file name, URL] of each file; the name is what problems cite. */
export type DataFileUrls = Partial<Record<DataFileKey, [string, string]>>;
/** [file name, text] of each file, as loadAppData takes them; a file that did not arrive is absent. */
export type DataFileTexts = Partial<Record<DataFileKey, [string, string]>>;

/** A row whose file is not in geo/ gets no URL, and so is reported as missing; an optional one is not fetched at all (loadAppData reads it as empty). */
export const GEO_FILE_URLS = Object.fromEntries(
  DATA_FILES.filter((f) => !(isOptional(f) && !urls[f.name])).map((f) => [f.key, [f.name, urls[f.name] ?? '']]),
) as DataFileUrls;

/**
 * The largest data file the browser reads, in bytes: 5 MB. The story's files
 * are a few hundred KB; a file many times that is a mistake (or hostile), and
 * reading it would hold the page for seconds while it is parsed and validated.
 */
export const MAX_DATA_FILE_BYTES = 5 * 1024 * 1024;

/** A file not in whole after this long is given up as timed out, ms: minutes of a slow mobile connection for the story's files. */
export const TIMEOUT_MS = 60_000;

/** A file that could not be fetched, and why (for the technical details; the reader gets plain words). */
export interface LoadFault {
  key: DataFileKey;
  /** file name in geo/ */
  file: string;
  reason: string;
}

export interface FetchedDataFiles {
  /** the files that arrived and can be read */
  texts: DataFileTexts;
  /** true when every file that arrived has the checksum the build recorded for it (options.checksums; checksums.ts) */
  unchanged: boolean;
  /** files that could not be fetched: trying again may help */
  faults: LoadFault[];
  /** files that arrived but cannot be read (too large): a data author must fix them */
  problems: Problem[];
}

type OneFile =
  | { kind: 'text'; bytes: ArrayBuffer; text: string }
  | { kind: 'fault'; reason: string }
  | { kind: 'problem'; reason: string };

export interface FetchOptions {
  /** called as each file settles, arrived or not (for the progress shown while loading) */
  onSettled?: (key: DataFileKey) => void;
  timeoutMs?: number;
  maxBytes?: number;
  /** the build's checksums (file name → SHA-256): files that have theirs are the bytes the build validated, whole */
  checksums?: Readonly<Record<string, string>> | null;
}

/**
 * All files at once, as text (UTF-8) and as the bytes that came. Each file
 * succeeds or fails alone, so that what did load can still be drawn.
 */
export async function fetchDataFiles(files: DataFileUrls = GEO_FILE_URLS, options: FetchOptions = {}): Promise<FetchedDataFiles> {
  const entries = Object.entries(files) as [DataFileKey, [string, string]][];
  const fetched = await Promise.all(
    entries.map(async ([key, [file, url]]) => {
      const one = await fetchOne(url, options);
      options.onSettled?.(key);
      return { key, file, one };
    }),
  );
  const result: FetchedDataFiles = { texts: {}, unchanged: false, faults: [], problems: [] };
  const arrived: { key: DataFileKey; file: string; bytes: ArrayBuffer; text: string }[] = [];
  for (const { key, file, one } of fetched) {
    if (one.kind === 'text') arrived.push({ key, file, ...one });
    else if (one.kind === 'fault') result.faults.push({ key, file, reason: one.reason });
    else result.problems.push({ file, id: null, field: '', reason: one.reason });
  }
  const unchanged = (files: typeof arrived) => unchangedSinceBuild(files.map((f) => [f.file, f.bytes] as const), options.checksums ?? null);
  result.unchanged = await unchanged(arrived);
  // Files with the build's checksums are whole; only others are read through for a transfer cut short.
  const whole = result.unchanged ? arrived : arrived.filter((f) => !cutShort(f.text));
  for (const f of arrived) if (!whole.includes(f)) result.faults.push({ key: f.key, file: f.file, reason: 'the file arrived incomplete' });
  if (whole.length < arrived.length) result.unchanged = await unchanged(whole);
  for (const f of whole) result.texts[f.key] = [f.file, f.text];
  return result;
}

async function fetchOne(url: string, { timeoutMs = TIMEOUT_MS, maxBytes = MAX_DATA_FILE_BYTES }: FetchOptions): Promise<OneFile> {
  if (!url) return { kind: 'problem', reason: 'file is missing' };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) return { kind: 'fault', reason: `HTTP ${response.status}` };
    const type = response.headers.get('content-type') ?? '';
    if (/\bhtml\b/i.test(type)) return { kind: 'fault', reason: `a web page (${type}) came instead of the data` };
    // Told in advance where the host says the size; otherwise checked once the
    // bytes are in, before they are parsed: parsing and validating is what
    // would hold the page.
    const length = Number(response.headers.get('content-length'));
    if (length > maxBytes) {
      controller.abort();
      return { kind: 'problem', reason: tooLarge(length, maxBytes) };
    }
    const bytes = await response.arrayBuffer();
    if (bytes.byteLength > maxBytes) return { kind: 'problem', reason: tooLarge(bytes.byteLength, maxBytes) };
    const text = new TextDecoder().decode(bytes);
    // A host's error page served as 200 with a JSON content-type still starts like markup.
    if (text.trimStart().startsWith('<')) return { kind: 'fault', reason: 'a web page came instead of the data' };
    return { kind: 'text', bytes, text };
  } catch (error) {
    return { kind: 'fault', reason: timedOut ? `not in after ${Math.round(timeoutMs / 1000)} s` : (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * JSON that stops before its end: a transfer cut short, not a file written
 * wrong (the build validated what it shipped). Brackets still open at the
 * end, or a string never closed, say so; a file with a mistake in its middle
 * is the data problem parseJson.ts names. One pass, no parse.
 */
export function cutShort(text: string): boolean {
  let depth = 0;
  let inString = false;
  let any = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) depth--;
    if (c > 32) any = true;
  }
  return !any || inString || depth > 0;
}

function tooLarge(bytes: number, maxBytes: number): string {
  return `is ${megabytes(bytes)}; the map reads data files of up to ${megabytes(maxBytes)}`;
}

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
