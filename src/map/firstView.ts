// The map as the page opens, drawn with Leaflet alone, before React and the
// rest of the app have loaded: the view, layers, dates and selection a
// permalink asks for (read by the same parser as the app), the basemap, zones,
// route, place names and event markers, drawn by the same functions the app's
// layers use. The reader sees the map as soon as the data is in; it pans and
// zooms at once. The app (MapView) then takes over this very map: its own
// layers replace the ones drawn here in one task, with nothing drawn between,
// and a marker clicked meanwhile opens once the app is there.
import type L from 'leaflet';
import type { Model } from '../data/model';
import { viewFilter, visibleData } from '../state/visibleData';
import { STORY } from '../story';
import { parsePermalink } from '../url/permalink';
import { permalinkOptions } from '../url/permalinkOptions';
import { createMap } from './createMap';
import { drawBasemap } from './drawBasemap';
import { drawEventMarkers, markerData, placeNamesOf } from './drawEventMarkers';
import { drawPlaceLabels, placeLabelsOf } from './drawPlaceLabels';
import { drawRoutes } from './drawRoutes';
import { drawZones } from './drawZones';
import { whenDrawn } from './whenDrawn';
import { MAX_ZOOM } from './zoomRange';

/** What the app does with a selection: open an event (or route), or list a place's events. */
export interface SelectionHandlers {
  onSelectEvent: (id: string) => void;
  onSelectPlaces: (locationIds: string[]) => void;
}

/** The map, for the app to take over. */
export interface MapScene {
  map: L.Map;
  /** settles when the basemap is drawn; rejects, with the reason, when it could not be loaded */
  basemap: Promise<void>;
  /**
   * Removes the layers drawn here (call it once the app's own are on the
   * map) and passes on the last selection a reader made on them, if any.
   */
  handOver: (to: SelectionHandlers) => void;
}

/**
 * Draws the first view into `root` (replacing what is there) as the app's
 * page would lay it out. `onShown` runs once it is on screen (whenDrawn.ts).
 */
export function drawFirstView(root: HTMLElement, model: Model, onShown: () => void): MapScene {
  const parsed = parsePermalink(window.location.hash, permalinkOptions(model));
  const view = parsed.state;
  const visible = visibleData(model, viewFilter(view), STORY);

  // As App.tsx lays out the page: .app (with its layout classes) > .map
  const page = document.createElement('div');
  page.className = `app${view.event ? ' has-detail' : ''}${view.embed ? ' app-embed' : ''}`;
  const container = document.createElement('div');
  container.className = 'map';
  page.append(container);
  root.replaceChildren(page);

  const map = createMap(container, parsed.present.has('map') ? view : null);
  const basemap = drawBasemap(map);
  // Not left unhandled before the app is there to report it (MapView does).
  basemap.catch(() => {});

  let pending: ((to: SelectionHandlers) => void) | null = null;
  const early: SelectionHandlers = {
    onSelectEvent: (id) => (pending = (to) => to.onSelectEvent(id)),
    onSelectPlaces: (ids) => (pending = (to) => to.onSelectPlaces(ids)),
  };
  const removers = [
    drawZones(map, visible.zones),
    drawRoutes(map, visible.routes, view.event, early.onSelectEvent),
    ...(visible.showLabels ? [drawPlaceLabels(map, placeLabelsOf(model))] : []),
    drawEventMarkers(map, markerData(visible.groups, MAX_ZOOM), {
      placeNames: placeNamesOf(model),
      maxZoom: MAX_ZOOM,
      selectedEvent: view.event,
      selectedPlaces: null,
      ...early,
    }),
  ];
  whenDrawn(map, onShown);
  return {
    map,
    basemap,
    handOver(to) {
      for (const remove of removers.splice(0)) remove();
      pending?.(to);
      pending = null;
    },
  };
}
