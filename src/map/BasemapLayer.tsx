// The embedded, offline basemap: Natural Earth land, borders and country names,
// cut to the region (geo/basemap.json, made by `npm run basemap`). It sits in its
// own pane under the tile pane, so it shows through whenever online tiles fail.
import type L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { basemapLayers } from './basemapLayers';
import { loadBasemap } from './loadBasemap';

interface Props {
  onError: (message: string) => void;
}

export function BasemapLayer({ onError }: Props) {
  const map = useMap();
  useEffect(
    function drawBasemap() {
      let layer: L.LayerGroup | null = null;
      let cancelled = false;
      loadBasemap()
        .then((data) => {
          if (cancelled) return;
          layer = basemapLayers(data).addTo(map);
          map.getContainer().dataset.basemap = 'ready';
        })
        .catch((error: Error) => {
          if (!cancelled) onError(`The embedded basemap could not be loaded (${error.message}).`);
        });
      return () => {
        cancelled = true;
        layer?.remove();
      };
    },
    [map, onError],
  );
  return null;
}
