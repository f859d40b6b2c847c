// Runs one of scripts/*.ts the way npm does, for the tests of the command lines.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './fixtureDirs';

export function runScript(script: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
  const run = spawnSync(tsx, [join(repoRoot, 'scripts', script), ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * Calls a script's exported command function in this process, with what it
 * prints caught as runScript catches it: starting tsx costs seconds (and the
 * gazetteer loads again each time), so each script keeps one runScript test
 * for its command line and runs its other cases here.
 */
export function callScript(
  command: (args: string[], out: { log: (line: string) => void; error: (line: string) => void }) => number,
  args: string[],
): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const status = command(args, { log: (line) => void (stdout += `${line}\n`), error: (line) => void (stderr += `${line}\n`) });
  return { status, stdout, stderr };
}
