// Runs one of scripts/*.ts the way npm does, for the tests of the command lines.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './fixtureDirs';

export function runScript(script: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
  const run = spawnSync(tsx, [join(repoRoot, 'scripts', script), ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
