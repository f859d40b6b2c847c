import { describe, expect, it } from 'vitest';
import { areaLabelPositions, type Box, coveredArea, insideRings, type LabelCandidate, overlaps, placeLabels, placeMovableLabels, positionsAround, type Ring, SPOT_STEP, spotsInArea } from '../../src/map/labelPlacement';

const box = (x: number, y: number, w: number, h: number): Box => ({ minX: x, minY: y, maxX: x + w, maxY: y + h });
const label = (id: string, priority: number, ...boxes: Box[]): LabelCandidate => ({ id, priority, boxes });

describe('placeLabels', () => {
  it('keeps the more important of two overlapping labels, whatever order they come in', () => {
    const big = label('capital', 0, box(0, 0, 60, 14));
    const small = label('village', 5, box(40, 5, 60, 14));
    expect(placeLabels([small, big])).toEqual(['capital']);
    expect(placeLabels([big, small])).toEqual(['capital']);
  });
  it('shows labels that do not touch, most important first', () => {
    expect(placeLabels([label('b', 2, box(100, 0, 50, 14)), label('a', 1, box(0, 0, 50, 14))])).toEqual(['a', 'b']);
  });
  it('drops a label that an obstacle (a marker) covers', () => {
    expect(placeLabels([label('town', 0, box(0, 0, 60, 14))], [box(10, 0, 30, 30)])).toEqual([]);
  });
  it('drops a label when any of its boxes is taken, and then takes none of them', () => {
    const a = label('a', 0, box(0, 0, 10, 10));
    const b = label('b', 1, box(100, 0, 10, 10), box(5, 5, 10, 10));
    const c = label('c', 2, box(100, 0, 10, 10));
    expect(placeLabels([a, b, c])).toEqual(['a', 'c']);
  });
  it('never shows two overlapping labels among many crowded ones', () => {
    // A grid of labels wider than their spacing: many collide with neighbours.
    const many: LabelCandidate[] = [];
    for (let i = 0; i < 400; i++) many.push(label(`t${i}`, (i * 37) % 101, box((i % 20) * 23, Math.floor(i / 20) * 9, 50, 14)));
    const shown = new Set(placeLabels(many));
    const kept = many.filter((m) => shown.has(m.id));
    expect(kept.length).toBeGreaterThan(10);
    expect(kept.length).toBeLessThan(many.length);
    for (const a of kept) for (const b of kept) if (a !== b) expect(overlaps(a.boxes[0]!, b.boxes[0]!), `${a.id} × ${b.id}`).toBe(false);
    // Each label left out is covered by one shown before it.
    for (const m of many.filter((x) => !shown.has(x.id))) {
      expect(kept.some((k) => k.priority <= m.priority && overlaps(k.boxes[0]!, m.boxes[0]!)), m.id).toBe(true);
    }
  });
});

describe('placeMovableLabels', () => {
  const marker = box(100, 100, 30, 30);
  const around = (id: string, priority: number, at: Box) => ({ id, priority, positions: positionsAround(at, 50, 16, 3) });

  it('sets a name beside the marker at its point, not under it, on the right when that is free', () => {
    const positions = positionsAround(marker, 50, 16, 3);
    for (const p of positions) expect(overlaps(p, marker)).toBe(false);
    expect(placeMovableLabels([around('tripoli', 0, marker)], [marker])).toEqual(new Map([['tripoli', 0]]));
  });

  it('moves a less important name to its next free side, and leaves out one with none', () => {
    const right = positionsAround(marker, 50, 16, 3)[0]!;
    const neighbour = box(right.minX + 10, right.minY - 20, 1, 1); // a point just above the first name's right-hand place
    const placed = placeMovableLabels([around('watiya', 3, neighbour), around('tripoli', 0, marker)], [marker]);
    expect(placed.get('tripoli')).toBe(0);
    const watiya = positionsAround(neighbour, 50, 16, 3)[placed.get('watiya')!]!;
    expect(overlaps(watiya, right)).toBe(false);
    expect(overlaps(watiya, marker)).toBe(false);
    // Walled in on every side: no place, so not shown.
    const wall = box(0, 0, 400, 400);
    expect(placeMovableLabels([around('boxed', 0, marker)], [wall]).has('boxed')).toBe(false);
  });

  it('counts the area of a box outside its bounds and under each obstacle', () => {
    const bounds = { minX: 0, minY: 0, maxX: 100, maxY: 100 };
    expect(coveredArea({ minX: 10, minY: 10, maxX: 20, maxY: 20 }, [], bounds)).toBe(0);
    // 5 px of its 10 beyond the right edge, 10 px high.
    expect(coveredArea({ minX: 95, minY: 10, maxX: 105, maxY: 20 }, [], bounds)).toBe(50);
    // A quarter under one obstacle, a quarter under another.
    expect(coveredArea({ minX: 0, minY: 0, maxX: 10, maxY: 10 }, [{ minX: 5, minY: 5, maxX: 30, maxY: 30 }, { minX: -5, minY: -5, maxX: 5, maxY: 5 }], bounds)).toBe(50);
  });
});


