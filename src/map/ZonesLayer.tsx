// Faction control zones of one snapshot, shaded by faction and labelled.
import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { ZoneFeature } from '../data/schema';
import { ZONE_COLOUR } from '../factions';
import { textElement } from './textElement';

function zoneStyle(feature?: GeoJSON.Feature): L.PathOptions {
  const faction = (feature as ZoneFeature | undefined)?.properties.faction ?? 'none';
  return {
    pane: 'zones',
    color: ZONE_COLOUR[faction],
    weight: 1.5,
    fillColor: ZONE_COLOUR[faction],
    fillOpacity: faction === 'contested' ? 0.45 : 0.3,
    dashArray: faction === 'contested' ? '4 4' : undefined,
    className: `zone zone-${faction}`,
  };
}

interface Props {
  zones: readonly ZoneFeature[];
}

export function ZonesLayer({ zones }: Props) {
  const map = useMap();
  useEffect(
    function drawZones() {
      const layer = L.geoJSON({ type: 'FeatureCollection', features: zones as ZoneFeature[] } as GeoJSON.FeatureCollection, {
        pane: 'zones',
        style: zoneStyle,
        interactive: true,
        onEachFeature: (feature, path) => {
          const zone = feature as ZoneFeature;
          path.bindTooltip(textElement('span', 'zone-label-text', zone.properties.label), {
            permanent: true,
            direction: 'center',
            className: `zone-label zone-label-${zone.properties.faction}`,
            pane: 'zoneLabels',
          });
        },
      });
      layer.addTo(map);
      return () => {
        layer.remove();
      };
    },
    [map, zones],
  );
  return null;
}
