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
import { DATA_FILES, type DataFileKey } from './dataFiles';
import type { Problem } from './model';

/** [file name, URL] of each file; the name is what problems cite. */
export type DataFileUrls = Record<DataFileKey, [string, string]>;
/** [file name, text] of each file, as loadAppData takes them; a file that did not arrive is absent. */
export type DataFileTexts = Partial<Record<DataFileKey, [string, string]>>;

/** A row whose file is not in geo/ gets no URL, and so is reported as missing. */
export const GEO_FILE_URLS = Object.fromEntries(
  DATA_FILES.map((f) => [f.key, [f.name, urls[f.name] ?? '']]),
) as DataFileUrls;

/**
 * The largest data file the browser reads, in bytes: 5 MB. The story's files
 * are a few hundred KB; a file many times that is a mistake (or hostile), and
 * reading it would hold the page for seconds while it is parsed and validated.
 */
export const MAX_DATA_FILE_BYTES = 5 * 1024 * 1024;

/** A file that waits this long for its next bytes (or its headers) is given up as timed out, ms. */
export const STALL_TIMEOUT_MS = 20_000;

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
  /** the bytes of those files, for checksums.ts */
  bytes: [name: string, bytes: ArrayBuffer][];
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
  stallTimeoutMs?: number;
  maxBytes?: number;
}

/**
 * All files at once, as text (UTF-8) and as the bytes that came. Each file
 * succeeds or fails alone, so that what did load can still be drawn.
 */
export async function fetchDataFiles(files: DataFileUrls = GEO_FILE_URLS, options: FetchOptions = {}): Promise<FetchedDataFiles> {
  const entries = Object.entries(files) as [DataFileKey, [string, string]][];
  const fetched = await Promise.all(
    entries.map(async ([key, [file, url]]) => {
      const one = await fetchOne(file, url, options);
      options.onSettled?.(key);
      return { key, file, one };
    }),
  );
  const result: FetchedDataFiles = { texts: {}, bytes: [], faults: [], problems: [] };
  for (const { key, file, one } of fetched) {
    if (one.kind === 'text') {
      result.texts[key] = [file, one.text];
      result.bytes.push([file, one.bytes]);
    } else if (one.kind === 'fault') result.faults.push({ key, file, reason: one.reason });
    else result.problems.push({ file, id: null, field: '', reason: one.reason });
  }
  return result;
}

async function fetchOne(file: string, url: string, { stallTimeoutMs = STALL_TIMEOUT_MS, maxBytes = MAX_DATA_FILE_BYTES }: FetchOptions): Promise<OneFile> {
  if (!url) return { kind: 'problem', reason: 'file is missing' };
  const controller = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stall = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, stallTimeoutMs);
  };
  try {
    stall();
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) return { kind: 'fault', reason: `HTTP ${response.status}` };
    const type = response.headers.get('content-type') ?? '';
    if (/\bhtml\b/i.test(type)) return { kind: 'fault', reason: `a web page (${type}) came instead of the data` };
    const length = Number(response.headers.get('content-length'));
    if (length > maxBytes) return { kind: 'problem', reason: tooLarge(length, maxBytes) };
    const bytes = await readCapped(response, maxBytes, stall);
    if (bytes === null) return { kind: 'problem', reason: tooLarge(null, maxBytes) };
    const text = new TextDecoder().decode(bytes);
    // A host's error page served as 200 with a JSON content-type still starts like markup.
    if (text.trimStart().startsWith('<')) return { kind: 'fault', reason: 'a web page came instead of the data' };
    if (cutShort(text)) return { kind: 'fault', reason: 'the file arrived incomplete' };
    return { kind: 'text', bytes: bytes.buffer as ArrayBuffer, text };
  } catch (error) {
    return { kind: 'fault', reason: timedOut ? `no answer for ${Math.round(stallTimeoutMs / 1000)} s` : (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

/** The body's bytes, read as they come so that a huge file is given up at the cap, not after; null when over it. */
async function readCapped(response: Response, maxBytes: number, onProgress: () => void): Promise<Uint8Array | null> {
  if (!response.body) {
    const whole = new Uint8Array(await response.arrayBuffer());
    return whole.byteLength > maxBytes ? null : whole;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onProgress();
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
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

function tooLarge(bytes: number | null, maxBytes: number): string {
  const size = bytes === null ? `more than ${megabytes(maxBytes)}` : megabytes(bytes);
  return `is ${size}; the map reads data files of up to ${megabytes(maxBytes)}`;
}

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
