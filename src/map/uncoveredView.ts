// Where on the map a reader can actually see: the map fills the page, and the
// toolbar, the side panels and the detail panel (a bottom sheet on a phone)
// lie over it. Pure geometry in pixels, so it can be tested without a page:
// which edges the covering boxes eat (insetsFrom), and how far to pan so a
// target lands in what is left (panIntoView).

/** A box in pixels: left, top, right, bottom. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** How many pixels each edge of the map is covered by. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * The insets that `covers` (boxes over the map, in the same coordinates as
 * `map`) take from the map's edges. Each cover is counted against the one edge
 * that, taken away up to the cover's far side, loses the least of the map: a
 * toolbar across the top eats the top, a panel down the left side the left,
 * a bottom sheet the bottom. Covers that miss the map count for nothing.
 */
export function insetsFrom(map: Box, covers: readonly Box[]): Insets {
  const insets = { ...NO_INSETS };
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  if (width <= 0 || height <= 0) return insets;
  for (const c of covers) {
    const left = Math.max(c.left, map.left);
    const right = Math.min(c.right, map.right);
    const top = Math.max(c.top, map.top);
    const bottom = Math.min(c.bottom, map.bottom);
    if (right <= left || bottom <= top) continue;
    // The share of the map each edge would lose to this cover.
    const options: [keyof Insets, number, number][] = [
      ['top', bottom - map.top, (bottom - map.top) / height],
      ['bottom', map.bottom - top, (map.bottom - top) / height],
      ['left', right - map.left, (right - map.left) / width],
      ['right', map.right - left, (map.right - left) / width],
    ];
    const [side, px] = options.reduce((best, o) => (o[2] < best[2] ? o : best));
    insets[side] = Math.max(insets[side], px);
  }
  return insets;
}

/**
 * The pan (in pixels, as Leaflet's panBy takes it: positive x moves the view
 * right, so the content left) that brings `target` inside the uncovered part
 * of a map of `size`, `margin` pixels clear of its edges; {x: 0, y: 0} when it
 * is there already. Moves as little as it can. Null when the target is larger
 * than the uncovered part: only zooming out can show it all. With `room`,
 * that many pixels more are kept beside its two ends across where the
 * uncovered part is wide enough (a line's ends carry their places' names: one
 * that ended at the detail panel's edge left its end's name no room), else
 * the target is centred across, each end getting half of what is left.
 */
export function panIntoView(target: Box, size: { x: number; y: number }, insets: Insets, margin = 0, room = 0): { x: number; y: number } | null {
  const free = {
    left: insets.left + margin,
    top: insets.top + margin,
    right: size.x - insets.right - margin,
    bottom: size.y - insets.bottom - margin,
  };
  if (target.right - target.left > free.right - free.left || target.bottom - target.top > free.bottom - free.top) return null;
  const y = shift(target.top, target.bottom, free.top, free.bottom);
  if (target.right - target.left + 2 * room <= free.right - free.left) return { x: shift(target.left - room, target.right + room, free.left, free.right), y };
  return { x: (target.left + target.right) / 2 - (free.left + free.right) / 2, y };
}

/** How far to move the view along one axis so [lo, hi] lies within [min, max] (which it fits in). */
function shift(lo: number, hi: number, min: number, max: number): number {
  if (lo < min) return lo - min;
  if (hi > max) return hi - max;
  return 0;
}
