// The app on npm run stress's synthetic data, for npm run bench (bench/stress.html,
// never part of the app's build). The files are fetched from /stress/geo/ at run
// time, then go through the same loadAppData (parse, validate, join) and the
// same first view and render as geo/ does in main.tsx. Marks for the bench: `stress-fetched`
// when the texts are in, and a `stress-load` measure over loadAppData.
import { loadAppData, type AppData } from './data/appModel';
import { fetchDataFiles, type DataFileUrls } from './data/fetchDataFiles';
import { DATA_FILES } from './data/dataFiles';
import * as firstView from './map/firstView';
import { openApp } from './openApp';
import { STRESS_FETCHED_MARK, STRESS_LOAD_MEASURE } from './performanceMarks';
import './pageStyles';
import * as render from './renderApp';

/** Where the data is; ?data=/other/folder/ points elsewhere on the same server. */
const base = new URL(new URLSearchParams(window.location.search).get('data') ?? '/stress/geo/', window.location.href);
const files = Object.fromEntries(
  DATA_FILES.map((f) => [f.key, [f.name, new URL(f.name, base).href]]),
) as DataFileUrls;

async function load(): Promise<AppData> {
  const fetched = await fetchDataFiles(files);
  performance.mark(STRESS_FETCHED_MARK);
  if (!fetched.ok) return { ok: false, problems: fetched.problems.map((p) => ({ ...p, reason: `${p.reason}; run npm run stress first` })) };
  const data = await loadAppData(fetched.texts, null);
  performance.measure(STRESS_LOAD_MEASURE, STRESS_FETCHED_MARK);
  return data;
}

await openApp(await load(), Promise.resolve(firstView), () => Promise.resolve(render));
