// Names of the places the articles mention, at their label points.
import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { LatLng } from '../data/model';
import { textElement } from './textElement';

export interface PlaceLabel {
  id: string;
  name: string;
  kind: string;
  at: LatLng;
}

export function PlaceLabels({ places }: { places: readonly PlaceLabel[] }) {
  const map = useMap();
  useEffect(
    function drawLabels() {
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
      const layer = L.layerGroup(markers).addTo(map);
      return () => {
        layer.remove();
      };
    },
    [map, places],
  );
  return null;
}
