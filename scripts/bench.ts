// npm run bench [-- --runs 5] [-- --stress-runs 3] [-- --no-stress] [-- --no-build]
// Builds the app and the benchmark's pages, measures them in headless Chromium
// and checks the budgets (bench/budgets.ts); exits 1 when one is over. Prints
// medians and spreads and writes everything to bench/results/latest.json.
//   1. navigation to default view drawn, and to the whole page ready (map drawn,
//      controls usable), app vs the basemap alone (bench/reference.html); layout shift
//   2. a permalink, a layer toggle and a date step in the app, and every
//      measurement in bench/appMeasurements.ts (one function + one line there)
//   3. every file the build ships, raw and gzipped
//   4. with npm run stress's data present: the same on that many events (bench/stress.html)
// The app is built to bench/results/app/ with its own config (the same as
// dist/ gets), so a run never swaps dist/ under someone's browser tests.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { allJsGzip, checkBudgets, initialJsGzip } from '../bench/budgets';
import { runApp } from '../bench/runApp';
import { runStress, type StressRuns } from '../bench/runStress';
import { measurePlayTicks } from '../bench/playTicks';
import { kb, shippedSizes } from '../bench/shippedSizes';
import { formatMs, percentile, summarise } from '../bench/stats';
import { ALL_YEARS } from '../bench/benchStory';
import { findChromium } from '../tests/browser/findChromium';
import { launchChromium } from '../tests/browser/launchChromium';
import { startStaticServer } from '../tests/browser/staticServer';

const root = fileURLToPath(new URL('..', import.meta.url));
const results = join(root, 'bench', 'results');
const appDir = join(results, 'app');
const siteDir = join(results, 'site');
const stressGeo = join(root, 'stress', 'geo');

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'stress-runs': { type: 'string', default: '3' },
    'no-stress': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const stressRuns = Number(values['stress-runs']);

