// npm run zones [-- --dir <story folder>]
// Turns the hand-drawn zones.coarse.geojson into zones.geojson: every zone
// clipped to the outline of the story's country (story.json `country`;
// Natural Earth 1:10m, as on the basemap), minus
// the zones listed before it in the same snapshot (file order is priority),
// so a snapshot is a clean partition. Same input, same output, byte for byte.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Feature } from 'geojson';
import { readCountryOutline, readJsonFile } from '../src/data/loadDataset';
import { readStory, storyDirFrom } from '../src/data/readStory';
import { ZoneFeature, ZonesFile } from '../src/data/schema';
import { parseFile } from '../src/data/validation/parseFile';
import { clipToOutline, dropSmallParts, roundCoordinates, subtractAreas, type AreaGeometry } from '../src/geometry/geometry';
import { ringProblems } from '../src/geometry/ringProblems';
import { isMain } from './isMain';
import type { Output } from './validate';
import { writeGeoJson } from './writeGeoJson';

/** Parts smaller than this are slivers left where a hand-drawn edge meets the coast or a neighbour, not territory. */
const SLIVER_KM2 = 1;
/** About a metre: finer than any boundary here is known, and it keeps the file small. */
const DECIMALS = 5;

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** The command with its arguments: writes zones.geojson, prints what it did, gives the exit code. */
export function makeZones(args: string[], out: Output = console): number {
  const { values } = parseArgs({ args, options: { dir: { type: 'string', default: storyDirFrom(process.env, join(repoRoot, 'geo')) } } });
  const dir = resolve(values.dir);
  const input = 'zones.coarse.geojson';

  const raw = readJsonFile(join(dir, input));
  const parsed = parseFile(input, raw, { file: ZonesFile, record: ZoneFeature }, 'features');
  const problems = [
    ...parsed.problems.map((p) => `${input} ${p.id ?? ''} ${p.field}: ${p.reason}`),
    ...parsed.valid.flatMap(({ record, id }) => ringProblems(record.geometry).map((reason) => `${input} ${id} geometry: ${reason}`)),
  ];
  if (problems.length > 0) {
    for (const problem of problems) out.error(problem.replace(/ {2,}/g, ' '));
    return 1;
  }

  const { country } = readStory(dir);
  const outline = readCountryOutline(country);
  // The raw features, not zod's output: properties are written back exactly as
  // the author wrote them, in their order.
  const features = (raw as { features: Feature<AreaGeometry, { id: string; validFrom: string; validTo: string }>[] }).features;
  const earlierInSnapshot = new Map<string, Feature<AreaGeometry>[]>();
  const zones: Feature<AreaGeometry>[] = [];
  for (const zone of features) {
    const { id, validFrom, validTo } = zone.properties;
    const snapshot = `${validFrom}/${validTo}`;
    const earlier = earlierInSnapshot.get(snapshot) ?? [];
    const clipped = clipToOutline(zone, outline);
    if (clipped) earlierInSnapshot.set(snapshot, [...earlier, clipped]);
    const rest = clipped && subtractAreas(clipped, earlier);
    const kept = rest && dropSmallParts(rest.geometry, SLIVER_KM2);
    if (!kept) {
      out.error(`warning: ${id} dropped: nothing of it is left inside ${country} after the zones before it in ${snapshot}`);
      continue;
    }
    const geometry = roundCoordinates(kept, DECIMALS);
    for (const reason of ringProblems(geometry)) out.error(`warning: ${id} after clipping: ${reason}`);
    zones.push({ type: 'Feature', geometry, properties: zone.properties });
  }

  writeGeoJson(join(dir, 'zones.geojson'), { type: 'FeatureCollection', features: zones });
  out.log(`${join(dir, 'zones.geojson')}: ${zones.length} zones from ${features.length} in ${input}`);
  return 0;
}

if (isMain(import.meta.url)) process.exitCode = makeZones(process.argv.slice(2));
