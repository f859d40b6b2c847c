// npm run routes [-- --dir <geo folder>]
// Redraws every route in routes.geojson as a great circle from its `from`
// place's point to its `to` place's label point (a point inside an area such
// as eastern-libya): the shortest path, since only the ends were reported.
// Properties are kept exactly as written. Same input, same output.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Feature, LineString } from 'geojson';
import { readJsonFile } from '../src/data/loadDataset';
import { LocationFeature, LocationsFile, RouteFeature, RoutesFile } from '../src/data/schema';
import { parseFile } from '../src/data/validation/parseFile';
import { greatCircleLine, labelPoint, roundCoordinates } from '../src/geometry/geometry';
import { ringProblems } from '../src/geometry/ringProblems';
import { writeGeoJson } from './writeGeoJson';

/** Enough for a smooth curve at any zoom over a few thousand km. */
const NPOINTS = 64;
/** About a metre. */
const DECIMALS = 5;

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { dir: { type: 'string', default: join(repoRoot, 'geo') } } });
const dir = resolve(values.dir);

const rawLocations = readJsonFile(join(dir, 'locations.geojson'));
const rawRoutes = readJsonFile(join(dir, 'routes.geojson'));
const locations = parseFile('locations.geojson', rawLocations, { file: LocationsFile, record: LocationFeature }, 'features');
const routes = parseFile('routes.geojson', rawRoutes, { file: RoutesFile, record: RouteFeature }, 'features');
const places = new Map(locations.valid.map(({ record, id }) => [id, record]));

const problems = [...locations.problems, ...routes.problems].map((p) => [p.file, p.id, p.field].filter(Boolean).join(' ') + `: ${p.reason}`);
for (const { record, id } of routes.valid) {
  for (const end of [record.properties.from, record.properties.to]) {
    const place = places.get(end);
    if (!place) problems.push(`routes.geojson ${id}: unknown location "${end}"`);
    else problems.push(...ringProblems(place.geometry).map((reason) => `locations.geojson ${end} geometry: ${reason}`));
  }
}
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}

// The raw features, so that properties are written back exactly as the author wrote them.
const features = (rawRoutes as { features: Feature<LineString, { from: string; to: string }>[] }).features;
const redrawn = features.map((route) => {
  const from = places.get(route.properties.from);
  const to = places.get(route.properties.to);
  if (!from || !to) throw new Error('unreachable: ends were checked above');
  const line = greatCircleLine(labelPoint(from.geometry), labelPoint(to.geometry), { npoints: NPOINTS });
  return { type: 'Feature', geometry: roundCoordinates(line, DECIMALS), properties: route.properties };
});

writeGeoJson(join(dir, 'routes.geojson'), { type: 'FeatureCollection', features: redrawn });
console.log(`${join(dir, 'routes.geojson')}: ${redrawn.length} route${redrawn.length === 1 ? '' : 's'} redrawn as great circles of ${NPOINTS} points`);
