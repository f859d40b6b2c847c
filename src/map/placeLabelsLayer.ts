// Names of the places the articles mention, at their label points. Made once
// from the story; the labels layer toggle adds and removes them.
import L from 'leaflet';
import type { LatLng, Model } from '../data/model';
import type { LayerFactory } from './storyLayer';
import { textElement } from './textElement';

export interface PlaceLabel {
  id: string;
  name: string;
  kind: string;
  at: LatLng;
}

/** Every place but the countries (the basemap names those), where it has a label point. */
export function placeLabelsOf(model: Model): PlaceLabel[] {
  return [...model.locations.values()]
    .filter((l) => l.properties.kind !== 'country')
    .map((l) => ({ id: l.properties.id, name: l.properties.name, kind: l.properties.kind, at: model.labelPoints.get(l.properties.id)! }))
    .filter((p) => p.at);
}

function labelMarkers(places: readonly PlaceLabel[]): L.LayerGroup {
  const markers = places.map((p) =>
    L.marker([p.at[0], p.at[1]], {
      pane: 'placeLabels',
      interactive: false,
      keyboard: false,
      // The kind on the marker itself too, so that where CSS hides a kind the whole
      // marker goes (display: none), not only its text: thousands of empty
      // positioned markers still cost every frame.
      icon: L.divIcon({ className: `place-label-icon place-label-${p.kind}`, html: textElement('span', `place-label place-label-${p.kind}`, p.name), iconSize: undefined, iconAnchor: [-10, 8] }),
    }),
  );
  return L.layerGroup(markers);
}

export const placeLabelsLayer: LayerFactory = ({ map, model }) => {
  // Built on first show: a map opened with the labels off never makes them.
  let labels: L.LayerGroup | null = null;
  const show = (on: boolean) => {
    if (on) {
      labels ??= labelMarkers(placeLabelsOf(model));
      labels.addTo(map);
    }
    else labels?.remove();
  };
  return {
    add(state) {
      show(state.visible.showLabels);
    },
    update(state, prev) {
      if (state.visible.showLabels !== prev.visible.showLabels) show(state.visible.showLabels);
    },
    remove() {
      labels?.remove();
    },
  };
};
