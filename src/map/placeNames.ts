// Where each story place's name stands (placeLabelsLayer.ts shows them): beside
// whatever marker stands at its point, on the first side (right, left, a
// corner, below, above: labelPlacement.ts positionsAround) where it covers no
// marker, no other name, no zone or route label, no map control and no panel
// over the map, and wholly inside the map; a name with no free side is hidden until a zoom
// or a filter makes room (its marker still names it to a pointer and a screen
// reader). Then the basemap's country names are shown where they touch none
// of that nor a bigger country's name. Loaded after the first view with the placement code (rbush), so
// the script the first view waits for carries neither.
import type L from 'leaflet';
import type { LatLng } from '../data/model';
import { boxOf, holds, OVER_THE_MAP, shownBoxes, SHOWN_ROUTE_LABEL, ZONE_LABEL_COVERED } from './screenBoxes';
import { areaLabelPositions, type Box, coveredArea, crosses, insideRings, type MovableLabel, overlaps, placeLabels, placeMovableLabels, positionsAround, type Ring, spotsInArea } from './labelPlacement';
import { zoneShapes } from './zonesLayer';

/** A name on the map: its place, its text element, and what it says. */
export interface PlaceName {
  id: string;
  kind: string;
  name: string;
  at: LatLng;
  text: HTMLElement;
}

/** Which names win a crowded spot: capitals, then bases and towns, then the wider areas. */
const KIND_ORDER: readonly string[] = ['capital', 'air-base', 'city', 'district', 'front-line', 'region'];
const kindRank = (kind: string): number => {
  const i = KIND_ORDER.indexOf(kind);
  return i < 0 ? KIND_ORDER.length : i;
};

/** px between a name and the marker (or point) it stands beside */
const GAP = 3;
/** px of the name's box either side, for its halo */
const HALO = 2;
/** The name's font, as styles.css sets .place-label (measured on a canvas, not on the page). */
const FONT = '600 12px';
const TEXT_HEIGHT = 16;
/** px a wide zone's moved label keeps from the map's edges */
const EDGE = 8;
/** px beyond the map's edge from which a name cannot reach into it */
const OFF_VIEW = 400;
const MARKERS = '.event-marker-icon';
const OBSTACLES = `${SHOWN_ROUTE_LABEL}, .route-open-end, .leaflet-control`;
/** The story's own places a route's label keeps off where it can: their labels' zero-size icons stand at their points. */
const NAMED_POINTS = '.place-label-icon.place-label-capital, .place-label-icon.place-label-air-base, .place-label-icon.place-label-city';
/** px around such a point that the label keeps clear of */
const POINT_ROOM = 6;
const ZONE_LABELS = '.zone-label-text';

interface Movable extends MovableLabel {
  at: readonly [number, number];
}


const widths = new Map<string, number>();
function widthOf(name: string, fontFamily: string): number {
  let width = widths.get(name);
  if (width === undefined) {
    const context = document.createElement('canvas').getContext('2d');
    if (context) context.font = `${FONT} ${fontFamily}`;
    width = Math.ceil(context?.measureText(name).width ?? name.length * 7) + 2 * HALO;
    widths.set(name, width);
  }
  return width;
}

/**
 * Sets every name where it fits now (reads the page once, then writes).
 * Whether any name came, went or moved: what keeps clear of the names (the
 * towns, townLabelsLayer.ts) is placed again then.
 */
