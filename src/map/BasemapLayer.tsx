// The embedded, offline basemap: Natural Earth land, borders and country names,
// cut to the region (geo/basemap.json, made by `npm run basemap`). It sits in its
// own pane under the tile pane, so it shows through whenever online tiles fail.
import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { loadBasemap } from './loadBasemap';
import { textElement } from './textElement';

export const BASEMAP_ATTRIBUTION =
  'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain)';

const COUNTRY_STYLE: L.PathOptions = {
  color: '#8a8170',
  weight: 0.8,
  fillColor: '#f4f1e8',
  fillOpacity: 1,
};

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
          const countries = L.geoJSON(data, {
            pane: 'basemap',
            interactive: false,
            attribution: BASEMAP_ATTRIBUTION,
            filter: (f) => f.geometry.type !== 'Point',
            style: () => COUNTRY_STYLE,
          });
          const labels = data.features
            .filter((f): f is GeoJSON.Feature<GeoJSON.Point> => f.geometry.type === 'Point')
            .map((f) => {
              const [lng, lat] = f.geometry.coordinates as [number, number];
              const name = String(f.properties?.name ?? '');
              return L.marker([lat, lng], {
                pane: 'basemap',
                interactive: false,
                keyboard: false,
                icon: L.divIcon({ className: 'country-label-icon', html: textElement('span', 'country-label', name), iconSize: undefined }),
              });
            });
          layer = L.layerGroup([countries, ...labels]).addTo(map);
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
