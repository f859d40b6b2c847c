// Reading geo/, the articles and the story country's outline from disk, for Node scripts
// and tests (the app bundles geo/ instead). A file that is missing or is not
// JSON is handed on as an UnreadableFile, so the validator reports it with
// everything else rather than the script crashing on it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DATA_FILES, isOptional, type RawDataset } from './dataFiles';
import { parseJson, UnreadableFile } from './parseJson';
import type { CountryOutline } from './validation/geometryProblems';

/** Every file of dataFiles.ts in `dir`, as parsed JSON; each unreadable one as an UnreadableFile; an optional one left out as an empty list. */
export function readGeoDir(dir: string): RawDataset {
  return Object.fromEntries(
    DATA_FILES.map((f) => [f.key, isOptional(f) && !existsSync(join(dir, f.name)) ? [] : readJsonFile(join(dir, f.name))]),
  ) as RawDataset;
}

/** A JSON file's contents, or an UnreadableFile saying why there are none. */
export function readJsonFile(path: string): unknown {
  if (!existsSync(path)) return new UnreadableFile('file is missing');
  return parseJson(readFileSync(path, 'utf8'));
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