export function placeNames(map: L.Map, names: readonly PlaceName[]): boolean {
  let changed = false;
  const container = map.getContainer();
  const origin = container.getBoundingClientRect();
  const size = map.getSize();
  const fontFamily = getComputedStyle(container).fontFamily;
  const markers = shownBoxes(container, MARKERS, origin);
  const over = shownBoxes(document, OVER_THE_MAP, origin);
  const zoneLabels = [...container.querySelectorAll<HTMLElement>(ZONE_LABELS)].map((el) => {
    // Where it stands now, less where the last pass moved it to: its box centred on its zone.
    const [dx, dy] = [Number(el.dataset['dx'] ?? 0), Number(el.dataset['dy'] ?? 0)];
    const r = boxOf(el.getBoundingClientRect(), origin);
    const centred = { minX: r.minX - dx, minY: r.minY - dy, maxX: r.maxX - dx, maxY: r.maxY - dy };
    // Not shown at this zoom (styles.css hides the far zoom's): neither cut nor in the way.
    const shown = r.maxX > r.minX;
    const area = shown ? areaBox(map, el.dataset['bounds']) : null;
    const places = area ? areaLabelPositions(centred, area, GAP) : [centred];
    // Too small to be seen under its label: its label has places beside it (areaLabelPositions).
    const small = shown && area !== null && places.length > 1;
    return { el, box: centred, shift: [dx, dy], area, small, places, shown, cut: !shown, order: Number(el.dataset['order'] ?? 0) };
  });
  // A zone's label half under a panel or past the map's edge read as cut, its last word clipped; and none is shown
  // where a marker or another zone's label stands on it: in the snapshot's order (zonesLayer.ts), the first is kept
  // (a small town's contested zone lay over the wide zone around it, and the capital's marker over its front's label:
  // geo/README.md, label rule 6). The map's controls and the route's label lie over it too (at zoom 8 the attribution
  // hid the end of "…its supply road south"). A zone too small to be seen under its label has it beside it, where that is free.
  // A label with no free place is hidden until a move or a closed panel leaves one, and names may stand where it would be.
  const others = shownBoxes(container, OBSTACLES, origin);
  const overZoneLabels = [...markers, ...others];
  const keptZoneLabels: Box[] = [];
  // Nor does a zone's label stand on another zone too small to be seen under a label.
  const smallZones = zoneLabels.flatMap((z) => (z.small && z.area ? [z.area] : []));
  const free = (box: Box, own: Box | null) =>
    box.minX >= 0 && box.minY >= 0 && box.maxX <= size.x && box.maxY <= size.y &&
    !over.some((o) => crosses(box, o)) && !overZoneLabels.some((m) => crosses(box, m)) && !keptZoneLabels.some((k) => crosses(box, k)) &&
    !smallZones.some((a) => a !== own && crosses(box, a));
  for (const z of [...zoneLabels].sort((a, b) => a.order - b.order)) {
    if (!z.shown) continue;
    // A wide zone's label whose middle is out of sight or taken stands on another part of the zone in sight:
    // at zoom 7 and 8 the story's two wide zones were never named (geo/README.md, label rule 6).
    const place = z.places.find((box) => free(box, z.area)) ?? (z.small ? undefined : spotsInShape(map, z.el, z.box, z.area, size).find((box) => free(box, z.area)));
    z.cut = place === undefined;
    if (!place) continue;
    z.shift = [place.minX - z.box.minX, place.minY - z.box.minY];
    z.box = place;
    keptZoneLabels.push(place);
  }
  // The names keep off the small zones too (their own names stand beside them).
  const obstacles = [...markers, ...others, ...over, ...zoneLabels.filter((z) => z.shown && !z.cut).map((z) => z.box), ...smallZones];
  // Country names (the basemap's, biggest country first) yield to the story's names and to one another.
  const countries = [...container.querySelectorAll<HTMLElement>('.country-label')].map((el) => ({ el, box: boxOf(el.getBoundingClientRect(), origin) }));
  const movable: Movable[] = [];
  const offView: PlaceName[] = [];
  // Whether styles.css hides a kind at this zoom (it hides the whole marker; a crowded name hides only its text): one read a kind.
  const kindHidden = new Map<string, boolean>();
  for (const n of names) {
    const at = map.latLngToContainerPoint([n.at[0], n.at[1]]);
    // Far outside the view (a name is never wider than this): hidden, and not measured, so thousands of places cost little.
    if (at.x < -OFF_VIEW || at.y < -OFF_VIEW || at.x > size.x + OFF_VIEW || at.y > size.y + OFF_VIEW) {
      offView.push(n);
      continue;
    }
    if (!kindHidden.has(n.kind)) kindHidden.set(n.kind, (n.text.parentElement as HTMLElement | null)?.offsetParent === null);
    if (kindHidden.get(n.kind)) continue;
    // Beside the marker standing on the point, if one does; else beside the point.
    const under = markers.find((m) => holds(m, at.x, at.y));
    const around = under ?? { minX: at.x, minY: at.y, maxX: at.x, maxY: at.y };
    // Only whole names: one cut by the map's edge reads as a bug.
    // A side that leaves a country's name in sight first (a stable sort keeps the order within each); the name wins where none does.
    const positions = positionsAround(around, widthOf(n.name, fontFamily), TEXT_HEIGHT, GAP)
      .filter((b) => b.minX >= 0 && b.minY >= 0 && b.maxX <= size.x && b.maxY <= size.y)
      .map((b) => ({ b, hides: countries.some((c) => overlaps(b, c.box)) ? 1 : 0 }))
      .sort((p, q) => p.hides - q.hides)
      .map(({ b }) => b);
    movable.push({ id: n.id, priority: kindRank(n.kind), positions, at: [at.x, at.y] });
  }
  const placed = placeMovableLabels(movable, obstacles);
  for (const { el, cut, shift } of zoneLabels) {
    if (el.classList.contains(ZONE_LABEL_COVERED) !== cut) el.classList.toggle(ZONE_LABEL_COVERED, cut);
    if (!cut) moveZoneLabel(el, shift[0]!, shift[1]!);
  }
  const byId = new Map(names.map((n) => [n.id, n]));
  for (const label of movable) {
    const { text } = byId.get(label.id)!;
    const side = placed.get(label.id);
    if (text.classList.contains('place-label-unplaced') || text.classList.contains('place-label-crowded') !== (side === undefined)) changed = true;
    text.classList.remove('place-label-unplaced');
    text.classList.toggle('place-label-crowded', side === undefined);
    if (side === undefined) continue;
    const box = label.positions[side]!;
    // Relative to the name's point (the zero-size marker); style properties, not a style attribute (CSP).
    const [left, top] = [`${box.minX - label.at[0] + HALO}px`, `${box.minY - label.at[1]}px`];
    if (text.style.left !== left || text.style.top !== top) changed = true;
    text.style.left = left;
    text.style.top = top;
  }
  for (const { text } of offView) {
    if (text.classList.contains('place-label-crowded')) continue;
    text.classList.add('place-label-crowded');
    changed = true;
  }
  const taken = [...obstacles, ...movable.flatMap((l) => (placed.has(l.id) ? [l.positions[placed.get(l.id)!]!] : []))];
  const inView = countries.filter(({ box }) => box.maxX > 0 && box.maxY > 0 && box.minX < size.x && box.minY < size.y && box.maxX > box.minX);
  const shown = new Set(placeLabels(inView.map(({ box }, i) => ({ id: String(i), priority: i, boxes: [box] })), taken));
  inView.forEach(({ el }, i) => {
    const crowded = !shown.has(String(i));
    if (el.classList.contains('country-label-crowded') !== crowded) el.classList.toggle('country-label-crowded', crowded);
  });
  return changed;
}

