// tsx scripts/regions.ts [--dir <story folder>]
// Clips the hand-drawn region outlines of regions.coarse.geojson to the story
// country's outline (story.json `country`; Natural Earth 1:10m, as on the
// basemap and as zones are clipped) and writes each into the geometry of the
// place with the same id in locations.geojson, so that a region follows the
// real coast. Everything else in locations.geojson is left as written.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Feature } from 'geojson';
import { readCountryOutline } from '../src/data/loadDataset';
import { readStory, storyDirFrom } from '../src/data/readStory';
import { clipToOutline, dropSmallParts, roundCoordinates, type AreaGeometry } from '../src/geometry/geometry';
import { ringProblems } from '../src/geometry/ringProblems';
import { writeGeoJson } from './writeGeoJson';

/** Islets and slivers the clip leaves are not what a reader means by "the east". */
const SMALL_PART_KM2 = 50;
/** About 10 m: far finer than a region's edge is known, and it keeps locations.geojson small. */
const DECIMALS = 4;

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { dir: { type: 'string', default: storyDirFrom(process.env, join(repoRoot, 'geo')) } } });
const dir = resolve(values.dir);
const outline = readCountryOutline(readStory(dir).country);
const coarse = JSON.parse(readFileSync(join(dir, 'regions.coarse.geojson'), 'utf8')) as { features: Feature<AreaGeometry, { id: string }>[] };
const locationsPath = join(dir, 'locations.geojson');
const locations = JSON.parse(readFileSync(locationsPath, 'utf8')) as { features: { geometry: unknown; properties: { id: string } }[] };

for (const region of coarse.features) {
  const { id } = region.properties;
  const place = locations.features.find((f) => f.properties.id === id);
  if (!place) throw new Error(`regions.coarse.geojson: no place "${id}" in locations.geojson`);
  const clipped = clipToOutline(region, outline);
  const kept = clipped && dropSmallParts(clipped.geometry, SMALL_PART_KM2);
  if (!kept) throw new Error(`${id}: nothing of it is inside the country's outline`);
  const geometry = roundCoordinates(kept, DECIMALS);
  for (const reason of ringProblems(geometry)) console.warn(`warning: ${id} after clipping: ${reason}`);
  place.geometry = geometry;
  const vertices = JSON.stringify(geometry.coordinates).split('],[').length;
  console.log(`${id}: ${geometry.type}, about ${vertices} vertices`);
}
writeGeoJson(locationsPath, locations);
