// OpenStreetMap's standard tiles, an opt-in. Per OSM's tile usage policy
// (https://operations.osmfoundation.org/policies/tiles/) they carry OSM's
// attribution, are not prefetched, and are only requested when chosen.
import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

export const OSM_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

interface Props {
  onUnavailable: () => void;
}

export function OnlineTiles({ onUnavailable }: Props) {
  const map = useMap();
  useEffect(
    function addTiles() {
      // With CORS (OSM answers Access-Control-Allow-Origin: *), so the PNG export
      // can draw the tiles it shows (export/mapImage.ts).
      const tiles = L.tileLayer(OSM_TILE_URL, { attribution: OSM_ATTRIBUTION, maxZoom: 19, crossOrigin: 'anonymous' });
      let told = false;
      const onTileError = () => {
        if (told) return;
        told = true;
        onUnavailable();
      };
      tiles.on('tileerror', onTileError);
      tiles.addTo(map);
      return () => {
        tiles.off('tileerror', onTileError);
        tiles.remove();
      };
    },
    [map, onUnavailable],
  );
  return null;
}
