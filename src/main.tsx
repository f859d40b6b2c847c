// The entry is small on purpose. At once, beside each other: the map's code
// (Leaflet and the first view), the basemap, the data, and the app's code
// (React and the rest). The data is checked and joined as soon as it is in:
// files with the checksums the build validated are trusted as they are (see
// data/appModel.ts); others are validated here first. Then the map is drawn
// with Leaflet alone, and the app comes beside it (openApp.ts). The marks are
// for npm run bench. While it loads, the page says what it waits for
// (LoadProgress.ts); a file that cannot be loaded is retried (openApp.ts).
import verified from 'virtual:verified-data';
import { DATA_PARTS } from './data/dataParts';
import { fetchDataFiles } from './data/fetchDataFiles';
import { LoadProgress } from './LoadProgress';
import { loadBasemap } from './map/loadBasemap';
import { type Loaded, openApp } from './openApp';
import { CODE_READY_MARK, DATA_READY_MARK, MAP_CODE_READY_MARK } from './performanceMarks';
import './pageStyles';
import { registerOfflineCopy } from './offline/registerWorker';

const progress = new LoadProgress(document, DATA_PARTS.map((p) => p.words));
const mapChunk = import('./map/firstView').then((module) => {
  performance.mark(MAP_CODE_READY_MARK);
  return module;
});
// The first view reports a failed basemap; here it would only be an unhandled rejection.
loadBasemap().catch(() => {});
mapChunk.catch(() => {});

async function loadData(): Promise<Loaded> {
  const settled = new Set<string>();
  const [{ loadAppData }, fetched] = await Promise.all([
    import('./data/appModel'),
    fetchDataFiles(undefined, {
      checksums: verified?.checksums ?? null,
      onSettled: (key) => {
        settled.add(key);
        for (const part of DATA_PARTS) if (part.files.every((f) => settled.has(f))) progress.settled(part.words);
      },
    }),
  ]);
  if (fetched.problems.length > 0) return { data: { ok: false, problems: fetched.problems }, faults: fetched.faults };
  const trusted = verified && fetched.unchanged ? verified.geometry : null;
  const data = await loadAppData(fetched.texts, trusted);
  performance.mark(DATA_READY_MARK);
  return { data, faults: fetched.faults };
}

const loadRender = () =>
  import('./renderApp').then((module) => {
    performance.mark(CODE_READY_MARK);
    return module;
  });

// Every failure is shown on the page (openApp.ts); none is left as an unhandled rejection.
await openApp(await loadData(), mapChunk, loadRender, { reload: loadData, progress }).catch((error: unknown) => {
  console.error(error);
});
// The offline copy's downloads (the whole build) wait until the page is ready.
registerOfflineCopy();
