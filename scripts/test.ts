// `npm test`: the one command that says whether the project works. Runs each
// suite in order, streaming its output, keeps going after a failure where the
// later suites still mean something, then prints a per-suite table and, as the
// very last line, `N passed, N failed` (and `, N skipped` when any were).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERIFIED_DATA_FILE } from './verifiedDataCache';

type Row = { suite: string; passed: number; failed: number; skipped: number; seconds: number; note?: string };

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string) => `${root}node_modules/.bin/${name}`;
/** What this run's one full validation of geo/ found, for the build and the tests. */
const VERIFIED_DATA = `${root}reports/verified-data.json`;

/** Which vitest project a test file belongs to, from its folder (see vite.config.ts). */
const PROJECTS = ['unit', 'component', 'browser'] as const;

const rows: Row[] = [];

/** Runs a command with the terminal attached; resolves with its exit code and duration. */
function run(command: string, args: string[]): Promise<{ code: number; seconds: number }> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    const finish = (code: number) => done({ code, seconds: (performance.now() - started) / 1000 });
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      finish(127);
    });
    child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1)));
  });
}

/** Runs a command with its output kept, for a step that runs beside another (parallelStep). */
function runQuiet(command: string, args: string[]): Promise<{ code: number; seconds: number; output: string }> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '1' } });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    const finish = (code: number, extra = '') =>
      done({ code, seconds: (performance.now() - started) / 1000, output: Buffer.concat(chunks).toString() + extra });
    child.on('error', (error) => finish(127, `could not start ${command}: ${error.message}\n`));
    child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1)));
  });
}

/**
 * A step started now that runs beside the next ones (typecheck and lint
 * beside validate and build: each uses one core); its output is printed, and
 * its row added, when `report` is awaited.
 */
function parallelStep(suite: string, command: string, args: string[]): { report: () => Promise<boolean> } {
  const running = runQuiet(command, args);
  return {
    report: async () => {
      const { code, seconds, output } = await running;
      banner(`${suite} (ran beside the steps above)`);
      process.stdout.write(output);
      rows.push({ suite, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0, seconds, note: code === 0 ? undefined : `exit ${code}` });
      return code === 0;
    },
  };
}

/** A step that is one test: it passes when the command exits 0. */
async function step(suite: string, command: string, args: string[]): Promise<boolean> {
  banner(suite);
  const { code, seconds } = await run(command, args);
  rows.push({ suite, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0, seconds, note: code === 0 ? undefined : `exit ${code}` });
  return code === 0;
}

function banner(suite: string): void {
  console.log(`\n━━━ ${suite} ━━━`);
}

type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  numFailedTestSuites: number;
  testResults: Array<{ name: string; status: string; startTime: number; endTime: number; assertionResults: Array<{ status: string }> }>;
};

/**
 * Runs vitest once for `projects` and adds one row per project from its JSON
 * report (`name` tells the report files apart). `quiet`: the output is kept
 * and printed when it is done, for a run beside another.
 */
