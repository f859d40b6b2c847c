// Which labels fit: the most important first, each shown only if its box
// touches no box already taken (an obstacle such as a marker, or a label shown
// before it). Greedy by priority, as map labelling usually is: a capital is
// never dropped for a village. Boxes are in screen pixels. Pure: no Leaflet,
// no DOM; the index is rbush (an R-tree), so a check is a tree search, not a
// scan of every label shown so far.
import RBush from 'rbush';

/** A rectangle in pixels: x to the right, y down. */
export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface LabelCandidate {
  id: string;
  /** lower is more important */
  priority: number;
  /** every box the label needs free (text, dot); all or nothing */
  boxes: readonly Box[];
}

/** The ids of the candidates shown, most important first; none overlaps another or an obstacle. */
export function placeLabels(candidates: readonly LabelCandidate[], obstacles: readonly Box[] = []): string[] {
  const taken = new RBush<Box>();
  taken.load([...obstacles]);
  const shown: string[] = [];
  const ordered = [...candidates].sort((a, b) => a.priority - b.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const candidate of ordered) {
    if (candidate.boxes.some((box) => taken.collides(box))) continue;
    for (const box of candidate.boxes) taken.insert(box);
    shown.push(candidate.id);
  }
  return shown;
}

/** Whether two boxes share any area or edge (what rbush counts as colliding). */
export function overlaps(a: Box, b: Box): boolean {
  return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
}

/** Whether two boxes share some area: unlike overlaps, boxes that only touch do not. */
export function crosses(a: Box, b: Box): boolean {
  return a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
}

/** px² of `box` that lies outside `bounds` or under any of `obstacles` (where obstacles overlap, counted for each). */
export function coveredArea(box: Box, obstacles: readonly Box[], bounds: Box): number {
  const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.maxX, b.maxX) - Math.max(a.minX, b.minX)) * Math.max(0, Math.min(a.maxY, b.maxY) - Math.max(a.minY, b.minY));
  const outside = (box.maxX - box.minX) * (box.maxY - box.minY) - overlap(box, bounds);
  return obstacles.reduce((sum, o) => sum + overlap(box, o), outside);
}

/** A label that may stand in one of several places around its point, the preferred first. */
export interface MovableLabel {
  id: string;
  /** lower is more important */
  priority: number;
  /** the label's box at each place it may stand, in order of preference */
  positions: readonly Box[];
}

/**
 * Where each label stands (the index of its first free position), most
 * important first; a label with no free position is left out of the map.
 * Greedy like placeLabels: an important label takes its preferred place and a
 * later one moves around it.
 */
export function placeMovableLabels(labels: readonly MovableLabel[], obstacles: readonly Box[] = []): Map<string, number> {
  const taken = new RBush<Box>();
  taken.load([...obstacles]);
  const placed = new Map<string, number>();
  const ordered = [...labels].sort((a, b) => a.priority - b.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const label of ordered) {
    const free = label.positions.findIndex((box) => !taken.collides(box));
    if (free < 0) continue;
    taken.insert(label.positions[free]!);
    placed.set(label.id, free);
  }
  return placed;
}

/**
 * The places a label of `width` × `height` may stand around `around` (the box
 * of what stands at its point), `gap` px away, in the order cartographers
 * prefer: right, left, then the four corners (upper and lower right, upper and
 * lower left), then below and above.
 */
export function positionsAround(around: Box, width: number, height: number, gap: number): Box[] {
  const midY = (around.minY + around.maxY) / 2;
  const midX = (around.minX + around.maxX) / 2;
  const at = (minX: number, minY: number): Box => ({ minX, minY, maxX: minX + width, maxY: minY + height });
  const right = around.maxX + gap;
  const left = around.minX - gap - width;
  const above = around.minY - gap - height;
  const below = around.maxY + gap;
  const level = midY - height / 2;
  const centred = midX - width / 2;
  return [at(right, level), at(left, level), at(right, above), at(right, below), at(left, above), at(left, below), at(centred, below), at(centred, above)];
}

/** Of an area's box, the share (0 to 1) a label's box centred on it would cover at most before it stands beside it instead. */
export const AREA_LABEL_COVER = 1 / 3;

/**
 * Where the label of an area (a zone) may stand, best first. Centred on the
 * area (`centred`, the label's box there) where that leaves most of it in
 * sight; where the label would cover more than AREA_LABEL_COVER of the area's
 * box (a small town's zone under its long label), beside the area as beside a
 * point (positionsAround), and centred only where none of those is free.
 */
export function areaLabelPositions(centred: Box, area: Box, gap: number): Box[] {
  const areaSize = (area.maxX - area.minX) * (area.maxY - area.minY);
  const covered =
    Math.max(0, Math.min(centred.maxX, area.maxX) - Math.max(centred.minX, area.minX)) *
    Math.max(0, Math.min(centred.maxY, area.maxY) - Math.max(centred.minY, area.minY));
  if (areaSize <= 0 || covered <= AREA_LABEL_COVER * areaSize) return [centred];
  return [...positionsAround(area, centred.maxX - centred.minX, centred.maxY - centred.minY, gap), centred];
}

/** A ring of a shape as drawn, in pixels. */
export type Ring = readonly { x: number; y: number }[];

/**
 * Whether a point lies in the shape its rings draw, by the even-odd rule
 * (a ring inside another is a hole; a multipolygon's parts are rings alike).
 */
export function insideRings(rings: readonly Ring[], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a.y > y !== b.y > y && x < ((b.x - a.x) * (y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
    }
  }
  return inside;
}

/** px between the points a wide area's label may be moved to */
export const SPOT_STEP = 60;

/**
 * Where the label of a wide area may stand when its middle will not do (out
 * of sight, or taken): the label's box (`centred`, as it stands in the
 * middle) centred on points of a SPOT_STEP grid over `view` where the point
 * and both ends of the label lie inside the area (`inside`), those nearest
 * the middle of that part of the area first, so that the label names what
 * of the area is in sight rather than creeping to an edge.
 */
export function spotsInArea(centred: Box, view: Box, inside: (x: number, y: number) => boolean): Box[] {
  const [w, h] = [centred.maxX - centred.minX, centred.maxY - centred.minY];
  const points: [number, number][] = [];
  for (let x = view.minX + w / 2; x <= view.maxX - w / 2; x += SPOT_STEP) {
    for (let y = view.minY + h / 2; y <= view.maxY - h / 2; y += SPOT_STEP) {
      if (inside(x, y) && inside(x - w / 2, y) && inside(x + w / 2, y)) points.push([x, y]);
    }
  }
  const [mx, my] = points.reduce(([sx, sy], [x, y]) => [sx + x / points.length, sy + y / points.length], [0, 0]);
  const far = ([x, y]: [number, number]) => (x - mx) ** 2 + (y - my) ** 2;
  return points.sort((a, b) => far(a) - far(b)).map(([x, y]) => ({ minX: x - w / 2, minY: y - h / 2, maxX: x + w / 2, maxY: y + h / 2 }));
}
