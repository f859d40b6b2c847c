// Event markers: one per place, or one per cluster of places that would
// overlap at this zoom (markerSpecs.ts), drawn as markerIcon.ts says. Each
// marker is kept for as long as it stands for the same places: a move adds
// and removes only the markers that changed, a selection only restyles the
// markers whose ring changes, new data repaints a kept marker in place. So the
// element a reader focused or clicked is still there when a panel closes
// (elementFor). A cluster zooms in on click; where zooming cannot separate it,
// it lists its events. Enter or Space on a focused marker clicks it (StoryMap.ts).
import L from 'leaflet';
import type { Model } from '../data/model';
import { markerElement, markerLook, paintMarker, sameLook, type MarkerLook } from './markerIcon';
import { markerData, markerDiff, markerSpecs, type MarkerData, type MarkerSpec } from './markerSpecs';
import type { LayerFactory, MapState } from './storyLayer';
import { MAX_ZOOM } from './zoomRange';
import { FACTIONS } from '../factions';

/** The story's factions, in the order visibleData counts them. */
const FACTION_IDS = FACTIONS.map((f) => f.id);

/** Place names by location id, for the markers' titles. */
export function placeNamesOf(model: Model): Map<string, string> {
  return new Map([...model.locations.values()].map((l) => [l.properties.id, l.properties.name]));
}

interface DrawnMarker {
  marker: L.Marker;
  /** the .event-marker element inside Leaflet's icon; the same for the marker's whole life */
  el: HTMLElement;
  spec: MarkerSpec;
  look: MarkerLook;
  selected: boolean;
}

/** Markers above the rest when selected, so the ring is never hidden under a neighbour. */
const SELECTED_Z = 1000;

export const eventMarkersLayer: LayerFactory = ({ map, model, select }) => {
  const placeNames = placeNamesOf(model);
  const layer = L.layerGroup();
  const drawn = new Map<string, DrawnMarker>();
  let data: MarkerData | null = null;
  let state: MapState | null = null;
  // The place of the open event, looked up once per selection, not once per
  // marker per move: a place can hold thousands of events.
  let selectedAt: string | undefined;

  const findSelectedPlace = () => {
    const event = state?.event;
    selectedAt = event == null ? undefined : data?.groups.find((g) => g.events.some((e) => e.id === event))?.locationId;
  };
  const isSelected = (locations: readonly string[]) =>
    locations.some((id) => id === selectedAt || state?.places?.includes(id) === true);

  const activate = (key: string) => {
    const d = drawn.get(key);
    if (!d || !data) return;
    const { spec } = d;
    if (spec.clusterId !== null) {
      const zoom = data.index.getClusterExpansionZoom(spec.clusterId);
      if (zoom <= MAX_ZOOM && zoom > map.getZoom()) map.setView(spec.at, zoom);
      else select({ places: spec.locations });
    } else select(spec.single ? { event: spec.single.id } : { places: spec.locations });
  };

  const setSelected = (d: DrawnMarker, selected: boolean) => {
    d.selected = selected;
    d.el.classList.toggle('event-marker-selected', selected);
    d.marker.setZIndexOffset(selected ? SELECTED_Z : 0);
  };

  const create = (spec: MarkerSpec, look: MarkerLook, selected: boolean) => {
    const el = markerElement();
    paintMarker(el, look, selected);
    const marker = L.marker(spec.at, {
      icon: L.divIcon({ className: 'event-marker-icon', html: el, iconSize: [30, 30], iconAnchor: [15, 15] }),
      keyboard: true,
      // Focus comes back to a marker when its panel closes; the view stays the reader's (labelMarker.ts).
      autoPanOnFocus: false,
      title: look.title,
      riseOnHover: true,
      zIndexOffset: selected ? SELECTED_Z : 0,
    });
    marker.on('click', () => activate(spec.key));
    layer.addLayer(marker);
    drawn.set(spec.key, { marker, el, spec, look, selected });
  };

  const draw = () => {
    if (!data) return;
    const b = map.getBounds();
    const specs = markerSpecs(data, [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], map.getZoom(), placeNames);
    const byKey = new Map(specs.map((s) => [s.key, s]));
    const { enter, stay, exit } = markerDiff(drawn.keys(), [...byKey.keys()]);
    for (const key of exit) {
      layer.removeLayer(drawn.get(key)!.marker);
      drawn.delete(key);
    }
    for (const key of stay) {
      const d = drawn.get(key)!;
      const spec = byKey.get(key)!;
      const look = markerLook(spec);
      const selected = isSelected(spec.locations);
      d.spec = spec;
      if (!sameLook(d.look, look)) {
        d.look = look;
        paintMarker(d.el, look, selected);
        d.marker.options.title = look.title;
        d.marker.getElement()?.setAttribute('title', look.title);
      }
      if (selected !== d.selected) setSelected(d, selected);
      const at = d.marker.getLatLng();
      if (at.lat !== spec.at[0] || at.lng !== spec.at[1]) d.marker.setLatLng(spec.at);
    }
    for (const key of enter) {
      const spec = byKey.get(key)!;
      create(spec, markerLook(spec), isSelected(spec.locations));
    }
  };

  const restyle = () => {
    for (const d of drawn.values()) {
      const selected = isSelected(d.spec.locations);
      if (selected !== d.selected) setSelected(d, selected);
    }
  };

  return {
    add(next) {
      state = next;
      data = markerData(next.visible.groups, MAX_ZOOM, FACTION_IDS);
      findSelectedPlace();
      layer.addTo(map);
      draw();
      map.on('moveend', draw);
    },
    update(next, prev) {
      state = next;
      if (next.visible.groups !== prev.visible.groups) {
        data = markerData(next.visible.groups, MAX_ZOOM, FACTION_IDS);
        findSelectedPlace();
        draw();
      } else if (next.event !== prev.event || next.places !== prev.places) {
        findSelectedPlace();
        restyle();
      }
    },
    remove() {
      map.off('moveend', draw);
      layer.remove();
      drawn.clear();
    },
    elementFor({ event, places }) {
      const at = event === null ? undefined : model.eventsById.get(event)?.locationId;
      const wanted = at === undefined ? places : [at, ...places];
      // The place's own marker first, else the cluster it is in.
      for (const id of wanted) {
        for (const d of drawn.values()) if (d.spec.locations.length === 1 && d.spec.locations[0] === id) return d.marker.getElement() ?? null;
      }
      for (const d of drawn.values()) if (d.spec.locations.some((id) => wanted.includes(id))) return d.marker.getElement() ?? null;
      return null;
    },
  };
};
