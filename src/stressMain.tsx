// The app on npm run stress's synthetic data, for npm run bench (bench/stress.html,
// never part of the app's build). The files are fetched from /stress/geo/ at run
// time, then go through the same loadAppData (parse, validate, join) and the
// same first view and render as geo/ does in main.tsx. Marks for the bench: `stress-fetched`
// when the texts are in, and a `stress-load` measure over loadAppData.
import { loadAppData, type AppData } from './data/appModel';
import { fetchDataFiles, type DataFileUrls } from './data/fetchDataFiles';
import { DATA_FILES, isOptional } from './data/dataFiles';
import * as firstView from './map/firstView';
import { openApp } from './openApp';
import { STRESS_FETCHED_MARK, STRESS_LOAD_MEASURE } from './performanceMarks';
import './pageStyles';
import * as render from './renderApp';

/** Where the data is; ?data=/other/folder/ points elsewhere on the same server. */
const base = new URL(new URLSearchParams(window.location.search).get('data') ?? '/stress/geo/', window.location.href);
// npm run stress writes no optional file (scripts/stress/generateStress.ts
// makes no story tour): asking for one would be a 404 that fails the load.
const files = Object.fromEntries(
  DATA_FILES.filter((f) => !isOptional(f)).map((f) => [f.key, [f.name, new URL(f.name, base).href]]),
) as DataFileUrls;

async function load(): Promise<AppData> {
  // The stress data is larger than the app's cap on purpose.
  const fetched = await fetchDataFiles(files, { maxBytes: Number.POSITIVE_INFINITY });
  performance.mark(STRESS_FETCHED_MARK);
  const failed = [...fetched.problems, ...fetched.faults.map((f) => ({ file: f.file, id: null, field: '', reason: `could not be loaded: ${f.reason}` }))];
  if (failed.length > 0) return { ok: false, problems: failed.map((p) => ({ ...p, reason: `${p.reason}; run npm run stress first` })) };
  const data = await loadAppData(fetched.texts, null);
  performance.measure(STRESS_LOAD_MEASURE, STRESS_FETCHED_MARK);
  return data;
}

await openApp({ data: await load(), faults: [] }, Promise.resolve(firstView), () => Promise.resolve(render));
