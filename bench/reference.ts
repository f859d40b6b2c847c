// The benchmark's yardstick: the app's embedded basemap drawn with plain
// Leaflet and nothing else: no React, no data, no validation. It frames the
// same region and draws the same file through the same basemapLayers() as
// src/map/drawBasemap.ts, then marks `map-drawn` once that frame is drawn,
// with the same afterNextPaint() as src/map/whenDrawn.ts, so `npm run bench`
// can say what the app costs on top of its basemap.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import basemapUrl from '../geo/basemap.json?url';
import { afterNextPaint } from '../src/map/afterNextPaint';
import { basemapLayers } from '../src/map/basemapLayers';
import { MAP_DRAWN_MARK } from '../src/performanceMarks';
import './reference.css';

/** DEFAULT_BOUNDS in src/map/createMap.ts. */
const BOUNDS: L.LatLngBoundsExpression = [
  [19.5, 9.3],
  [36.5, 36.5],
];

const container = document.getElementById('map')!;
const map = L.map(container, { minZoom: 3, maxZoom: 12, zoomControl: false });
map.createPane('basemap').style.zIndex = '150';
map.createPane('countryLabels').style.zIndex = '155';
// As createMap frames it: beside the layer panel's 316 px on a wide screen.
map.fitBounds(BOUNDS, { animate: false, paddingTopLeft: [map.getSize().x >= 700 ? 316 : 0, 52] });

const response = await fetch(basemapUrl);
const data = (await response.json()) as GeoJSON.FeatureCollection;
basemapLayers(data).addTo(map);
afterNextPaint(() => {
  performance.mark(MAP_DRAWN_MARK);
  container.dataset.drawn = 'true';
});
