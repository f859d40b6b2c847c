// Builds basemap.json in the story folder (GEO_DIR, default geo/), the app's
// only basemap: country outlines and country-name points for the region the
// story covers (story.json `basemap`: the region and the countries drawn in detail). No tile server, no
// outside requests, and the app never ships the whole world.
//
// Data: Natural Earth admin-0 countries (public domain, naturalearthdata.com),
// as packaged in TopoJSON by the npm package world-atlas 2.0.2 (ISC). The map
// credits Natural Earth in its attribution.
//
// Run with `npm run basemap` (GEO_DIR=<folder> npm run basemap for another story). The output is deterministic: same input, same bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { area, bboxClip, bboxPolygon, featureCollection, intersect, polygon } from '@turf/turf';
import { readStory, storyDirFrom } from '../src/data/readStory.ts';
import { labelPoint } from './basemap/labelPoint.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const storyDir = resolve(storyDirFrom(process.env, join(root, 'geo')));
const story = readStory(storyDir);

/**
 * [west, south, east, north] in degrees (story.json basemap.region). Make it a
 * little wider than the story needs: the default desktop view spans more than
 * the default bounds, and a cut edge inside the first view looks like a bug.
 * (geo/: the Maghreb to the Gulf, the Sahel to the Black Sea.)
 */
const REGION = story.basemap.region;
type Box = typeof REGION;

/** Drawn from the 1:10m file; everything else comes from 1:50m. Names as world-atlas spells them (story.json basemap.detailed). */
const DETAILED = new Set(story.basemap.detailed);

/** 3 decimals ≈ 110 m, finer than the grid world-atlas quantized even its 1:10m file to (≈ 400 × 190 m). */
const DECIMALS = 3;

/** A country gets a name point only if its largest clipped polygon is at least this big (Lebanon is ~10,000 km²). */
const MIN_LABEL_AREA_KM2 = 15_000;

/**
 * The world outside REGION, so that no zoom or screen the app allows shows the
 * region's straight cut edge: Natural Earth's 1:110m land (no borders), with
 * REGION cut out of it, at 2 decimals (≈ 1 km, finer than 1:110m's own detail).
 */
const OUTER_DECIMALS = 2;
/** Degrees the coarse world reaches under the region's edge (≈ 5 km; a pixel or two at zoom 6). */
const OVERLAP = 0.05;

/** The app loads this file whole, so it has a hard size budget. */
const MAX_GZIP_BYTES = 150 * 1024;

type CountryProps = { name: string; kind: 'country' };
type OuterProps = { kind: 'outer' };
/** areaKm2 only orders the labels (biggest first); it is not written. */
type LabelProps = { name: string; kind: 'label'; areaKm2: number };
type Country = Feature<Polygon | MultiPolygon, CountryProps>;
type Label = Feature<Point, LabelProps>;

const atlas = (file: string): Topology =>
  JSON.parse(readFileSync(`${root}node_modules/world-atlas/${file}`, 'utf8')) as Topology;

function countriesFrom(file: string, keep: (name: string) => boolean): Country[] {
  const topology = atlas(file);
  const countries = topology.objects['countries'] as GeometryCollection<{ name: string }>;
  const collection = feature(topology, countries);
  const out: Country[] = [];
  for (const f of collection.features) {
    const name = f.properties?.name;
    if (!name || !keep(name)) continue;
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue;
    const clipped = clipToRegion(f.geometry);
    if (clipped) out.push({ type: 'Feature', properties: { name, kind: 'country' }, geometry: clipped });
  }
  return out;
}

/** Clips each polygon to REGION and rounds it; null when nothing is left inside. */
function clipToRegion(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept: Position[][][] = [];
  for (const rings of polygons) {
    // bboxClip of a Polygon is a Polygon; rings that fall wholly outside are dropped.
    const clipped = bboxClip(polygon(rings), REGION).geometry.coordinates as Position[][];
    const [outer, ...holes] = clipped.map((ring) => roundRing(ring));
    // A polygon whose outer ring was cut away (or collapsed when rounded) takes its holes with it.
    if (!outer || !isRealRing(outer)) continue;
    kept.push([outer, ...holes.filter(isRealRing)]);
  }
  if (kept.length === 0) return null;
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept };
}

function roundRing(ring: Position[], decimals = DECIMALS): Position[] {
  const factor = 10 ** decimals;
  const out: Position[] = [];
  for (const [x = 0, y = 0] of ring) {
    const p = [Math.round(x * factor) / factor, Math.round(y * factor) / factor];
    const last = out[out.length - 1];
    // Rounding makes neighbouring vertices collide; a repeated vertex is a zero-length edge.
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** At least three distinct corners, closed, and not a sliver along the clip edge. */
function isRealRing(ring: Position[]): boolean {
  return ring.length >= 4 && Math.abs(shoelace(ring)) > 1e-6;
}

/** Twice the planar signed area, in square degrees: enough to spot a collapsed ring. */
function shoelace(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i - 1]!;
    const [x1 = 0, y1 = 0] = ring[i]!;
    sum += x0 * y1 - x1 * y0;
  }
  return sum;
}

/** A point inside the country's largest clipped polygon, or null if that polygon is too small to carry a name. */
function labelFor(country: Country): Label | null {
  const polygons = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
  let largest: Feature<Polygon> | null = null;
  let largestKm2 = 0;
  for (const rings of polygons) {
    const candidate = polygon(rings);
    const km2 = area(candidate) / 1e6;
    if (km2 > largestKm2) [largest, largestKm2] = [candidate, km2];
  }
  if (!largest || largestKm2 < MIN_LABEL_AREA_KM2) return null;
  const [x = 0, y = 0] = labelPoint(largest.geometry);
  const [rounded] = roundRing([[x, y]]);
  return { type: 'Feature', properties: { name: country.properties.name, kind: 'label', areaKm2: largestKm2 }, geometry: { type: 'Point', coordinates: rounded! } };
}

