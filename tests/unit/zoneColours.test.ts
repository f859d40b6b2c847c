// What a colour-blind reader sees of the zones: every zone kind, as drawn
// (its colour laid over the land at the zone's fill opacity), and the sea,
// simulated for protanopia, deuteranopia and tritanopia, must stay apart from
// every other by a CIE 1976 colour difference (ΔE*ab) a reader notices at a
// glance. The colours come from the story (geo/story.json zoneKinds) and the
// map's style (src/map/mapColours.ts), so a new colour that breaks this fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStory } from '../../src/data/readStory';
import { DASHED_ZONE_FILL_OPACITY, LAND_FILL, SEA, ZONE_FILL_OPACITY } from '../../src/map/mapColours';
import { repoRoot } from './fixtureDirs';

type Rgb = readonly [number, number, number];
type Matrix = readonly [Rgb, Rgb, Rgb];

/**
 * Dichromacy (severity 1.0) from Machado, Oliveira & Fernandes (2009), "A
 * Physiologically-based Model for Simulation of Color Vision Deficiency", IEEE
 * Transactions on Visualization and Computer Graphics 15(6), 1291–1298,
 * doi:10.1109/TVCG.2009.113: the matrices of the paper's supplementary page
 * (www.inf.ufrgs.br/~oliveira/pubs_files/CVD_Simulation/CVD_Simulation.html), as
 * the colorspacious library reproduces them (colorspacious/cvd.py,
 * MACHADO_ET_AL_MATRICES[…][100]). They act on linear RGB.
 */
const SIMULATIONS: Record<string, Matrix> = {
  'normal vision': [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

/**
 * The least ΔE*ab allowed between two fills: our choice, several times a
 * just-noticeable difference (a few units), so that two kinds of zone are told
 * apart at a glance on the map, not only side by side.
 */
const MIN_DELTA_E = 15;

const fromHex = (hex: string): Rgb => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255) as unknown as Rgb;
/** The browser lays a translucent fill over what is under it in sRGB values. */
const over = (top: Rgb, under: Rgb, alpha: number): Rgb => top.map((c, i) => c * alpha + under[i]! * (1 - alpha)) as unknown as Rgb;
/** sRGB → linear (IEC 61966-2-1). */
const linear = (rgb: Rgb): Rgb => rgb.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as unknown as Rgb;
const times = (m: Matrix, v: Rgb): Rgb => m.map((row) => Math.min(1, Math.max(0, row[0] * v[0] + row[1] * v[1] + row[2] * v[2]))) as unknown as Rgb;

/** Linear sRGB → CIELAB, D65 white. */
function lab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const deltaE = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

const story = readStory(join(repoRoot, 'geo'));
/** What is on screen: each zone kind over the land, and the sea. */
const shown: [string, Rgb][] = [
  ...story.zoneKinds.map((k): [string, Rgb] => [k.label, over(fromHex(k.colour), fromHex(LAND_FILL), k.dashed ? DASHED_ZONE_FILL_OPACITY : ZONE_FILL_OPACITY)]),
  ['the sea', fromHex(SEA)],
];
const pairs = shown.flatMap(([a, ca], i) => shown.slice(i + 1).map(([b, cb]) => [a, ca, b, cb] as const));

describe('zone colours for colour-blind readers', () => {
  it('are checked on every kind of zone the story has, and on the sea', () => {
    expect(shown.length).toBe(story.zoneKinds.length + 1);
    expect(pairs.length).toBeGreaterThan(0);
  });
  for (const [vision, matrix] of Object.entries(SIMULATIONS)) {
    it.each(pairs.map(([a, ca, b, cb]) => [a, b, ca, cb]))(`with ${vision}, "%s" and "%s" stay apart`, (_a, _b, ca, cb) => {
      const seen = (c: Rgb) => lab(times(matrix, linear(c)));
      expect(deltaE(seen(ca), seen(cb))).toBeGreaterThanOrEqual(MIN_DELTA_E);
    });
  }
  it('simulates: a red and a green that normal vision tells apart come close for a deuteranope', () => {
    const red: Rgb = [0.8, 0.3, 0.2];
    const green: Rgb = [0.45, 0.55, 0.2];
    const normal = deltaE(lab(linear(red)), lab(linear(green)));
    const deutan = deltaE(lab(times(SIMULATIONS['deuteranopia']!, linear(red))), lab(times(SIMULATIONS['deuteranopia']!, linear(green))));
    expect(deutan).toBeLessThan(normal / 2);
  });
  it('the map is drawn with the sea this test checks (src/styles.css --sea)', () => {
    const css = readFileSync(join(repoRoot, 'src', 'styles.css'), 'utf8');
    expect(css.match(/--sea:\s*(#[0-9a-fA-F]{6})/)?.[1]?.toLowerCase()).toBe(SEA.toLowerCase());
  });
  it("the bench's basemap-only page has the same sea, so the two pages draw alike (bench/reference.css)", () => {
    const css = readFileSync(join(repoRoot, 'bench', 'reference.css'), 'utf8');
    expect(css.match(/#map\s*\{[^}]*background:\s*(#[0-9a-fA-F]{6})/)?.[1]?.toLowerCase()).toBe(SEA.toLowerCase());
  });
});
