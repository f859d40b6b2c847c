// The entry is small on purpose: the data and the basemap start downloading at
// once, while the rest of the app (React, Leaflet) loads beside them. The data
// is checked and joined as soon as it is in, while the larger render chunk may
// still be loading: files with the checksums the build validated are trusted
// as they are (see data/appModel.ts); others are validated here first. The
// marks are for npm run bench.
import verified from 'virtual:verified-data';
import { unchangedSinceBuild } from './data/checksums';
import { fetchDataFiles } from './data/fetchDataFiles';
import { loadBasemap } from './map/loadBasemap';

// BasemapLayer reports a failed basemap; here it would only be an unhandled rejection.
loadBasemap().catch(() => {});
const files = fetchDataFiles();
const data = Promise.all([import('./data/appModel'), files]).then(async ([{ loadAppData }, fetched]) => {
  if (!fetched.ok) return fetched;
  const trusted = verified && (await unchangedSinceBuild(fetched.bytes, verified.checksums)) ? verified.geometry : null;
  const loaded = await loadAppData(fetched.texts, trusted);
  performance.mark('data-ready');
  return loaded;
});
const code = import('./renderApp').then((module) => {
  performance.mark('code-ready');
  return module;
});
const [{ renderApp }, loaded] = await Promise.all([code, data]);
renderApp(loaded);
