import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenDir, fixtureArticlesDir, fixtures, repoRoot, validDir } from './fixtureDirs';
import { validate } from '../../scripts/validate';
import { callScript, runScript } from './runScript';

// The first case runs the command line itself; the others call its function.
describe('npm run validate', () => {
  it('prints one line per problem and exits 1', () => {
    const dir = brokenDir('unknown-location');
    const run = runScript('validate.ts', ['--dir', dir, '--articles', fixtureArticlesDir]);
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')).toContain(`${join(dir, 'events.json')} 2020-05-20-battery-paraded locationId: unknown location "nowhere"`);
    expect(run.stderr).toContain(`1 problem in ${dir}/`);
    expect(run.stdout).not.toContain('is valid');
  });

  it('leaves out the id and field of a problem with the whole file', () => {
    const run = callScript(validate, ['--dir', brokenDir('malformed-json'), '--articles', fixtureArticlesDir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/events\.json: not valid JSON: Unexpected token '\]' at line 84, column 1\n/);
  });

  it('prints a summary and exits 0 on valid data', () => {
    const run = callScript(validate, ['--dir', validDir, '--articles', fixtureArticlesDir]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      'tests/fixtures/valid/ is valid: 1 source, 5 locations, 5 events (1 with a path), 5 zones in 2 snapshots; ' +
        'every quote found in its article (1 article)\n',
    );
    expect(run.status).toBe(0);
  });

  it('says so when quote checks are skipped', () => {
    const missing = join(fixtures, 'no-such-folder');
    const run = callScript(validate, ['--dir', validDir, '--articles', missing]);
    expect(run.stdout).toContain(`quote checks skipped: no articles folder at ${missing}\n`);
    expect(run.status).toBe(0);
  });

  it('gates the build: npm run build stops when it fails, before vite builds anything', () => {
    const { scripts } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    // validateOnce.ts runs vite build only once the data is valid (tests/unit/validateOnce.test.ts).
    expect(scripts['build']).toMatch(/^tsx scripts\/validateOnce\.ts -- vite build$/);
  });
});