if (!values['no-build']) {
  for (const args of [['build', '--outDir', appDir, '--emptyOutDir'], ['build', '--config', 'bench/vite.config.ts']]) {
    console.log(`vite ${args.join(' ')}`);
    const built = spawnSync(join(root, 'node_modules', '.bin', 'vite'), [...args, '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
}
// The stress page fetches /stress/geo/… from the server of the bench's pages.
mkdirSync(siteDir, { recursive: true });
// lstat, not exists: a link left by an earlier run to a stress/ since removed dangles, and is still there.
try {
  lstatSync(join(siteDir, 'stress'));
} catch {
  symlinkSync(join(root, 'stress'), join(siteDir, 'stress'));
}

const chromiumPath = findChromium();
if (!chromiumPath) {
  console.error("npm run bench needs Chromium: install Debian's chromium or set CHROMIUM_PATH");
  process.exit(1);
}
const withStress = !values['no-stress'] && existsSync(join(stressGeo, 'events.json'));
const load = { before: loadavg()[0] ?? NaN, after: NaN };
const appServer = await startStaticServer(appDir);
const siteServer = await startStaticServer(siteDir);
const browser = await launchChromium(chromiumPath);
let stress: StressRuns | null = null;
let app;
let playTicks: { app: number[]; stress: number[] | null; problems: string[] } | null = null;

/** Pages the app's play ticks are measured in (5 ticks each): one page's 5 were the bench's smallest sample. */
const PLAY_PAGES = 3;

/** Play ticks (bench/playTicks.ts) on the app's default window, in PLAY_PAGES fresh pages. */
async function measureAppPlaying(browser: Parameters<typeof measurePlayTicks>[0], appUrl: string) {
  console.log(`measuring play ticks, ${PLAY_PAGES} pages…`);
  const ticks: number[] = [];
  const problems: string[] = [];
  for (let i = 0; i < PLAY_PAGES; i++) {
    const page = await measurePlayTicks(browser, appUrl);
    ticks.push(...page.tickMs);
    problems.push(...page.problems);
  }
  return { ticks, problems };
}

/** Play ticks with every year of the stress data in the window. */
async function measureStressPlaying(browser: Parameters<typeof measurePlayTicks>[0], stressUrl: string) {
  const lastYear = ALL_YEARS.match(/to=(\d{4})/)?.[1];
  return measurePlayTicks(browser, stressUrl, { resumeAt: `${lastYear}-12-20` });
}
try {
  console.log(`measuring the app and the reference page, ${runs} runs each…`);
  app = await runApp(browser, { app: `${appServer.url}/`, reference: `${siteServer.url}/bench/reference.html` }, runs);
  // With the app's other timings, before the stress pages.
  const appPlaying = await measureAppPlaying(browser, `${appServer.url}/`);
  let stressPlaying: Awaited<ReturnType<typeof measureStressPlaying>> | null = null;
  if (withStress) {
    console.log(`measuring the app on stress/geo/, ${stressRuns} runs…`);
    stress = await runStress(browser, `${siteServer.url}/bench/stress.html`, stressRuns);
    stressPlaying = await measureStressPlaying(browser, `${siteServer.url}/bench/stress.html${ALL_YEARS}`);
  } else if (!values['no-stress']) {
    console.log('stress: skipped, no stress/geo/ (npm run stress -- --events 100000 makes it)');
  }
  playTicks = { app: appPlaying.ticks, stress: stressPlaying?.tickMs ?? null, problems: [...appPlaying.problems, ...(stressPlaying?.problems ?? [])] };
} finally {
  await browser.close();
  await appServer.close();
  await siteServer.close();
}
load.after = loadavg()[0] ?? NaN;

const files = shippedSizes(appDir);
const budgets = checkBudgets(files, app, stress);
// Play ticks: at most 16 ms median with the real data, 50 ms with the stress data (issue "Time you can see").
if (playTicks) {
  const median = (ms: number[]) => summarise(ms).median;
  budgets.push({ name: 'a play tick (step → frame drawn)', limit: '16 ms', measured: `${median(playTicks.app).toFixed(1)} ms`, pass: median(playTicks.app) <= 16 });
  if (playTicks.stress) budgets.push({ name: 'stress: a play tick, nearly every event shown', limit: '50 ms', measured: `${median(playTicks.stress).toFixed(1)} ms`, pass: median(playTicks.stress) <= 50 });
}

const line = (label: string, value: string) => console.log(`  ${label.padEnd(48)} ${value}`);
console.log(`\nApp (built as dist/ is), ${runs} runs; medians (min–max)`);
line('data fetched, validated, joined (data-ready)', formatMs(summarise(app.dataReadyMs)));
line('Leaflet and the first view run (map-code-ready)', formatMs(summarise(app.mapCodeReadyMs)));
line('default view drawn, from navigation', formatMs(summarise(app.drawnMs)));
line('basemap alone, plain Leaflet (reference)', formatMs(summarise(app.referenceDrawnMs)));
line('ratio of medians', `${(summarise(app.drawnMs).median / summarise(app.referenceDrawnMs).median).toFixed(2)}×`);
line('React and the app run, after (code-ready)', formatMs(summarise(app.codeReadyMs)));
line('toolbar and panels usable (app-ready)', formatMs(summarise(app.readyMs)));
line('whole page ready (map drawn, controls usable)', formatMs(summarise(app.pageReadyMs)));
line('ratio of medians, whole page to reference', `${(summarise(app.pageReadyMs).median / summarise(app.referenceDrawnMs).median).toFixed(2)}×`);
line('layout shift as the page comes, per run', app.layoutShift.map((v) => v.toFixed(4)).join(', '));
line('permalink applied (hash change → view drawn)', formatMs(summarise(app.permalinkMs)));
line('layer toggle (click → frame drawn)', formatMs(summarise(app.toggleMs)));
line('date step, Day ▶ / ◀ Day', formatMs(summarise(app.dayStepMs)));
if (playTicks) line('play tick (step → frame drawn)', formatMs(summarise(playTicks.app)));
line('date step, timeline handle by keyboard', formatMs(summarise(app.timelineStepMs)));
// bench/appMeasurements.ts: one function and one line there add a row here.
for (const [label, samples] of Object.entries(app.measured)) line(label, formatMs(summarise(samples)));
line('JS the map waited for, gzip', `${kb(initialJsGzip(files, app.scriptsBeforeDrawn))} (${app.scriptsBeforeDrawn.join(', ')})`);
line('JS downloaded before drawn (app chunk incl.), gzip', `${kb(initialJsGzip(files, app.scriptsDownloadedBeforeDrawn))}`);
line('JS loaded before the whole page, gzip', `${kb(initialJsGzip(files, app.scriptsBeforeReady))}`);
line('all JS the page loaded, worker included, gzip', `${kb(allJsGzip(files, app.scriptsAll))}`);

console.log('\nShipped (bench/results/app/ = dist/), raw / gzip');
for (const f of files) line(`${f.kind.padEnd(5)} ${f.path}`, `${kb(f.bytes).padStart(9)} / ${kb(f.gzipBytes).padStart(8)}`);
for (const kind of ['js', 'css', 'data', 'html'] as const) {
  const of = files.filter((f) => f.kind === kind);
  line(`total ${kind}`, `${kb(of.reduce((n, f) => n + f.bytes, 0)).padStart(9)} / ${kb(of.reduce((n, f) => n + f.gzipBytes, 0)).padStart(8)}`);
}

let frames = null;
if (stress) {
  const sorted = [...stress.panFrameMs].sort((a, b) => a - b);
  frames = { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] ?? NaN, n: sorted.length, over50: sorted.filter((f) => f > 50).length };
  const mb = (bytes: number[]) => `${(summarise(bytes).median / 1e6).toFixed(0)} MB (${(summarise(bytes).min / 1e6).toFixed(0)}–${(summarise(bytes).max / 1e6).toFixed(0)})`;
  console.log(`\nStress: ${stress.events.toLocaleString('en')} events (stress/geo/), ${stressRuns} runs; medians (min–max)`);
  line('files fetched, from navigation', formatMs(summarise(stress.fetchMs)));
  line('parse + validate + join (loadAppData)', formatMs(summarise(stress.loadMs)));
  line('default view drawn, from navigation', formatMs(summarise(stress.drawnMs)));
  line('permalink to all years (every event shown)', formatMs(summarise(stress.allYearsMs)));
  line('date step, all years', formatMs(summarise(stress.dayStepMs)));
  line('date step, timeline handle, all years', formatMs(summarise(stress.timelineStepMs)));
  line('layer toggle, all years', formatMs(summarise(stress.toggleMs)));
  if (playTicks?.stress) line('play tick, nearly all years', formatMs(summarise(playTicks.stress)));
  line('frames while dragging: p50 / p95 / max', `${frames.p50.toFixed(1)} / ${frames.p95.toFixed(1)} / ${frames.max.toFixed(1)} ms (n=${frames.n}, ${frames.over50} over 50 ms)`);
  line('JS heap after load (after GC)', mb(stress.heapAfterLoad));
  line('JS heap after the interactions (after GC)', mb(stress.heapAfterUse));
}

const problems = [...app.problems, ...(stress?.problems.map((p) => `stress: ${p}`) ?? []), ...(playTicks?.problems.map((p) => `playing: ${p}`) ?? [])];
if (problems.length > 0) console.log(`\nProblems seen on the pages:\n  ${problems.join('\n  ')}`);
console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; load average ${load.before.toFixed(1)} before, ${load.after.toFixed(1)} after`);
console.log('\nBudgets');
for (const b of budgets) line(`${b.pass ? 'PASS' : 'FAIL'} ${b.name}`, `${b.measured} (limit ${b.limit})`);

mkdirSync(results, { recursive: true });
const report = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, loadAverage: load, node: process.version, chromium: chromiumPath },
  runs,
  app: { ...app, summary: { drawn: summarise(app.drawnMs), reference: summarise(app.referenceDrawnMs), ready: summarise(app.readyMs), pageReady: summarise(app.pageReadyMs), dataReady: summarise(app.dataReadyMs), mapCodeReady: summarise(app.mapCodeReadyMs), codeReady: summarise(app.codeReadyMs), permalink: summarise(app.permalinkMs), toggle: summarise(app.toggleMs), dayStep: summarise(app.dayStepMs) } },
  shipped: files,
  stress: stress && {
    ...stress,
    panFrameMs: undefined,
    frames,
    summary: { fetch: summarise(stress.fetchMs), load: summarise(stress.loadMs), drawn: summarise(stress.drawnMs), allYears: summarise(stress.allYearsMs), dayStep: summarise(stress.dayStepMs), toggle: summarise(stress.toggleMs) },
  },
  playTicks,
  budgets,
};
const json = `${JSON.stringify(report, null, 2)}\n`;
writeFileSync(join(results, 'latest.json'), json);
writeFileSync(join(results, `${report.date.replace(/[:.]/g, '-')}.json`), json);
console.log(`\nwrote bench/results/latest.json`);
process.exitCode = budgets.every((b) => b.pass) ? 0 : 1;
