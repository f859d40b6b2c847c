// Where elements stand on the map, as labelPlacement.ts's boxes: in the map
// container's pixels (x right, y down). Shared by the two labelling passes,
// the story's names (placeNames.ts) and the towns (townLabelsLayer.ts).
import type { Box } from './labelPlacement';

/**
 * What lies over the map (the page's toolbar and panels, the story's card, the
 * List, an embedded map's legend): a label half under one reads as cut, so
 * none is placed there. The place names' layer watches these come and go
 * (placeLabelsLayer.ts).
 */
export const OVER_THE_MAP = '.toolbar, .side-panel, .detail-panel, .event-list-panel, .story-tour, .embed-legend';

/** The class of a zone's label hidden where a panel or the map's edge would cut it (placeNames.ts); the towns keep clear of the others only. */
export const ZONE_LABEL_COVERED = 'zone-label-covered';

/** The route's label as shown: not where every place for it would leave its words cut (placeNames.ts clearOfMarkers). */
export const SHOWN_ROUTE_LABEL = '.route-label:not(.route-label-covered)';

/** Whether the point (x, y) lies in `box`, its edges included: a marker standing on a place's point. */
export const holds = (box: Box, x: number, y: number): boolean => box.minX <= x && x <= box.maxX && box.minY <= y && y <= box.maxY;

/** `r` (page pixels) in the pixels of the box `origin` starts at. */
export const boxOf = (r: DOMRect, origin: DOMRect): Box => ({ minX: r.left - origin.left, minY: r.top - origin.top, maxX: r.right - origin.left, maxY: r.bottom - origin.top });

/** Boxes of the elements under `root` that `selector` finds, leaving out those of no size (hidden, e.g. by a zoom band). */
export function shownBoxes(root: ParentNode, selector: string, origin: DOMRect): Box[] {
  const boxes: Box[] = [];
  for (const el of root.querySelectorAll(selector)) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 || r.height > 0) boxes.push(boxOf(r, origin));
  }
  return boxes;
}
