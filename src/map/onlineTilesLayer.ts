// OpenStreetMap's standard tiles, an opt-in. Per OSM's tile usage policy
// (https://operations.osmfoundation.org/policies/tiles/) they carry OSM's
// attribution, are not prefetched, and are only requested when chosen.
import L from 'leaflet';
import type { LayerFactory } from './storyLayer';

export const OSM_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

export const onlineTilesLayer: LayerFactory = ({ map, notice }) => {
  let tiles: L.TileLayer | null = null;
  // Said once per time the tiles are switched on, not once per missing tile.
  let told = false;
  const onTileError = () => {
    if (told) return;
    told = true;
    notice('Online tiles are unavailable; showing the embedded basemap.');
  };
  const show = (on: boolean) => {
    if (on && !tiles) {
      told = false;
      // With CORS (OSM answers Access-Control-Allow-Origin: *), so the PNG export
      // can draw the tiles it shows (export/mapImage.ts).
      tiles = L.tileLayer(OSM_TILE_URL, { attribution: OSM_ATTRIBUTION, maxZoom: 19, crossOrigin: 'anonymous' });
      tiles.on('tileerror', onTileError);
      tiles.addTo(map);
    } else if (!on && tiles) {
      tiles.off('tileerror', onTileError);
      tiles.remove();
      tiles = null;
    }
  };
  return {
    add(state) {
      show(state.online);
    },
    update(state) {
      show(state.online);
    },
    remove() {
      show(false);
    },
  };
};
