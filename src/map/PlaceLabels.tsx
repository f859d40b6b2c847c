// The place names on the map (drawPlaceLabels.ts).
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { drawPlaceLabels, type PlaceLabel } from './drawPlaceLabels';

export function PlaceLabels({ places }: { places: readonly PlaceLabel[] }) {
  const map = useMap();
  useEffect(
    function showLabels() {
      return drawPlaceLabels(map, places);
    },
    [map, places],
  );
  return null;
}