async function vitest(projects: readonly string[], { name = 'vitest', quiet = false } = {}): Promise<void> {
  const VITEST_REPORT = `${root}reports/${name}.json`;
  if (!quiet) banner(`vitest (${projects.join(', ')})`);
  // A report left from an earlier run must not stand in for this one if vitest crashes.
  rmSync(VITEST_REPORT, { force: true });
  const args = ['run', '--reporter=default', '--reporter=json', `--outputFile=${VITEST_REPORT}`];
  for (const project of projects) args.push('--project', project);
  let code: number;
  let seconds: number;
  if (quiet) {
    const done = await runQuiet(bin('vitest'), args);
    banner(`vitest (${projects.join(', ')}; ran beside the browser tests)`);
    process.stdout.write(done.output);
    ({ code, seconds } = done);
  } else ({ code, seconds } = await run(bin('vitest'), args));

  if (!existsSync(VITEST_REPORT)) {
    rows.push({ suite: 'vitest', passed: 0, failed: 1, skipped: 0, seconds, note: `no report, exit ${code}` });
    return;
  }
  const report = JSON.parse(readFileSync(VITEST_REPORT, 'utf8')) as VitestReport;
  for (const project of projects) {
    const row: Row = { suite: project, passed: 0, failed: 0, skipped: 0, seconds: 0 };
    const files = report.testResults.filter((f) => projectOf(f.name) === project);
    // From the first file's start to the last one's end: the browser files run
    // two at a time, so the sum of their times would count the overlap twice.
    if (files.length > 0) row.seconds = Math.max(0, Math.max(...files.map((f) => f.endTime)) - Math.min(...files.map((f) => f.startTime))) / 1000;
    for (const file of files) {
      for (const { status } of file.assertionResults) {
        if (status === 'passed') row.passed++;
        else if (status === 'failed') row.failed++;
        else row.skipped++; // skipped, pending, todo
      }
      // A file that fails to load has no tests to fail, yet it is a failure.
      if (file.status === 'failed' && file.assertionResults.length === 0) {
        row.failed++;
        row.note = 'a test file failed to load';
      }
    }
    rows.push(row);
  }
  const counted = rows.filter((r) => projects.includes(r.suite)).reduce((n, r) => n + r.failed, 0);
  // vitest can fail with every test passing: an unhandled error, a globalSetup that threw.
  if (code !== 0 && counted === 0) {
    rows.push({ suite: 'vitest', passed: 0, failed: 1, skipped: 0, seconds, note: `exit ${code} with no failed test: see the output above` });
  }
}

function projectOf(file: string): string | undefined {
  const relative = file.startsWith(root) ? file.slice(root.length) : file;
  return PROJECTS.find((p) => relative.startsWith(`tests/${p}/`));
}

function printTable(): void {
  const header = ['suite', 'passed', 'failed', 'skipped', 'time', 'note'];
  const lines = rows.map((r) => [r.suite, `${r.passed}`, `${r.failed}`, `${r.skipped}`, r.seconds ? `${r.seconds.toFixed(1)}s` : '', r.note ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 5 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  console.log(`\n${format(header)}\n${widths.map((w) => '─'.repeat(w)).join('  ')}`);
  for (const line of lines) console.log(format(line));
}

// Typecheck and lint need neither the validation nor the build: they run beside them.
const typecheck = parallelStep('typecheck', bin('tsc'), ['--noEmit']);
const lint = parallelStep('lint', bin('biome'), ['lint', '--error-on-warnings']);
// geo/ is validated in full once (every check of npm run validate, and the
// build's); the build and the tests reuse that result for the same bytes
// (verifiedDataCache.ts) instead of validating again.
rmSync(VERIFIED_DATA, { force: true });
mkdirSync(dirname(VERIFIED_DATA), { recursive: true });
if (await step('validate', bin('tsx'), ['scripts/validateOnce.ts', '--out', VERIFIED_DATA])) process.env[VERIFIED_DATA_FILE] = VERIFIED_DATA;
// The unit and component tests need no build: they start beside it. The browser
// tests, two files at a time on one Chromium (vite.config.ts), wait on the
// browser more than they use a core, so the two vitest runs go side by side
// (in one vitest run, projects with different worker counts run in turn).
const nodeTests = vitest(['unit', 'component'], { name: 'vitest-node', quiet: true });
const built = await step('build', bin('vite'), ['build']);
await typecheck.report();
await lint.report();
if (built) await vitest(['browser'], { name: 'vitest-browser' });
await nodeTests;
if (!built) rows.push({ suite: 'browser', passed: 0, failed: 0, skipped: 0, seconds: 0, note: 'not run: the build failed' });

printTable();
const total = (key: 'passed' | 'failed' | 'skipped') => rows.reduce((n, r) => n + r[key], 0);
const skipped = total('skipped');
console.log(`\n${total('passed')} passed, ${total('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = total('failed') > 0 ? 1 : 0;
