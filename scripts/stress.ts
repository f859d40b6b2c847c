// npm run stress [-- --events 100000] [-- --seed 1] [-- --out stress]
// Writes a synthetic, ACLED-like dataset for load testing to <out>/geo/ (the
// five files of geo/) and <out>/articles/ (the synthetic articles its quotes
// come from), then checks it with the same validator as the real data, every
// check on, and joins it. <out> is gitignored; nothing here reaches the app's
// build. `npm run bench` measures the app on it (bench/stress.html).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { modelOf } from '../src/data/validatedModel';
import { DATA_FILES } from '../src/data/dataFiles';
import { readCountryOutline, readGeoDir } from '../src/data/loadDataset';
import { readStory, storyDirFrom } from '../src/data/readStory';
import { storyIds } from '../src/data/storySchema';
import type { Dataset } from '../src/data/model';
import { validateDataset } from '../src/data/validateDataset';
import { validateRecords } from '../src/data/validateRecords';
import { distanceOutsideKm } from '../src/geometry/geometry';
import { generateStress } from './stress/generateStress';
import { TOWNS_BY_COUNTRY } from './stress/towns';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: join(repoRoot, 'stress') },
  },
});
const events = Number(values.events);
const seed = Number(values.seed);
if (!Number.isInteger(events) || events < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run stress -- --events <whole number ≥ 1> [--seed <whole number>] [--out <folder>]');
  process.exit(2);
}
const out = resolve(values.out);

const seconds = (since: number): string => `${((performance.now() - since) / 1000).toFixed(2)} s`;

// The real data gives the places, zones and events with a path; its own check is npm run validate.
const storyDir = storyDirFrom(process.env, join(repoRoot, 'geo'));
const story = readStory(storyDir);
const real = validateRecords(readGeoDir(storyDir));
if (!real.dataset) {
  console.error(`${storyDir} does not validate; run npm run validate`);
  process.exit(1);
}
const outline = readCountryOutline(story.country);
let started = performance.now();
const generated = generateStress(real.dataset, {
  story,
  towns: TOWNS_BY_COUNTRY[story.country],
  events,
  seed,
  isOnLand: (at) => distanceOutsideKm(at, outline) === 0,
});
console.log(`generated ${events} events at ${generated.files.locations.features.length} places, ${generated.articles.size} synthetic sources in ${seconds(started)}`);

const geoDir = join(out, 'geo');
const articlesDir = join(out, 'articles');
rmSync(geoDir, { recursive: true, force: true });
rmSync(articlesDir, { recursive: true, force: true });
mkdirSync(geoDir, { recursive: true });
mkdirSync(articlesDir, { recursive: true });
for (const { key, name: file } of DATA_FILES) {
  const data = (generated.files as Record<string, unknown>)[key];
  if (data === undefined) continue; // an optional file the stress story leaves out
  // One record a line: small enough to read, far smaller than indented JSON.
  const body = Array.isArray(data)
    ? `[\n${data.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`
    : `{"type":"FeatureCollection","features":[\n${(data as { features: unknown[] }).features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
  writeFileSync(join(geoDir, file), body);
}
for (const [name, text] of generated.articles) writeFileSync(join(articlesDir, name), text);
console.log(`wrote ${relative(process.cwd(), geoDir) || '.'}/ and ${relative(process.cwd(), articlesDir) || '.'}/`);

started = performance.now();
const { dataset, problems } = validateDataset(readGeoDir(geoDir), { articles: generated.articles, outline, story: storyIds(story) });
if (!dataset) {
  for (const p of problems.slice(0, 20)) console.error(`${p.file} ${p.id ?? ''} ${p.field}: ${p.reason}`);
  console.error(`${problems.length} problems: the generator made data the validator refuses`);
  process.exit(1);
}
console.log(`valid with every check on (schemas, references, geometry, quotes) in ${seconds(started)}`);
started = performance.now();
const model = modelOf(dataset as Dataset);
console.log(`joined into a model of ${model.events.length} events in ${seconds(started)}`);
