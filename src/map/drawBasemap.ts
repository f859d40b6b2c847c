// Draws the embedded basemap (loadBasemap.ts, basemapLayers.ts) on the map once
// it is in, and marks the container data-basemap="ready" for whenDrawn.ts.
import type L from 'leaflet';
import { basemapLayers } from './basemapLayers';
import { loadBasemap } from './loadBasemap';

/** Settles when the basemap is drawn; rejects, with the reason, when it could not be loaded. */
export async function drawBasemap(map: L.Map): Promise<void> {
  const data = await loadBasemap();
  basemapLayers(data).addTo(map);
  map.getContainer().dataset.basemap = 'ready';
}
