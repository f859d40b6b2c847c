// The entry is small on purpose. At once, beside each other: the map's code
// (Leaflet and the first view), the basemap, the data, and the app's code
// (React and the rest). The data is checked and joined as soon as it is in:
// files with the checksums the build validated are trusted as they are (see
// data/appModel.ts); others are validated here first. Then the map is drawn
// with Leaflet alone, and the app comes beside it (openApp.ts). The marks are
// for npm run bench.
import verified from 'virtual:verified-data';
import { unchangedSinceBuild } from './data/checksums';
import { fetchDataFiles } from './data/fetchDataFiles';
import { loadBasemap } from './map/loadBasemap';
import { openApp } from './openApp';
import { CODE_READY_MARK, DATA_READY_MARK, MAP_CODE_READY_MARK } from './performanceMarks';
import './pageStyles';
import './offline/registerWorker';

const mapChunk = import('./map/firstView').then((module) => {
  performance.mark(MAP_CODE_READY_MARK);
  return module;
});
// The first view reports a failed basemap; here it would only be an unhandled rejection.
loadBasemap().catch(() => {});
const files = fetchDataFiles();
const data = Promise.all([import('./data/appModel'), files]).then(async ([{ loadAppData }, fetched]) => {
  if (!fetched.ok) return fetched;
  const trusted = verified && (await unchangedSinceBuild(fetched.bytes, verified.checksums)) ? verified.geometry : null;
  const loaded = await loadAppData(fetched.texts, trusted);
  performance.mark(DATA_READY_MARK);
  return loaded;
});
const loadRender = () =>
  import('./renderApp').then((module) => {
    performance.mark(CODE_READY_MARK);
    return module;
  });
await openApp(await data, mapChunk, loadRender);
