// The benchmark's yardstick: the app's embedded basemap drawn with plain
// Leaflet and nothing else: no React, no data, no validation. It frames the
// same region and draws the same file with the same style and country names as
// src/map/BasemapLayer.tsx, then marks `map-drawn` the way src/map/DrawnSignal.tsx
// does, so `npm run bench` can say what the app costs on top of its basemap.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import basemapUrl from '../geo/basemap.json?url';
import { textElement } from '../src/map/textElement';
import './reference.css';

/** DEFAULT_BOUNDS in src/map/ViewSync.tsx. */
const BOUNDS: L.LatLngBoundsExpression = [
  [19.5, 9.3],
  [36.5, 36.5],
];
/** COUNTRY_STYLE in src/map/BasemapLayer.tsx. */
const COUNTRY_STYLE: L.PathOptions = { color: '#8a8170', weight: 0.8, fillColor: '#f4f1e8', fillOpacity: 1 };

const container = document.getElementById('map')!;
const map = L.map(container, { minZoom: 3, maxZoom: 12, zoomControl: false });
map.createPane('basemap').style.zIndex = '150';
// As ViewSync frames it: beside the layer panel's 316 px on a wide screen.
map.fitBounds(BOUNDS, { animate: false, paddingTopLeft: [map.getSize().x >= 700 ? 316 : 0, 52] });

const response = await fetch(basemapUrl);
const data = (await response.json()) as GeoJSON.FeatureCollection;
const countries = L.geoJSON(data, {
  pane: 'basemap',
  interactive: false,
  filter: (f) => f.geometry.type !== 'Point',
  style: () => COUNTRY_STYLE,
});
const labels = data.features
  .filter((f): f is GeoJSON.Feature<GeoJSON.Point> => f.geometry.type === 'Point')
  .map((f) => {
    const [lng, lat] = f.geometry.coordinates as [number, number];
    return L.marker([lat, lng], {
      pane: 'basemap',
      interactive: false,
      keyboard: false,
      icon: L.divIcon({ className: 'country-label-icon', html: textElement('span', 'country-label', String(f.properties?.name ?? '')), iconSize: undefined }),
    });
  });
L.layerGroup([countries, ...labels]).addTo(map);
requestAnimationFrame(() =>
  requestAnimationFrame(() => {
    performance.mark('map-drawn');
    container.dataset.drawn = 'true';
  }),
);
