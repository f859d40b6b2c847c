// Events with a path (the reported jet transfer): a dashed great-circle line in
// the event's faction colour, with arrowheads for its direction and a label
// giving the aircraft (or the title), where to, and apart from that what a
// distance for scale measures. A line into an area whose sources name no
// destination in it ends a little inside its edge, in an open ring. Dashed because the line
// is schematic: only its ends were reported (the label says whether the event
// itself is a claim). Redrawn when the lines shown change; a selection only
// thickens or thins the line.
import L from 'leaflet';
import type { PathEventView } from '../data/model';
import { FACTION_COLOUR } from '../factions';
import { routeLabel, routeScaleText } from '../routeText';
import { labelMarker } from './labelMarker';
import type { clearOfMarkers as ClearOfMarkers } from './placeNames';
import type { LayerFactory } from './storyLayer';
import { textElement } from './textElement';
import { placeNamesCode } from './placeNamesCode';
import { placementFrame } from './placementFrame';

/** Where along the line (as a fraction of its vertices) arrowheads go. */
const ARROW_AT = [0.35, 0.7, 1] as const;

/**
 * Where along the line (fractions of its vertices) its label may stand when
 * no place at its middle is clear, nearest the middle first: with Al-Watiya's
 * event open on a desktop the middle lay beside the detail panel and every
 * place there left a quarter of the claim under it.
 */
const LABEL_ALONG = [0.35, 0.65, 0.2, 0.8, 0.1, 0.9] as const;

