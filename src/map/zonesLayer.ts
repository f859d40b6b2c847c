// Faction control zones of one snapshot, shaded by faction and labelled.
// Redrawn when the zones shown change (another snapshot, a faction hidden);
// a selection or a move leaves them as they are.
import L from 'leaflet';
import type { ZoneFeature } from '../data/schema';
import { UNKNOWN_ZONE_COLOUR, ZONE_COLOUR, ZONE_DASHED } from '../factions';
import { labelMarker } from './labelMarker';
import { DASHED_ZONE_FILL_OPACITY, ZONE_FILL_OPACITY } from './mapColours';
import type { LayerFactory } from './storyLayer';
import { textElement } from './textElement';

function zoneStyle(feature?: GeoJSON.Feature): L.PathOptions {
  const faction = (feature as ZoneFeature | undefined)?.properties.faction ?? '';
  const colour = ZONE_COLOUR[faction] ?? UNKNOWN_ZONE_COLOUR;
  const dashed = ZONE_DASHED.has(faction);
  return {
    pane: 'zones',
    color: colour,
    weight: 1.5,
    fillColor: colour,
    fillOpacity: dashed ? DASHED_ZONE_FILL_OPACITY : ZONE_FILL_OPACITY,
    dashArray: dashed ? '4 4' : undefined,
    className: `zone zone-${faction}`,
  };
}

function drawZones(map: L.Map, zones: readonly ZoneFeature[]): L.LayerGroup {
  const shapes = L.geoJSON({ type: 'FeatureCollection', features: zones as ZoneFeature[] } as GeoJSON.FeatureCollection, {
    pane: 'zones',
    style: zoneStyle,
    interactive: true,
  });
  // Each label centred on its zone where Leaflet puts a polygon's centre (its
  // centroid), as a permanent tooltip would, but without measuring it on the page.
  shapes.addTo(map);
  const labels = (shapes.getLayers() as L.Polygon[]).map((path) => {
    const zone = path.feature as ZoneFeature;
    const at = path.getCenter();
    return labelMarker([at.lat, at.lng], textElement('span', 'zone-label-text', zone.properties.label), {
      pane: 'zoneLabels',
      className: `zone-label zone-label-${zone.properties.faction}`,
    });
  });
  return L.layerGroup([shapes, ...labels]).addTo(map);
}

export const zonesLayer: LayerFactory = ({ map }) => {
  let drawn: L.LayerGroup | null = null;
  return {
    add(state) {
      drawn = drawZones(map, state.visible.zones);
    },
    update(state, prev) {
      if (state.visible.zones === prev.visible.zones) return;
      drawn?.remove();
      drawn = drawZones(map, state.visible.zones);
    },
    remove() {
      drawn?.remove();
      drawn = null;
    },
  };
};
