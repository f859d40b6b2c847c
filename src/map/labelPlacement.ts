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
