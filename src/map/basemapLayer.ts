// The embedded basemap (loadBasemap.ts, basemapLayers.ts), drawn once it is
// in; the container is then marked data-basemap="ready" for whenDrawn.ts.
// A failed download is told to the reader, and the map works on without it.
import type L from 'leaflet';
import { basemapLayers } from './basemapLayers';
import { loadBasemap } from './loadBasemap';
import type { LayerFactory } from './storyLayer';

export const basemapLayer: LayerFactory = ({ map, notice }) => {
  let drawn: L.LayerGroup | null = null;
  let removed = false;
  return {
    add() {
      loadBasemap().then(
        (data) => {
          if (removed) return;
          drawn = basemapLayers(data).addTo(map);
          map.getContainer().dataset.basemap = 'ready';
        },
        (error: Error) => {
          if (!removed) notice(`The embedded basemap could not be loaded (${error.message}).`);
        },
      );
    },
    update() {},
    remove() {
      removed = true;
      drawn?.remove();
    },
  };
};
