// `npm start -- --port N` serves on N (README, Quick start): npm puts the
// extra words after the start script, so the serving command must let a later
// --port win over its own default. Runs that command (without the build) on a
// folder holding one page, on a free port, and stops it by its PID.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from './fixtureDirs';

/** A terminal's colour codes, in case the environment forces them on anyway. */
const ANSI_ESCAPE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

it('the start script serves on the port given after --', async () => {
  const start: string = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).scripts.start;
  // The serving half: what runs once the build is done.
  const serve = start.split('&&').at(-1)!.trim().split(/\s+/);
  expect(serve.slice(0, 2)).toEqual(['vite', 'preview']);
  const site = mkdtempSync(join(tmpdir(), 'start-port-'));
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>served</title>');
  const port = await freePort();
  const vite = join(repoRoot, 'node_modules', '.bin', 'vite');
  const server = spawn(vite, [...serve.slice(1), '--outDir', site, '--port', String(port)], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    // npm test runs with colours forced on; Vite would print the port in bold, between escape codes.
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  try {
    let output = '';
    const listening = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no server after 60 s: ${output}`)), 60_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const found = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output.replaceAll(ANSI_ESCAPE, ''));
        if (found) {
          clearTimeout(timer);
          resolve(found[1]!);
        }
      };
      server.stdout.on('data', read);
      server.stderr.on('data', read);
      server.on('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
    });
    expect(listening).toBe(String(port));
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(await page.text()).toContain('<title>served</title>');
  } finally {
    server.kill();
    rmSync(site, { recursive: true, force: true });
  }
}, 75_000);
