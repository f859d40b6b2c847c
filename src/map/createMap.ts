// The Leaflet map itself, as the map object (StoryMap.ts) makes it for the
// page's life: its zoom range, controls, panes in their stacking order, and the zoom
// band CSS hides crowded labels by. Created at the first view asked for (a
// permalink's, or the default frame), so Leaflet lays out its first view once.
import L from 'leaflet';
import { STORY } from '../story';
import { MAX_ZOOM, MIN_ZOOM } from './zoomRange';

/** The story's default frame (story.json `bounds`). */
export const DEFAULT_BOUNDS: L.LatLngBoundsExpression = [
  [STORY.bounds[0][0], STORY.bounds[0][1]],
  [STORY.bounds[1][0], STORY.bounds[1][1]],
];

/** How the default frame is fitted: beside the layer panel's 316 px on a wide screen, below the toolbar. */
export function defaultFrame(mapWidth: number): L.FitBoundsOptions {
  return { animate: false, paddingTopLeft: [mapWidth >= 700 ? 316 : 0, 52] };
}

/** Panes above Leaflet's own (tiles 200, overlays 400, markers 600), lowest first. */
const PANES: [name: string, zIndex: number, clickThrough?: boolean][] = [
  ['basemap', 150],
  // Their own pane: Leaflet lifts a pane's SVG to z-index 200, above the pane's markers, so country
  // names in the basemap pane near the top of the map lay under the land (Syria's did).
  ['countryLabels', 155, true],
  ['zones', 350],
  ['route', 450],
  ['placeLabels', 460, true],
  ['zoneLabels', 470],
];

/** zoom-far < 7 ≤ zoom-mid < 9 ≤ zoom-near: a class on the map's container for CSS. */
export function zoomBand(zoom: number): 'zoom-far' | 'zoom-mid' | 'zoom-near' {
  return zoom < 7 ? 'zoom-far' : zoom < 9 ? 'zoom-mid' : 'zoom-near';
}

/** A view to open at; null for the default frame. */
export type OpeningView = { center: readonly [number, number]; zoom: number } | null;

export function createMap(container: HTMLElement, at: OpeningView): L.Map {
  const map = L.map(container, { minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM, worldCopyJump: false, zoomControl: false, attributionControl: true });
  L.control.zoom({ position: 'topright' }).addTo(map);
  // Bottom right, above the credit: on the left the layers panel lay over it.
  L.control.scale({ imperial: false, position: 'bottomright' }).addTo(map);
  for (const [name, zIndex, clickThrough] of PANES) {
    const pane = map.createPane(name);
    pane.style.zIndex = String(zIndex);
    if (clickThrough) pane.style.pointerEvents = 'none';
  }
  const markZoomBand = () => {
    container.classList.remove('zoom-far', 'zoom-mid', 'zoom-near');
    container.classList.add(zoomBand(map.getZoom()));
  };
  map.on('zoomend', markZoomBand);
  if (at) map.setView([at.center[0], at.center[1]], at.zoom);
  else map.fitBounds(DEFAULT_BOUNDS, defaultFrame(window.innerWidth));
  markZoomBand();
  return map;
}
