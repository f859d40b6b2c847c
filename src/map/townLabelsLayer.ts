// Towns of the gazetteer (loadGazetteer.ts), labelled by importance and zoom:
// a town appears from its tier's zoom, capitals and bigger towns win where
// labels would touch (labelPlacement.ts), and no label goes under an event
// marker, a label of the story's own places (those come first: they are what
// the story is about; a town that is one of them, by its GeoNames id, is not
// labelled again while its story name is shown), the toolbar or a panel over
// the map (screenBoxes.ts OVER_THE_MAP); a town a marker stands on is named
// beside the marker (besideMarker). Shown with the place labels (the same toggle).
// Placement runs once per finished move (moveend: the markers are redrawn for
// each view then), never during a pan; each text is measured once.
// The placement code (rbush) comes in this layer's chunk, after the first view
// (laterLayer.ts), so that the script the first view waits for does not carry it.
import L from 'leaflet';
import type { Town } from '../data/gazetteer';
import type { Model } from '../data/model';
import { type Box, type LabelCandidate, placeLabels } from './labelPlacement';
import { loadGazetteer } from './loadGazetteer';
import { GAZETTEER_ATTRIBUTION } from './townCreditLayer';
import type { LayerFactory } from './storyLayer';
import { holds, OVER_THE_MAP, shownBoxes, SHOWN_ROUTE_LABEL, ZONE_LABEL_COVERED } from './screenBoxes';
import { textElement } from './textElement';
import { placementFrame } from './placementFrame';
import { PLACE_NAMES_CHANGE } from './placeLabelsLayer';

/** The town label's font, as styles.css sets .town-label (measured on a canvas, not on the page). */
const FONT_SIZE = 11;
const FONT_WEIGHT = 400;
const CAPITAL_WEIGHT = 600;
/** px: the dot's radius, the gap from the dot to the text, and the text's box height (halo included) */
const DOT = 3;
const GAP = 3;
const TEXT_HEIGHT = 15;
/** px of halo either side of the text, counted as part of its box */
const HALO = 2;

/** Where a town's dot and text sit, from its point on the screen and its text's width. */
export function townBoxes(x: number, y: number, width: number): Box[] {
  const dot = { minX: x - DOT, minY: y - DOT, maxX: x + DOT, maxY: y + DOT };
  const left = x + DOT + GAP - HALO;
  const text = { minX: left, minY: y - TEXT_HEIGHT / 2, maxX: left + width + 2 * HALO, maxY: y + TEXT_HEIGHT / 2 };
  return [dot, text];
}

/**
 * Where a town's text sits when an event marker stands on its point (the east's
 * events at Benghazi, its main city): beside the marker, its vertical middle,
 * with no dot of its own (the marker covers the point), as the story's names
 * stand beside theirs. Left alone, the label (dot and text) was always under
 * that marker and never shown: Benghazi went unnamed at every zoom.
 */
export function besideMarker(marker: Box, width: number, mapWidth = Number.POSITIVE_INFINITY): Box {
  const middle = (marker.minY + marker.maxY) / 2;
  const right = { minX: marker.maxX + GAP, minY: middle - TEXT_HEIGHT / 2, maxX: marker.maxX + GAP + width + 2 * HALO, maxY: middle + TEXT_HEIGHT / 2 };
  // Left of it where the right would leave the map (a phone at zoom 6 over the east: Benghazi's marker near its edge).
  return right.maxX <= mapWidth ? right : { ...right, minX: marker.minX - GAP - width - 2 * HALO, maxX: marker.minX - GAP };
}

/** The story's names placed and shown (placeNames.ts), each with its place's id in `data-place`. */
const SHOWN_PLACE_NAMES = '.place-label:not(.place-label-crowded):not(.place-label-unplaced)';

/** The story's places that are towns (with a GeoNames id): place id → GeoNames id, as the gazetteer's towns are keyed. */
function storyTowns(model: Model): Map<string, string> {
  const towns = new Map<string, string>();
  for (const l of model.locations.values()) if (l.properties.kind !== 'country' && l.properties.geonamesId !== undefined) towns.set(l.properties.id, String(l.properties.geonamesId));
  return towns;
}

/**
 * What town labels keep clear of: markers, the open end of a route whose
 * destination was not named (a town's dot inside that ring read as the place
 * the jets went: Al Qubbah's, at zoom 8), zone and route labels, the map's
 * controls, and the story's place names and the country names shown (both are placed again when the markers
 * change, placeNames.ts, so they are read on every step too; names hidden or
 * out of the view are left out by the selector, so that thousands of them at
 * 100,000 events cost no box reads).
 */
const MARKERS = '.event-marker-icon';
const OBSTACLES = `.route-open-end, .zone-label-text:not(.${ZONE_LABEL_COVERED}), ${SHOWN_ROUTE_LABEL}, .leaflet-control, ${SHOWN_PLACE_NAMES}, .country-label:not(.country-label-crowded)`;

