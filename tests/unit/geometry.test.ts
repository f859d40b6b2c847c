import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  areaOutsideKm2,
  clipToOutline,
  distanceKm,
  dropSmallParts,
  greatCircleLine,
  isInside,
  labelPoint,
  overlapAreaKm2,
  roundCoordinates,
  subtractAreas,
  type AreaGeometry,
  type LngLat,
} from '../../src/geometry/geometry';
import { ringProblems } from '../../src/geometry/ringProblems';
import { fixtures } from './fixtureDirs';

// Golden files, as in Turf's own tests: each in/<name>.geojson is run through
// the operation its name starts with, and the inputs plus the styled result
// must equal out/<name>.geojson (open either in any GeoJSON viewer).
// UPDATE_GOLDEN=1 npx vitest run tests/unit/geometry.test.ts rewrites them.
const goldenDir = join(fixtures, 'geometry');
const RESULT_STYLE = { stroke: '#F00', 'stroke-width': 4, fill: '#F00', 'fill-opacity': 0.3 };

function result(geometry: Geometry, name: string): Feature {
  // 6 decimals: well below what the data needs, well above float noise between platforms.
  return { type: 'Feature', properties: { name, ...RESULT_STYLE }, geometry: roundCoordinates(geometry, 6) };
}

const operations: Record<string, (features: Feature[]) => Feature[]> = {
  clip: ([zone, outline]) => {
    const clipped = clipToOutline(zone as Feature<AreaGeometry>, outline as Feature<AreaGeometry>);
    return clipped ? [result(clipped.geometry, 'clipped')] : [];
  },
  subtract: ([zone, ...earlier]) => {
    const rest = subtractAreas(zone as Feature<AreaGeometry>, earlier as Feature<AreaGeometry>[]);
    return rest ? [result(rest.geometry, 'rest')] : [];
  },
  'great-circle': ([from, to]) => {
    const at = (f: Feature | undefined) => (f as Feature<Point>).geometry.coordinates as [number, number];
    return [result(greatCircleLine(at(from), at(to), { npoints: 16 }), 'great circle')];
  },
  'label-point': ([feature]) => [result({ type: 'Point', coordinates: [...labelPoint(feature as Feature)] }, 'label point')],
};

describe('geometry golden files', () => {
  const names = readdirSync(join(goldenDir, 'in')).filter((n) => n.endsWith('.geojson')).sort();

  it('has a golden file for every operation', () => {
    for (const prefix of Object.keys(operations)) expect(names.some((n) => n.startsWith(`${prefix}-`))).toBe(true);
  });

  it.each(names)('%s', (name) => {
    const input = JSON.parse(readFileSync(join(goldenDir, 'in', name), 'utf8')) as FeatureCollection;
    const prefix = Object.keys(operations).find((p) => name.startsWith(`${p}-`));
    if (!prefix) throw new Error(`${name}: name must start with one of ${Object.keys(operations).join(', ')}`);
    const output: FeatureCollection = { type: 'FeatureCollection', features: [...input.features, ...(operations[prefix]?.(input.features) ?? [])] };
    const outPath = join(goldenDir, 'out', name);
    if (process.env['UPDATE_GOLDEN']) writeFileSync(outPath, `${JSON.stringify(output, null, 2)}\n`);
    expect(output).toEqual(JSON.parse(readFileSync(outPath, 'utf8')));
  });
});

const square = (west: number, south: number, east: number, north: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]],
});