describe('areaLabelPositions', () => {
  const box = (minX: number, minY: number, maxX: number, maxY: number): Box => ({ minX, minY, maxX, maxY });
  const centredOn = (area: Box, width: number, height: number): Box => {
    const [x, y] = [(area.minX + area.maxX) / 2, (area.minY + area.maxY) / 2];
    return box(x - width / 2, y - height / 2, x + width / 2, y + height / 2);
  };

  it('keeps a wide zone its label at its centre, and only there', () => {
    const zone = box(0, 0, 400, 300);
    const label = centredOn(zone, 150, 16);
    expect(areaLabelPositions(label, zone, 3)).toEqual([label]);
  });

  it('puts the label of a zone smaller than it beside the zone, right of it first, and centred only last', () => {
    // A small town's zone, 24 × 28 px at zoom 7, under a 240 px label: the label would hide most of it.
    const zone = box(100, 100, 124, 128);
    const label = centredOn(zone, 240, 16);
    const places = areaLabelPositions(label, zone, 3);
    expect(places[0]).toEqual(box(127, 106, 367, 122));
    expect(places.at(-1)).toEqual(label);
    for (const place of places.slice(0, -1)) expect(overlaps(place, zone)).toBe(false);
    expect(places).toEqual([...positionsAround(zone, 240, 16, 3), label]);
  });

  it('moves the label where it would cover more than a third of the zone, not where it covers a third', () => {
    // 16 px of label over a zone 48 px tall and 40 wide: a third of it.
    const third = box(0, 0, 40, 48);
    expect(areaLabelPositions(centredOn(third, 200, 16), third, 3)).toHaveLength(1);
    const less = box(0, 0, 40, 47);
    expect(areaLabelPositions(centredOn(less, 200, 16), less, 3)).toHaveLength(9);
  });
});

describe('a wide area\'s label where its middle will not do', () => {
  const ring = (...points: [number, number][]): Ring => points.map(([x, y]) => ({ x, y }));
  // A square 0–300 with a square hole 100–200, and an island 400–500 beside it: as a multipolygon's rings.
  const rings = [ring([0, 0], [300, 0], [300, 300], [0, 300]), ring([100, 100], [200, 100], [200, 200], [100, 200]), ring([400, 0], [500, 0], [500, 100], [400, 100])];

  it('tells a point in the shape from one in its hole or outside it, by the even-odd rule', () => {
    expect(insideRings(rings, 50, 50)).toBe(true);
    expect(insideRings(rings, 150, 150)).toBe(false);
    expect(insideRings(rings, 450, 50)).toBe(true);
    expect(insideRings(rings, 350, 50)).toBe(false);
    expect(insideRings(rings, 50, 350)).toBe(false);
    expect(insideRings([], 50, 50)).toBe(false);
  });

  it('offers spots where the label lies wholly inside, the middle of that part first', () => {
    // An L-shaped area: a bar along the top (0–600 × 0–60) and one down the left (0–120 × 0–400); a label 100 × 16.
    const l = [ring([0, 0], [600, 0], [600, 60], [120, 60], [120, 400], [0, 400])];
    const label = { minX: 1000, minY: 1000, maxX: 1100, maxY: 1016 };
    const spots = spotsInArea(label, { minX: 0, minY: 0, maxX: 600, maxY: 400 }, (x, y) => insideRings(l, x, y));
    expect(spots.length).toBeGreaterThan(3);
    for (const s of spots) {
      expect(s.maxX - s.minX).toBe(100);
      expect(s.maxY - s.minY).toBe(16);
      for (const x of [s.minX, (s.minX + s.maxX) / 2, s.maxX]) expect(insideRings(l, x, (s.minY + s.maxY) / 2)).toBe(true);
    }
    // Centred on a grid that starts half a label in from the view's corner: the boxes start on the step.
    expect(spots.every((s) => s.minX % SPOT_STEP === 0 && s.minY % SPOT_STEP === 0)).toBe(true);
    // Nearest the middle of the spots found first, farthest last.
    const mid = spots.reduce((m, s) => ({ x: m.x + (s.minX + 50) / spots.length, y: m.y + (s.minY + 8) / spots.length }), { x: 0, y: 0 });
    const far = (s: Box) => Math.hypot(s.minX + 50 - mid.x, s.minY + 8 - mid.y);
    for (let i = 1; i < spots.length; i++) expect(far(spots[i]!)).toBeGreaterThanOrEqual(far(spots[i - 1]!));
  });

  it('offers none where the label fits nowhere inside, or where the area is not in the view', () => {
    const narrow = [ring([0, 0], [80, 0], [80, 400], [0, 400])];
    const label = { minX: 0, minY: 0, maxX: 100, maxY: 16 };
    expect(spotsInArea(label, { minX: 0, minY: 0, maxX: 600, maxY: 400 }, (x, y) => insideRings(narrow, x, y))).toEqual([]);
    expect(spotsInArea(label, { minX: 0, minY: 0, maxX: 60, maxY: 400 }, () => true)).toEqual([]);
  });
});