/** Undoes what placeNames hid besides the names, as they are taken off the map: country names made way for them, and zones' labels were hidden by the same pass. */
export function unplaceNames(map: L.Map): void {
  for (const el of map.getContainer().querySelectorAll('.country-label-crowded')) el.classList.remove('country-label-crowded');
  for (const el of map.getContainer().querySelectorAll(`.${ZONE_LABEL_COVERED}`)) el.classList.remove(ZONE_LABEL_COVERED);
  for (const el of map.getContainer().querySelectorAll<HTMLElement>(`${ZONE_LABELS}[data-dx]`)) moveZoneLabel(el, 0, 0);
}

/** Moves a zone's label `dx`, `dy` px from its zone's centre (styles.css reads the two properties; no style attribute, for the CSP). */
function moveZoneLabel(el: HTMLElement, dx: number, dy: number): void {
  const [x, y] = [Math.round(dx), Math.round(dy)];
  if (Number(el.dataset['dx'] ?? 0) === x && Number(el.dataset['dy'] ?? 0) === y) return;
  if (x === 0 && y === 0) {
    delete el.dataset['dx'];
    delete el.dataset['dy'];
    el.style.removeProperty('--dx');
    el.style.removeProperty('--dy');
    return;
  }
  el.dataset['dx'] = String(x);
  el.dataset['dy'] = String(y);
  el.style.setProperty('--dx', `${x}px`);
  el.style.setProperty('--dy', `${y}px`);
}

