// The embedded basemap's file (geo/basemap.json, made by `npm run basemap`),
// fetched once. main.tsx asks for it first thing, so it downloads while the
// data is fetched and validated instead of after the map has mounted;
// basemapLayer.ts then gets the same promise, usually already settled.
// no-inline: were the file small, Vite would inline it as a data: URL, which
// the page's Content-Security-Policy (connect-src 'self') does not let fetch load.
import basemapUrl from '../../geo/basemap.json?url&no-inline';

let pending: Promise<GeoJSON.FeatureCollection> | null = null;

export function loadBasemap(): Promise<GeoJSON.FeatureCollection> {
  pending ??= fetch(basemapUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<GeoJSON.FeatureCollection>;
    })
    .catch((error: unknown) => {
      // A failed load is not kept: the next layer to mount tries again.
      pending = null;
      throw error;
    });
  return pending;
}
