// The event markers on the map (drawEventMarkers.ts). The clustering index is
// rebuilt only when the events change, not on a new selection.
import { useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import type { EventGroup } from '../state/visibleData';
import { drawEventMarkers, markerData, type MarkerOptions } from './drawEventMarkers';

interface Props extends MarkerOptions {
  groups: readonly EventGroup[];
}

export function EventMarkers({ groups, placeNames, maxZoom, selectedEvent, selectedPlaces, onSelectEvent, onSelectPlaces }: Props) {
  const map = useMap();
  const data = useMemo(() => markerData(groups, maxZoom), [groups, maxZoom]);
  useEffect(
    function showMarkers() {
      return drawEventMarkers(map, data, { placeNames, maxZoom, selectedEvent, selectedPlaces, onSelectEvent, onSelectPlaces });
    },
    [map, data, placeNames, maxZoom, selectedEvent, selectedPlaces, onSelectEvent, onSelectPlaces],
  );
  return null;
}