export const townLabelsLayer: LayerFactory = ({ map, model }) => {
  const layer = L.layerGroup();
  // The story's own towns: where the story's name for one is shown (placeLabelsLayer.ts), the town is not labelled again.
  const ofPlace = storyTowns(model);
  const markers = new Map<string, L.Marker>();
  const widths = new Map<string, number>();
  let towns: readonly Town[] | null = null;
  let on = false;
  let removed = false;
  let context: CanvasRenderingContext2D | null = null;

  const widthOf = (town: Town): number => {
    const key = `${town.capital ? 'b' : 'n'}${town.name}`;
    let width = widths.get(key);
    if (width === undefined) {
      context ??= document.createElement('canvas').getContext('2d');
      if (context) context.font = `${town.capital ? CAPITAL_WEIGHT : FONT_WEIGHT} ${FONT_SIZE}px ${getComputedStyle(map.getContainer()).fontFamily}`;
      width = Math.ceil(context?.measureText(town.name).width ?? town.name.length * FONT_SIZE * 0.6);
      widths.set(key, width);
    }
    return width;
  };

  const markerOf = (town: Town): L.Marker => {
    let marker = markers.get(town.id);
    if (!marker) {
      const label = textElement('span', town.capital ? 'town-label town-capital' : 'town-label', town.name);
      label.dataset['town'] = town.id;
      marker = L.marker([town.lat, town.lng], {
        pane: 'placeLabels',
        interactive: false,
        keyboard: false,
        icon: L.divIcon({ className: 'town-label-icon', html: label, iconSize: [0, 0] }),
      });
      markers.set(town.id, marker);
    }
    return marker;
  };

  /** The label beside a marker (`at`, px from the town's point) or, without `at`, at its own dot. */
  const setBeside = (marker: L.Marker, at: { left: number; top: number } | undefined) => {
    const text = marker.getElement()?.querySelector<HTMLElement>('.town-label');
    if (!text) return;
    text.classList.toggle('town-label-beside', at !== undefined);
    // Style properties, not a style attribute (the page's policy refuses those).
    text.style.left = at ? `${at.left}px` : '';
    text.style.top = at ? `${at.top}px` : '';
  };

  const place = () => {
    if (!towns || !on || removed) return;
    const zoom = map.getZoom();
    const size = map.getSize();
    const candidates: LabelCandidate[] = [];
    const origin = map.getContainer().getBoundingClientRect();
    const markerBoxes = shownBoxes(map.getContainer(), MARKERS, origin);
    /** Towns with a marker on their point: where their text stands (relative to the point), for those shown. */
    const beside = new Map<string, { left: number; top: number }>();
    const named = new Set<string>();
    for (const el of map.getContainer().querySelectorAll<HTMLElement>(SHOWN_PLACE_NAMES)) {
      const town = ofPlace.get(el.dataset['place'] ?? '');
      if (town) named.add(town);
    }
    for (const [i, town] of towns.entries()) {
      if (town.minZoom > zoom || named.has(town.id)) continue;
      const p = map.latLngToContainerPoint([town.lat, town.lng]);
      const under = markerBoxes.find((m) => holds(m, p.x, p.y));
      const boxes = under ? [besideMarker(under, widthOf(town), size.x)] : townBoxes(p.x, p.y, widthOf(town));
      if (under) beside.set(town.id, { left: boxes[0]!.minX - p.x, top: boxes[0]!.minY - p.y });
      // Only whole labels: one cut by the edge reads as a bug; a pan's moveend brings it in.
      if (!boxes.every((b) => b.minX >= 0 && b.minY >= 0 && b.maxX <= size.x && b.maxY <= size.y)) continue;
      // The file is ordered most important first (gazetteer.ts byImportance),
      // but a town at the view's very centre comes before all: search moves the
      // map to the point of the town chosen (and a link to that view reopens
      // it), and a bigger neighbour's label would hide the one looked for.
      const centred = Math.abs(p.x - size.x / 2) < 1 && Math.abs(p.y - size.y / 2) < 1;
      candidates.push({ id: town.id, priority: centred ? -1 : i, boxes });
    }
    const taken = [...markerBoxes, ...shownBoxes(map.getContainer(), OBSTACLES, origin), ...shownBoxes(document, OVER_THE_MAP, origin)];
    const shown = new Set(placeLabels(candidates, taken));
    for (const town of towns) {
      const marker = markers.get(town.id);
      if (shown.has(town.id)) {
        const added = markerOf(town);
        layer.addLayer(added);
        setBeside(added, beside.get(town.id));
      } else if (marker) layer.removeLayer(marker);
    }
  };
  // After the frame's other moveend work (the markers are redrawn then).
  const frame = placementFrame(map, place);
  const schedule = frame.schedule;

  const show = (visible: boolean) => {
    on = visible;
    if (!visible) {
      layer.remove();
      return;
    }
    layer.addTo(map);
    if (towns) schedule();
    else {
      loadGazetteer().then(
        (loaded) => {
          if (removed) return;
          towns = loaded;
          schedule();
        },
        // The map works on without towns; search says so if asked.
        () => map.attributionControl?.removeAttribution(GAZETTEER_ATTRIBUTION),
      );
    }
  };

  return {
    add(state) {
      map.on('moveend', schedule);
      // The story's names moved on their own time (a panel opened, the route's label turned): place again around them.
      map.on(PLACE_NAMES_CHANGE, schedule);
      show(state.visible.showLabels);
    },
    update(state, prev) {
      if (state.visible.showLabels !== prev.visible.showLabels) show(state.visible.showLabels);
      else if (state.visible !== prev.visible && on) schedule();
    },
    remove() {
      removed = true;
      map.off('moveend', schedule);
      map.off(PLACE_NAMES_CHANGE, schedule);
      frame.cancel();
      layer.remove();
    },
  };
};
