// npm run fuzz [-- --count N] [-- --seed S]
// Opens N generated permalinks (default 2000; npm test opens 300) in the built app in Chromium:
// tests/browser/permalinkFuzz.test.ts at any size. The same seed opens the same
// links. Builds first when dist/ is missing or older than what it is built from,
// so it never fuzzes a stale app.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    /** how many links to open */
    count: { type: 'string', default: '2000' },
    /** repeats an earlier run's links; a new one each run by default */
    seed: { type: 'string' },
  },
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) {
  console.error(`--count must be a whole number of links, not "${values.count}"`);
  process.exit(2);
}
if (values.seed !== undefined && !/^\d+$/.test(values.seed)) {
  console.error(`--seed must be a whole number, not "${values.seed}"`);
  process.exit(2);
}

/** What dist/ is built from. */
const INPUTS = ['src', 'geo', 'index.html', 'vite.config.ts', 'scripts/contentSecurityPolicy.ts', 'package.json'];

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

const built = join(root, 'dist', 'index.html');
const sources = Math.max(...INPUTS.map((p) => join(root, p)).filter(existsSync).map(newestChange));
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  console.log('dist/ is missing or older than the sources: building it first');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const env = { ...process.env, FUZZ_COUNT: String(count), ...(values.seed !== undefined ? { FUZZ_SEED: values.seed } : {}) };
const run = spawnSync(
  join(root, 'node_modules', '.bin', 'vitest'),
  ['run', '--project', 'browser', 'tests/browser/permalinkFuzz.test.ts'],
  { cwd: root, stdio: 'inherit', env },
);
process.exit(run.status ?? 1);