const byName = (a: { properties: { name: string } }, b: { properties: { name: string } }) =>
  a.properties.name < b.properties.name ? -1 : a.properties.name > b.properties.name ? 1 : 0;

const countries = [
  ...countriesFrom('countries-10m.json', (name) => DETAILED.has(name)),
  ...countriesFrom('countries-50m.json', (name) => !DETAILED.has(name)),
].sort(byName);
// Biggest country first: where two names would touch on the map, the first one's wins (src/map/placeNames.ts).
const labelArea = (l: Label) => l.properties.areaKm2;
const labels = countries
  .map(labelFor)
  .filter((l): l is Label => l !== null)
  .sort((a, b) => labelArea(b) - labelArea(a) || byName(a, b))
  .map(({ properties: { areaKm2: _, ...properties }, ...label }) => ({ ...label, properties }));

/**
 * The land outside REGION, as four bands around it (north, south, west, east),
 * each a feature, reaching a little under the region's countries. The app
 * outlines them in the land's own colour, so no seam shows where they meet.
 */
function outerWorld(): Feature<Polygon | MultiPolygon, OuterProps>[] {
  // Each band reaches OVERLAP into the region, under its countries' edge, so
  // that no hairline of sea shows between the two (antialiasing).
  const [west, south, east, north] = REGION;
  const bands: Box[] = [
    [-180, north - OVERLAP, 180, 90],
    [-180, -90, 180, south + OVERLAP],
    [-180, south, west + OVERLAP, north],
    [east - OVERLAP, south, 180, north],
  ];
  const topology = atlas('land-110m.json');
  const land = feature(topology, topology.objects['land'] as GeometryCollection);
  const landShapes = land.features.flatMap((f) =>
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [],
  ).flatMap(unwrapped);
  const out: Feature<Polygon | MultiPolygon, OuterProps>[] = [];
  for (const band of bands) {
    const parts: Position[][][] = [];
    for (const shape of landShapes) {
      // A true intersection, not bboxClip: bboxClip joins the pieces of a
      // concave shape by zero-width bridges along the cut, which an outline
      // would draw across the sea.
      const clipped = intersect(featureCollection([polygon(shape), bboxPolygon(band)]));
      if (!clipped) continue;
      const polygons = clipped.geometry.type === 'Polygon' ? [clipped.geometry.coordinates] : clipped.geometry.coordinates;
      for (const rings of polygons) {
        const [outer, ...holes] = rings.map((ring) => roundRing(ring, OUTER_DECIMALS));
        if (outer && isRealRing(outer)) parts.push([outer, ...holes.filter(isRealRing)]);
      }
    }
    if (parts.length > 0) out.push({ type: 'Feature', properties: { kind: 'outer' }, geometry: { type: 'MultiPolygon', coordinates: parts } });
  }
  return out;
}
const outer = outerWorld();

/** Whether an edge of the ring jumps across the antimeridian (more than half the world in one step). */
function crossesAntimeridian(ring: Position[]): boolean {
  return ring.some((p, i) => i > 0 && Math.abs((p[0] ?? 0) - (ring[i - 1]![0] ?? 0)) > 180);
}

/**
 * A shape across the antimeridian (Afro-Eurasia's Chukotka tip, Fiji,
 * Antarctica) would be clipped on the plane as a band round the whole world:
 * its rings are made continuous instead (a vertex after a jump of more than
 * 180° moves by 360°), and the shape is given three times, 360° apart, so
 * that the clip keeps what of each copy lies on the map.
 */
function unwrapped(rings: Position[][]): Position[][][] {
  if (!rings.some(crossesAntimeridian)) return [rings];
  const continuous = rings.map((ring) => {
    let offset = 0;
    const out = ring.map(([x = 0, y = 0], i) => {
      const previous = ring[i - 1]?.[0];
      if (previous !== undefined && x - previous > 180) offset -= 360;
      else if (previous !== undefined && previous - x > 180) offset += 360;
      return [x + offset, y];
    });
    // A ring round a pole (Antarctica) ends a world away from where it began: close it through the pole.
    const [first, last] = [out[0]!, out[out.length - 1]!];
    if (first[0] === last[0]) return out;
    const pole = (first[1] ?? 0) < 0 ? -90 : 90;
    return [...out.slice(0, -1), [last[0]!, pole], [first[0]!, pole], first];
  });
  const shift = (by: number) => continuous.map((ring) => ring.map(([x = 0, y = 0]) => [x + by, y]));
  return [shift(-360), continuous, shift(360)];
}

// One feature per line: compact, yet a data change shows up as a readable diff.
// The outer world first, so the region's countries draw over it; `bbox` is
// REGION, where the countries were cut (basemapLayers.ts draws no border there).
const features = [...outer, ...countries, ...labels];
const json = `{"type":"FeatureCollection","bbox":${JSON.stringify(REGION)},"features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
const out = join(storyDir, 'basemap.json');
const shown = relative(process.cwd(), out) || out;
writeFileSync(out, json);

const gzipBytes = gzipSync(json, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const detailed = countries.filter((c) => DETAILED.has(c.properties.name)).length;
console.log(`${shown}: ${countries.length} countries (${detailed} at 1:10m), ${labels.length} labels`);
console.log(`size: ${kb(Buffer.byteLength(json))} raw, ${kb(gzipBytes)} gzip (budget ${kb(MAX_GZIP_BYTES)} gzip)`);
if (gzipBytes > MAX_GZIP_BYTES) {
  console.error('over budget: shrink REGION or DETAILED, or simplify the arcs before feature()');
  process.exit(1);
}
