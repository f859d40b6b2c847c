// Reading geo/, the articles and the story country's outline from disk, for Node scripts
// and tests (the app bundles geo/ instead). A file that is missing or is not
// JSON is handed on as an UnreadableFile, so the validator reports it with
// everything else rather than the script crashing on it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { RawDataset } from './schema';
import type { CountryOutline } from './validation/geometryProblems';
import { FILE_NAMES } from './validation/ParsedDataset';
import { UnreadableFile } from './validation/parseFile';

/** The five files of `dir` as parsed JSON; each unreadable one as an UnreadableFile. */
export function readGeoDir(dir: string): RawDataset {
  const read = (name: string): unknown => readJsonFile(join(dir, name));
  return {
    sources: read(FILE_NAMES.sources),
    locations: read(FILE_NAMES.locations),
    events: read(FILE_NAMES.events),
    zones: read(FILE_NAMES.zones),
    routes: read(FILE_NAMES.routes),
  };
}

/** A JSON file's contents, or an UnreadableFile saying why there are none. */
export function readJsonFile(path: string): unknown {
  if (!existsSync(path)) return new UnreadableFile('file is missing');
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    return new UnreadableFile(`not valid JSON: ${describeJsonError(text, error)}`);
  }
}

/** Every .txt file in `dir`, text by file name. */
export function readArticles(dir: string): Map<string, string> {
  const names = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort();
  return new Map(names.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

const outlines = new Map<string, CountryOutline>();

/**
 * The story's country (story.json `country`, as Natural Earth names it) from
 * Natural Earth's 1:10m countries (world-atlas), the same data the basemap is
 * drawn from, so that zones clipped to it meet the drawn coast.
 */
export function readCountryOutline(country: string): CountryOutline {
  const known = outlines.get(country);
  if (known) return known;
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology;
  const countries = topology.objects['countries'] as GeometryCollection<{ name: string }>;
  const found = feature(topology, countries).features.find((f) => f.properties.name === country);
  if (!found || (found.geometry.type !== 'Polygon' && found.geometry.type !== 'MultiPolygon')) {
    throw new Error(`world-atlas/countries-10m.json has no polygon named "${country}" (story.json country)`);
  }
  const outline: CountryOutline = { type: 'Feature', properties: { name: country }, geometry: found.geometry };
  outlines.set(country, outline);
  return outline;
}

/**
 * V8's JSON errors sometimes give a character position and sometimes quote the
 * whole input instead; a data author needs a line number either way.
 */
function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const stated = /at position (\d+)/.exec(message);
  const position = stated ? Number(stated[1]) : firstJsonErrorAt(text);
  const what = message
    .replace(/, (\.\.\.)?".*" is not valid JSON$/s, '')
    .replace(/ (in JSON )?at position \d+.*$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '');
  if (position === null) return what;
  const before = text.slice(0, position).split('\n');
  return `${what} at line ${before.length}, column ${(before[before.length - 1]?.length ?? 0) + 1}`;
}

/** Position of the first character a JSON parser would reject, or null when none is found. */
function firstJsonErrorAt(text: string): number | null {
  let at = 0;
  const fail = (): never => {
    throw at;
  };
  const space = (): void => {
    while (/\s/.test(text[at] ?? '')) at++;
  };
  const literal = (word: string): void => {
    for (const ch of word) if (text[at++] !== ch) (at--, fail());
  };
  const string = (): void => {
    at++;
    while (text[at] !== '"') {
      if (at >= text.length || (text.charCodeAt(at) < 0x20)) fail();
      at += text[at] === '\\' ? 2 : 1;
    }
    at++;
  };
  const value = (): void => {
    space();
    const ch = text[at];
    if (ch === '{') {
      at++;
      space();
      if (text[at] === '}') return void at++;
      for (;;) {
        space();
        if (text[at] !== '"') fail();
        string();
        space();
        if (text[at] !== ':') fail();
        at++;
        value();
        space();
        if (text[at] === '}') return void at++;
        if (text[at] !== ',') fail();
        at++;
      }
    }
    if (ch === '[') {
      at++;
      space();
      if (text[at] === ']') return void at++;
      for (;;) {
        value();
        space();
        if (text[at] === ']') return void at++;
        if (text[at] !== ',') fail();
        at++;
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at));
    if (!number) fail();
    at += number?.[0].length ?? 0;
  };
  try {
    value();
    space();
    return at < text.length ? at : null;
  } catch (position) {
    return typeof position === 'number' ? position : null;
  }
}