/** Where a wide zone's label may stand in the part of its zone that is in sight (labelPlacement.ts spotsInArea). */
function spotsInShape(map: L.Map, el: HTMLElement, centred: Box, area: Box | null, size: L.Point): Box[] {
  const shape = zoneShapes.get(el);
  if (!shape || !area) return [];
  const rings = ringsOf(map, shape.getLatLngs());
  // Clear of the map's edges by a little air, as a name flush against one read as cut.
  const view = { minX: Math.max(EDGE, area.minX), minY: Math.max(EDGE, area.minY), maxX: Math.min(size.x - EDGE, area.maxX), maxY: Math.min(size.y - EDGE, area.maxY) };
  return spotsInArea(centred, view, (x, y) => insideRings(rings, x, y));
}

/** A shape's rings (a polygon's, or each part's of a multipolygon) as drawn now, in the map's pixels. */
function ringsOf(map: L.Map, latlngs: unknown[]): Ring[] {
  if (latlngs.length === 0) return [];
  if ('lat' in (latlngs[0] as object)) return [(latlngs as L.LatLng[]).map((p) => map.latLngToContainerPoint(p))];
  return (latlngs as unknown[][]).flatMap((part) => ringsOf(map, part));
}

/** The screen box of a zone's extent, from the "south,west,north,east" zonesLayer.ts puts on its label. */
function areaBox(map: L.Map, bounds: string | undefined): Box | null {
  const [s, w, n, e] = (bounds ?? '').split(',').map(Number);
  if ([s, w, n, e].some((v) => v === undefined || !Number.isFinite(v))) return null;
  const a = map.latLngToContainerPoint([n!, w!]);
  const b = map.latLngToContainerPoint([s!, e!]);
  return { minX: a.x, minY: a.y, maxX: b.x, maxY: b.y };
}

/** px a slid label keeps between its pointer (12 px wide, styles.css) and its edge, rounded corner included */
const POINTER_ROOM = 14;

/**
 * Calls `changed` when the toolbar and panels over the map (.app-ui) come, open
 * or close: their elements, `hidden` and classes, not their text. Returns the
 * function that stops watching. The place names' layer and the route's label
 * both place themselves again then, once this code has come.
 */
export function watchOverTheMap(map: L.Map, changed: () => void): () => void {
  const ui = map.getContainer().ownerDocument.querySelector('.app-ui');
  const watch = new MutationObserver(changed);
  if (ui) watch.observe(ui, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'class'] });
  return () => watch.disconnect();
}

/** The most of the route's label a place may hide, as a share of its box, and the label still be shown there. */
const COVERED_SHARE = 0.1;

/**
 * Puts each label where it covers no event marker and goes under nothing that
 * lies over the map (the toolbar, a panel, the zoom buttons): above its line,
 * else below it (on a phone, the label over the sea reached Ankara's marker;
 * on a desktop at zoom 6 over the east, the toolbar hid the claim's first
 * lines), else either one slid sideways along its anchor, its pointer still
 * on the line (a phone with the transfer open: above, Ankara's marker; below,
 * the event's sheet). Of the places free of all that, the first that also
 * covers none of the story's capitals, bases and cities. Where every place is
 * covered, where least of it is, or nowhere (hidden) where even that hides
 * more than COVERED_SHARE of it.
 * Reads the page once, then writes; run in the frame after the markers are
 * drawn.
 */
