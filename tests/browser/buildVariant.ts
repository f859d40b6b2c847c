// The app built with another geo/ folder, for tests of what the built app does
// with data that npm run validate would never let through (markup, broken
// records). Vite's own build with one alias added: the app's imports of
// '../../geo/<file>' resolve to `geoDir` instead. The default build, vite.config.ts
// and dist/ are untouched.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the app against `geoDir` (which needs every file the app imports from geo/) and returns the output folder. */
export async function buildVariant(geoDir: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'app-variant-'));
  await build({
    root: repoRoot,
    configFile: join(repoRoot, 'vite.config.ts'),
    logLevel: 'error',
    resolve: { alias: [{ find: /^(?:\.\.\/)+geo\/(.*)$/, replacement: `${geoDir}/$1` }] },
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