function arrowAt(map: L.Map, line: L.LatLng[], fraction: number): L.Marker {
  const i = Math.max(1, Math.round(fraction * (line.length - 1)));
  const a = map.project(line[i - 1]!, 0);
  const b = map.project(line[i]!, 0);
  // Mercator is conformal, so a bearing measured at zoom 0 holds at every zoom.
  const degrees = (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;
  const el = textElement('span', 'route-arrow', '➤');
  el.style.transform = `rotate(${degrees}deg)`;
  return L.marker(line[i]!, {
    pane: 'route',
    interactive: false,
    keyboard: false,
    icon: L.divIcon({ className: 'route-arrow-icon', html: el, iconSize: [18, 18], iconAnchor: [9, 9] }),
  });
}

/**
 * An open ring where a line stops inside an area because its sources name no
 * destination there (the area itself is outlined when the event is chosen:
 * regionOutlineLayer.ts): the line ends, but at no place.
 */
function openEnd(at: L.LatLng): L.Marker {
  return L.marker(at, {
    pane: 'route',
    interactive: false,
    keyboard: false,
    icon: L.divIcon({ className: 'route-open-end', html: textElement('span', 'route-open-end-ring', ''), iconSize: [16, 16], iconAnchor: [8, 8] }),
  });
}

/** What drawRoutes put on the map, by route: the line to restyle and the label to return focus to. */
interface DrawnRoutes {
  group: L.LayerGroup;
  lines: Map<string, L.Polyline>;
  /** each route's label, with the places along its line it may stand at: its middle first, then LABEL_ALONG */
  labels: Map<string, { marker: L.Marker; anchors: L.LatLng[] }>;
}

/** The weight of a route's line: `selected` (a route id) thicker. */
function lineWeight(id: string, selected: string | null): number {
  return id === selected ? 5 : 3;
}

/** Draws the events' lines, the `selected` event's thicker. */
function drawRoutes(map: L.Map, routes: readonly PathEventView[], selected: string | null, onSelect: (id: string) => void): DrawnRoutes {
  const lines = new Map<string, L.Polyline>();
  const labels = new Map<string, { marker: L.Marker; anchors: L.LatLng[] }>();
  const layers = routes.flatMap((route) => {
    const line = route.line.positions.map(([lat, lng]) => L.latLng(lat, lng));
    const drawn = L.polyline(line, {
      pane: 'route',
      color: FACTION_COLOUR[route.faction],
      weight: lineWeight(route.id, selected),
      dashArray: '10 8',
      className: 'route-line',
      interactive: false,
    });
    // A wide, invisible twin so the thin dashed line is easy to hit with a finger.
    const hit = L.polyline(line, { pane: 'route', weight: 22, opacity: 0, className: 'route-hit' });
    hit.on('click', () => onSelect(route.id));
    // The label above the line's middle (styles.css .route-label), or below it where above would cover a
    // marker (clearOfMarkers); hidden until that is known, so it never jumps. A button of its own (labelMarker.ts).
    const label = textElement('span', 'route-label route-label-unplaced', '');
    // The claim, then on a line of its own what the distance measures, so that it never reads as part of the claim.
    label.append(textElement('span', 'route-label-text', routeLabel(route)), textElement('span', 'route-label-scale', routeScaleText(route)));
    // Where Leaflet puts a line's centre: halfway along it as drawn.
    hit.addTo(map);
    const middle = hit.getCenter();
    const labelled = labelMarker([middle.lat, middle.lng], label, { pane: 'zoneLabels', className: 'route-label-icon', interactive: true });
    labelled.on('click', () => onSelect(route.id));
    const arrows = ARROW_AT.map((f) => arrowAt(map, line, f));
    const end = route.line.to.destinationNamed ? [] : [openEnd(line.at(-1)!)];
    lines.set(route.id, drawn);
    labels.set(route.id, { marker: labelled, anchors: [middle, ...LABEL_ALONG.map((f) => line[Math.round(f * (line.length - 1))]!)] });
    return [drawn, hit, labelled, ...arrows, ...end];
  });
  const group = L.layerGroup(layers).addTo(map);
  return { group, lines, labels };
}

export const routeLayer: LayerFactory = ({ map, select }) => {
  let drawn: DrawnRoutes | null = null;
  const onSelect = (id: string) => select({ event: id });
  // The side-choosing code comes after the first view, with the place names' (placeNames.ts).
  let clearOfMarkers: typeof ClearOfMarkers | null = null;
  let unwatch: (() => void) | null = null;
  let removed = false;
  let asked = false;
  // Asked for as the layer is added, before the place names' layer asks (it comes after this one in
  // StoryMap.ts): the label's first placement then runs in the frame before theirs, and the names keep
  // clear of it from their first placement instead of jumping aside once it is shown.
  const askForCode = () => {
    if (asked) return;
    asked = true;
    placeNamesCode().then(
      (loaded) => {
        if (removed) return;
        clearOfMarkers = loaded.clearOfMarkers;
        // Placed again as the panels over the map open and close (an event's among them): where they covered it, it comes back.
        unwatch = loaded.watchOverTheMap(map, schedule);
        schedule();
      },
      // Without it the label stands above its line, as styles.css puts it.
      () => {
        for (const { marker } of drawn?.labels.values() ?? []) marker.getElement()?.querySelector('.route-label')?.classList.remove('route-label-unplaced');
      },
    );
  };
  const place = () => {
    if (!clearOfMarkers) return askForCode();
    if (drawn) clearOfMarkers(map, drawn.labels.values());
  };
  const frame = placementFrame(map, place);
  const schedule = frame.schedule;
  return {
    add(state) {
      drawn = drawRoutes(map, state.visible.routes, state.event, onSelect);
      map.on('moveend', schedule);
      askForCode();
      schedule();
    },
    update(state, prev) {
      if (state.visible.routes !== prev.visible.routes) {
        drawn?.group.remove();
        drawn = drawRoutes(map, state.visible.routes, state.event, onSelect);
        schedule();
      } else if (state.event !== prev.event) {
        for (const [id, line] of drawn?.lines ?? []) line.setStyle({ weight: lineWeight(id, state.event) });
      }
      if (state.visible !== prev.visible) schedule();
    },
    remove() {
      removed = true;
      unwatch?.();
      map.off('moveend', schedule);
      frame.cancel();
      drawn?.group.remove();
      drawn = null;
    },
    elementFor({ event }) {
      // The label's visible box, which takes focus; not the zero-size marker around it.
      return (event && drawn?.labels.get(event)?.marker.getElement()?.querySelector<HTMLElement>('[role="button"]')) || null;
    },
  };
};
