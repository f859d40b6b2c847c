// The outline of an area (a region such as "the east") while an event there is
// open, its places are listed, or a reader hovers or focuses its marker: an
// event at a region is about the whole area, not the point its marker stands
// at (an anchor town, deriveGeometry.ts). A route into an area outlines the
// area it goes to. Only places drawn as areas are outlined; a point has none.
import L from 'leaflet';
import type { LocationFeature } from '../data/schema';
import type { Model } from '../data/model';
import type { LayerFactory, MapState } from './storyLayer';
import './regionOutline.css';

/** Casing under the dashed line, so that it reads over every zone colour. */
const CASING_WEIGHT = 5;
const LINE_WEIGHT = 2;

function isArea(place: LocationFeature | undefined): place is LocationFeature {
  return place !== undefined && (place.geometry.type === 'Polygon' || place.geometry.type === 'MultiPolygon');
}

/** The areas the open event and the listed places concern: the event's place, and where its path goes. */
export function chosenAreas(model: Model, state: Pick<MapState, 'event' | 'places'>): string[] {
  const event = state.event === null ? undefined : model.eventsById.get(state.event);
  const ids = [event?.locationId, event?.path?.to, ...(state.places ?? [])];
  return [...new Set(ids.filter((id): id is string => id !== undefined && isArea(model.locations.get(id))))];
}

/** The place ids a marker element stands for (markerIcon.ts: data-location, or data-locations for a cluster). */
function placesOf(target: EventTarget | null): string[] {
  if (!(target instanceof Element)) return [];
  const marker = target.closest<HTMLElement>('.event-marker-icon')?.querySelector<HTMLElement>('.event-marker') ?? target.closest<HTMLElement>('.event-marker');
  if (!marker) return [];
  const { location, locations } = marker.dataset;
  return location ? [location] : (locations ?? '').split(/[\s,]+/).filter(Boolean);
}

export const regionOutlineLayer: LayerFactory = ({ map, model }) => {
  const group = L.layerGroup();
  const drawn = new Map<string, L.Layer>();
  let chosen: string[] = [];
  let hovered: string[] = [];

  const outline = (place: LocationFeature): L.Layer => {
    const data = place as unknown as GeoJSON.Feature;
    const casing = L.geoJSON(data, { interactive: false, style: { className: 'region-outline-casing', weight: CASING_WEIGHT, fill: false } });
    const line = L.geoJSON(data, { interactive: false, style: { className: 'region-outline', weight: LINE_WEIGHT, fill: true } });
    return L.layerGroup([casing, line]);
  };

  /** Draws the areas chosen or hovered now and takes away the rest. */
  const sync = () => {
    const wanted = new Set([...chosen, ...hovered.filter((id) => isArea(model.locations.get(id)))]);
    for (const [id, layer] of drawn) {
      if (wanted.has(id)) continue;
      group.removeLayer(layer);
      drawn.delete(id);
    }
    for (const id of wanted) {
      const place = model.locations.get(id);
      if (drawn.has(id) || !isArea(place)) continue;
      const layer = outline(place);
      group.addLayer(layer);
      drawn.set(id, layer);
    }
    map.getContainer().dataset.outlinedAreas = [...drawn.keys()].join(' ');
  };

  const onOver = (e: Event) => {
    const places = placesOf(e.target);
    if (places.length === 0) return;
    hovered = places;
    sync();
  };
  const onOut = (e: Event) => {
    if (hovered.length === 0 || placesOf((e as MouseEvent | FocusEvent).relatedTarget).join() === hovered.join()) return;
    hovered = [];
    sync();
  };

  return {
    add(state) {
      group.addTo(map);
      chosen = chosenAreas(model, state);
      const el = map.getContainer();
      // This code comes after the first view (laterLayer.ts): a marker the
      // reader was already on by then has had its mouseover or focus.
      const focused = document.activeElement;
      const on = [...el.querySelectorAll('.event-marker-icon:hover')].pop() ?? (focused && el.contains(focused) ? focused : null);
      hovered = placesOf(on);
      sync();
      el.addEventListener('mouseover', onOver);
      el.addEventListener('mouseout', onOut);
      el.addEventListener('focusin', onOver);
      el.addEventListener('focusout', onOut);
    },
    update(state, prev) {
      if (state.event === prev.event && state.places === prev.places) return;
      chosen = chosenAreas(model, state);
      sync();
    },
    remove() {
      const el = map.getContainer();
      el.removeEventListener('mouseover', onOver);
      el.removeEventListener('mouseout', onOut);
      el.removeEventListener('focusin', onOver);
      el.removeEventListener('focusout', onOut);
      group.remove();
      drawn.clear();
      delete el.dataset.outlinedAreas;
    },
  };
};
