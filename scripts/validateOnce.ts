// tsx scripts/validateOnce.ts [--dir D] [--articles A] (--out FILE | -- COMMAND ARGS…)
// Validates a geo/ folder in full once (verifyGeoDir: schemas, references,
// geometry, the country's outline, every quote in its article, no field the
// schemas would drop) and writes what the app may then trust to FILE
// (verifiedDataCache.ts). With a COMMAND, runs it with VERIFIED_DATA_FILE set
// to a temporary such file, so that `npm run build` validates once, not once
// in npm run validate and again in the build's plugin. npm test (scripts/test.ts)
// uses --out and hands the file to the build and the tests.
// On invalid data it prints every problem, as npm run validate does, and exits 1.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isMain } from './isMain';
import { type Output, validate } from './validate';
import { VERIFIED_DATA_FILE, writeVerifiedData } from './verifiedDataCache';
import { verifyGeoDir } from './verifyGeoDir';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** The command with its arguments: validates, then runs the command or writes --out; gives the exit code. */
export function validateOnce(argv: string[], io: Output = console): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      /** the folder to validate; default geo/ */
      dir: { type: 'string', default: join(repoRoot, 'geo') },
      /** the article texts; default ../shared/articles next to the repository */
      articles: { type: 'string', default: join(repoRoot, '..', 'shared', 'articles') },
      /** where to write the result; a temporary file when a command follows */
      out: { type: 'string' },
    },
  });
  const dir = resolve(values.dir);
  const articlesDir = resolve(values.articles);
  const [command, ...args] = positionals;
  if (!values.out && !command) {
    io.error('validateOnce: give --out FILE, or a command to run after -- ');
    return 2;
  }

  try {
    const verified = verifyGeoDir(dir, articlesDir);
    const temporary = values.out ? null : mkdtempSync(join(tmpdir(), 'verified-data-'));
    const out = values.out ? resolve(values.out) : join(temporary!, 'verified-data.json');
    writeVerifiedData(out, articlesDir, verified);
    // In full only with the articles: without them no quote is checked (verifyGeoDir), and the line says so.
    const checked = existsSync(articlesDir) ? 'checked in full' : `checked, but not their quotes: no articles folder at ${articlesDir}`;
    io.log(`${dir} is valid: ${Object.keys(verified.checksums).length} files ${checked}, once for this run`);
    if (command) {
      const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, [VERIFIED_DATA_FILE]: out } });
      if (temporary) rmSync(temporary, { recursive: true, force: true });
      return run.status ?? 1;
    }
  } catch (error) {
    // npm run validate lists every problem (verifyGeoDir names only the first
    // ten); it finds none when what failed is a field the schemas would drop,
    // which verifyGeoDir's message then says.
    if (validate(['--dir', dir, '--articles', articlesDir], io) === 0) io.error((error as Error).message);
    return 1;
  }
  return 0;
}

if (isMain(import.meta.url)) process.exitCode = validateOnce(process.argv.slice(2));