describe('ringProblems', () => {
  const libya = { name: 'Libya', bbox: [9, 19, 26, 34] as const };

  it('finds nothing wrong with sound geometry', () => {
    expect(ringProblems({ type: 'Point', coordinates: [13.19139, 32.88722] }, { region: libya })).toEqual([]);
    const withHole: Polygon = { type: 'Polygon', coordinates: [...square(11, 29, 16, 33).coordinates, [[12, 30], [12, 31], [13, 31], [13, 30], [12, 30]]] };
    expect(ringProblems(withHole, { region: libya })).toEqual([]);
    expect(ringProblems({ type: 'LineString', coordinates: [[35.9, 35.4], [22, 28]] })).toEqual([]);
  });

  it('reports coordinates out of range', () => {
    expect(ringProblems({ type: 'Point', coordinates: [13.2, 95] })).toEqual([
      'latitude 95 out of range in [13.2, 95]; is it [lat, lng]? GeoJSON order is [lng, lat]',
    ]);
    expect(ringProblems({ type: 'Point', coordinates: [200, 95] })).toEqual([
      'longitude 200 out of range in [200, 95]',
      'latitude 95 out of range in [200, 95]',
    ]);
    const line = { type: 'LineString' as const, coordinates: [[0, 91], [0, 92], [0, 93], [0, 94], [0, 95]] };
    expect(ringProblems(line)).toHaveLength(4);
    expect(ringProblems(line)[3]).toBe('and 2 more positions out of range');
  });

  it('spots [lat, lng] against the expected region', () => {
    expect(ringProblems({ type: 'Point', coordinates: [32.88722, 13.19139] }, { region: libya })).toEqual([
      '[32.88722, 13.19139] is outside Libya but [13.19139, 32.88722] is inside: is it [lat, lng]? GeoJSON order is [lng, lat]',
    ]);
    const swapped: Polygon = { type: 'Polygon', coordinates: [square(29.5, 12, 31.5, 15).coordinates[0] ?? []] };
    expect(ringProblems(swapped, { region: libya })).toEqual([
      '[29.5, 12] is outside Libya but [12, 29.5] is inside: is it [lat, lng]? GeoJSON order is [lng, lat] (5 positions)',
    ]);
    // Without a region there is nothing to compare with.
    expect(ringProblems({ type: 'Point', coordinates: [32.88722, 13.19139] })).toEqual([]);
  });

  it('reports rings that are short, open or self-intersecting', () => {
    expect(ringProblems({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 0]]] })).toEqual([
      'ring 0 has 3 positions; a closed ring needs at least 4',
    ]);
    expect(ringProblems({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] })).toEqual([
      'ring 0 is not closed: it starts at [0, 0] and ends at [0, 1]',
    ]);
    expect(ringProblems({ type: 'MultiPolygon', coordinates: [square(0, 0, 1, 1).coordinates, [[[5, 5], [6, 5], [6, 6], [5, 6]]]] })).toEqual([
      'polygon 1 ring 0 is not closed: it starts at [5, 5] and ends at [5, 6]',
    ]);
    expect(ringProblems({ type: 'Polygon', coordinates: [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]] })).toEqual(['intersects itself at [1, 1]']);
    expect(ringProblems({ type: 'LineString', coordinates: [[0, 0]] })).toEqual(['a line needs at least 2 positions, this one has 1']);
  });

  it('does not mistake a repeated position for a crossing', () => {
    expect(ringProblems({ type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] })).toEqual([]);
  });
});

describe('measures', () => {
  const tripoli: LngLat = [13.19139, 32.88722];
  const hmeimim: LngLat = [35.945, 35.41167];

  it('measures great-circle distances in km', () => {
    expect(distanceKm(tripoli, tripoli)).toBe(0);
    // Tripoli to Hmeimim is about 2,150 km as the crow flies.
    expect(distanceKm(tripoli, hmeimim)).toBeGreaterThan(2100);
    expect(distanceKm(tripoli, hmeimim)).toBeLessThan(2200);
  });

  it('draws a great circle with the requested number of positions, end to end', () => {
    const line = greatCircleLine(hmeimim, tripoli, { npoints: 64 });
    expect(line.coordinates).toHaveLength(64);
    expect(line.coordinates[0]?.[0]).toBeCloseTo(hmeimim[0], 9);
    expect(line.coordinates[63]?.[1]).toBeCloseTo(tripoli[1], 9);
    expect(greatCircleLine(hmeimim, tripoli).coordinates).toHaveLength(64);
  });

  it('puts label points on points, halfway along lines and inside areas', () => {
    expect(labelPoint({ type: 'Point', coordinates: [1, 2] })).toEqual([1, 2]);
    const [lng, lat] = labelPoint({ type: 'LineString', coordinates: [[0, 0], [0, 2]] });
    expect(lng).toBeCloseTo(0, 9);
    expect(lat).toBeCloseTo(1, 6);
    const box = labelPoint(square(0, 0, 2, 2));
    expect(box[0]).toBeCloseTo(1, 6);
    expect(box[1]).toBeCloseTo(1, 2);
  });

  it('measures overlap and what sticks out, in km²', () => {
    const a = square(0, 0, 1, 1);
    expect(overlapAreaKm2(a, square(2, 2, 3, 3))).toBe(0);
    // A one-degree square at the equator is about 111 km × 111 km.
    expect(overlapAreaKm2(a, square(0.5, 0, 1.5, 1))).toBeCloseTo(12_364 / 2, -2);
    expect(areaOutsideKm2(a, square(0, 0, 2, 2))).toBe(0);
    expect(isInside(a, square(0, 0, 2, 2))).toBe(true);
    const pokingOut = square(0, 0, 1.001, 1); // sticks out by about 0.1 km × 111 km
    expect(isInside(pokingOut, a)).toBe(false);
    expect(isInside(pokingOut, a, 13)).toBe(true);
  });

  it('drops parts smaller than a threshold', () => {
    const big = square(0, 0, 1, 1).coordinates;
    const sliver = square(5, 5, 5.001, 5.001).coordinates;
    expect(dropSmallParts({ type: 'MultiPolygon', coordinates: [big, sliver] }, 1)).toEqual({ type: 'Polygon', coordinates: big });
    expect(dropSmallParts({ type: 'Polygon', coordinates: sliver }, 1)).toBeNull();
  });

  it('rounds coordinates, keeping every position of a line', () => {
    const line = roundCoordinates({ type: 'LineString', coordinates: [[1.123456789, 2], [1.123456789, 2.0000001], [3, 4]] });
    expect(line.coordinates).toEqual([[1.12346, 2], [1.12346, 2], [3, 4]]);
  });
});
