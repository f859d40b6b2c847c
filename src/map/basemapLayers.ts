// The embedded basemap as Leaflet layers: the coarse world outside the story's
// region, the region's countries, their borders and their names, from
// geo/basemap.json. Plain Leaflet, so the app (basemapLayer.ts) and the bench's
// basemap-only reference page draw exactly the same thing.
// The countries were cut to the region (the file's `bbox`): their borders are
// drawn apart from their fill, without the cut edges, so that no straight line
// marks where the region ends and the coarse world begins.
import L from 'leaflet';
import { cutEdgesRemoved } from './cutEdges';
import { BORDER, LAND_FILL } from './mapColours';
import { textElement } from './textElement';

export const BASEMAP_ATTRIBUTION =
  'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain)';

/**
 * The outer world is outlined in its own colour, so that no hairline of sea
 * shows (antialiasing) where it meets itself or the region's countries along
 * the region's edge. The countries are not outlined: cut to the region, their
 * shapes carry zero-width bridges along the cut, which an outline would draw
 * across the sea; their borders are drawn apart (BORDER_STYLE).
 */
const OUTER_STYLE: L.PathOptions = { color: LAND_FILL, weight: 1, fillColor: LAND_FILL, fillOpacity: 1 };
const COUNTRY_STYLE: L.PathOptions = { stroke: false, fillColor: LAND_FILL, fillOpacity: 1 };

const BORDER_STYLE: L.PathOptions = { color: BORDER, weight: 0.8, fill: false };

type Shape = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

/** Layers for the `basemap` pane and its country names for the `countryLabels` pane above it, which the caller creates. */
export function basemapLayers(data: GeoJSON.FeatureCollection): L.LayerGroup {
  const shapes = data.features.filter((f): f is Shape => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon');
  const land = L.geoJSON({ type: 'FeatureCollection', features: shapes } as GeoJSON.FeatureCollection, {
    pane: 'basemap',
    interactive: false,
    style: (f) => (f?.properties?.['kind'] === 'outer' ? OUTER_STYLE : COUNTRY_STYLE),
  });
  // The coarse outer world has no borders: only the region's countries do.
  const countries = shapes.filter((f) => f.properties?.['kind'] !== 'outer');
  const borders = L.geoJSON(cutEdgesRemoved(countries, data.bbox), { pane: 'basemap', interactive: false, style: () => BORDER_STYLE });
  const labels = data.features
    .filter((f): f is GeoJSON.Feature<GeoJSON.Point> => f.geometry.type === 'Point')
    .map((f) => {
      const [lng, lat] = f.geometry.coordinates as [number, number];
      return L.marker([lat, lng], {
        pane: 'countryLabels',
        interactive: false,
        keyboard: false,
        icon: L.divIcon({ className: 'country-label-icon', html: textElement('span', 'country-label', String(f.properties?.name ?? '')), iconSize: undefined }),
      });
    });
  // The credit is the group's, given once: on the GeoJSON layer every country's
  // shape would carry it (Leaflet hands a GeoJSON layer's options to each
  // shape), and each shape added would rewrite the attribution control's HTML,
  // about 20 ms of the first view.
  return L.layerGroup([land, borders, ...labels], { attribution: BASEMAP_ATTRIBUTION });
}
