// The embedded basemap as Leaflet layers: country shapes and country names from
// geo/basemap.json. Plain Leaflet, so the app (basemapLayer.ts) and the bench's
// basemap-only reference page draw exactly the same thing.
import L from 'leaflet';
import { BORDER, LAND_FILL } from './mapColours';
import { textElement } from './textElement';

export const BASEMAP_ATTRIBUTION =
  'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain)';

const COUNTRY_STYLE: L.PathOptions = {
  color: BORDER,
  weight: 0.8,
  fillColor: LAND_FILL,
  fillOpacity: 1,
};

/** Layers for the `basemap` pane, which the caller creates. */
export function basemapLayers(data: GeoJSON.FeatureCollection): L.LayerGroup {
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
      return L.marker([lat, lng], {
        pane: 'basemap',
        interactive: false,
        keyboard: false,
        icon: L.divIcon({ className: 'country-label-icon', html: textElement('span', 'country-label', String(f.properties?.name ?? '')), iconSize: undefined }),
      });
    });
  return L.layerGroup([countries, ...labels]);
}