export function clearOfMarkers(map: L.Map, labels: Iterable<{ marker: L.Marker; anchors: readonly L.LatLng[] }>): void {
  const container = map.getContainer();
  const origin = container.getBoundingClientRect();
  const width = container.clientWidth;
  // The markers, and the open ring where a line ends at no named place: the label hides neither.
  const markers = shownBoxes(container, `${MARKERS}, .route-open-end`, origin);
  const over = [...shownBoxes(document, OVER_THE_MAP, origin), ...shownBoxes(container, '.leaflet-control', origin)];
  // What a place may be covered by, and the map it may not leave, for ranking places when none is clear.
  const blocking = [...markers, ...over];
  const bounds = { minX: 0, minY: 0, maxX: width, maxY: container.clientHeight };
  const points = [...container.querySelectorAll(NAMED_POINTS)].map((el) => {
    const b = boxOf(el.getBoundingClientRect(), origin);
    return { minX: b.minX - POINT_ROOM, minY: b.minY - POINT_ROOM, maxX: b.maxX + POINT_ROOM, maxY: b.maxY + POINT_ROOM };
  });
  const places = [...labels].flatMap(({ marker, anchors }) => {
    const box = marker.getElement()?.querySelector<HTMLElement>('.route-label');
    const anchorEl = marker.getElement();
    if (!box || !anchorEl) return [];
    const r = boxOf(box.getBoundingClientRect(), origin);
    // The anchor is the label marker's zero-size icon (labelMarker.ts); unslid, the box is centred on it.
    const point = boxOf(anchorEl.getBoundingClientRect(), origin);
    const [boxWidth, boxHeight] = [r.maxX - r.minX, r.maxY - r.minY];
    // How far the box stands from its anchor (styles.css .route-label), above or mirrored below.
    const gap = box.classList.contains('route-label-below') ? r.minY - point.minY : point.minY - r.maxY;
    const slide = Math.max(0, boxWidth / 2 - POINTER_ROOM);
    // At each place along the line (its middle first): above its anchor or below, centred on it or slid by all
    // but its pointer's room to either side.
    const candidates = anchors.flatMap((at) => {
      const p = map.latLngToContainerPoint(at);
      const place = (below: boolean, shift: number) => ({
        at,
        below,
        shift,
        box: { minX: p.x - boxWidth / 2 + shift, maxX: p.x + boxWidth / 2 + shift, minY: below ? p.y + gap : p.y - gap - boxHeight, maxY: below ? p.y + gap + boxHeight : p.y - gap },
      });
      return [place(false, 0), place(true, 0), place(false, -slide), place(false, slide), place(true, -slide), place(true, slide)];
    });
    // Above the map's top edge is under the toolbar too; slid past a side, off the map.
    const covers = (side: Box) =>
      side.minY < 0 || side.minX < 0 || side.maxX > width || markers.some((m) => crosses(side, m)) || over.some((o) => crosses(side, o));
    // Where every place is covered, the one that hides least of it (at Al-Watiya's
    // event on a desktop, the label above stood nearly all under the detail panel),
    // over no marker if it can: a marker over the claim hid its words, though little of its area.
    // Only among the places at its middle: one further along, half off the map, read as a cut label pulled in at
    // a corner (a phone at zoom 6 over the east, under the zoom buttons), where at the middle it stayed out of view.
    // Where even that hides more than a sliver of it (COVERED_SHARE), it is hidden, as a cut zone label is, until a
    // move or a closed panel makes room: at Al-Watiya's event on a 1024 px screen its words stood cut by the
    // detail panel, the zoom buttons and the toolbar at once.
    const least = () => {
      const atMiddle = candidates.filter((c) => c.at === anchors[0]);
      const clearOfMarkersToo = atMiddle.filter((c) => !markers.some((m) => crosses(c.box, m)));
      const among = clearOfMarkersToo.length > 0 ? clearOfMarkersToo : atMiddle;
      const hidden = among.map((c) => coveredArea(c.box, blocking, bounds));
      const leastHidden = Math.min(...hidden);
      return { ...among[hidden.indexOf(leastHidden)]!, covered: leastHidden > COVERED_SHARE * boxWidth * boxHeight };
    };
    // Clear of the story's places too, where some place is: under the box below the line, Cairo's name had no room
    // (a laptop's default view), where a place further along the line, above it, covered nothing.
    const clear = candidates.filter((c) => !covers(c.box));
    const chosen = clear.find((c) => !points.some((pt) => crosses(c.box, pt))) ?? clear[0];
    const free = chosen ? { ...chosen, covered: false } : least();
    return [{ marker, box, at: free.at, below: free.below, shift: free.shift, covered: free.covered }];
  });
  for (const { marker, box, at, below, shift, covered } of places) {
    if (!marker.getLatLng().equals(at)) marker.setLatLng(at);
    box.classList.toggle('route-label-below', below);
    box.classList.toggle('route-label-covered', covered);
    box.style.setProperty('--shift', `${shift}px`);
    box.classList.remove('route-label-unplaced');
  }
}
