import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from './scripts/contentSecurityPolicy.ts';
import { gazetteerUrl } from './scripts/gazetteerUrl.ts';
import { offlineCopy } from './scripts/offlineCopy.ts';
import { appPreload, firstViewChunks, preloadFirstView } from './scripts/preloadFirstView.ts';
import { storyPlugin } from './scripts/storyPlugin.ts';
import { verifiedData } from './scripts/verifiedData.ts';
import { LongFilesFirst } from './tests/browser/longFilesFirst.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The story folder: GEO_DIR (relative to the repository, or absolute), default geo/.
const geoDir = resolve(here('.'), process.env['GEO_DIR'] || 'geo');
// Where its articles are: story.json's `articles`, relative to the folder. Read
// here without checking; the story plugin checks the whole file as the build starts.
function articlesOf(dir: string): string {
  try {
    return (JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8')) as { articles?: string }).articles ?? 'articles';
  } catch {
    return 'articles';
  }
}
const articlesDir = resolve(geoDir, articlesOf(geoDir));

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    storyPlugin({ dir: geoDir, reader: here('src/data/readStory.ts') }),
    verifiedData({ dir: geoDir, articlesDir, verifier: here('scripts/verifyGeoDir.ts') }),
    gazetteerUrl(),
    preloadFirstView(),
    // Last: its service worker precaches every file the plugins above wrote.
    offlineCopy({ dir: geoDir }),
  ],
  // The app imports its data files as '../../geo/<file>' (src/data/fetchDataFiles.ts,
  // src/map/loadBasemap.ts): they come from the story folder.
  resolve: { alias: [{ find: /^(?:\.\.\/)+geo\/(.*)$/, replacement: `${geoDir}/$1` }] },
  // Relative asset paths, so dist/ works from any folder of any static host.
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // What the map waits for is preloaded by index.html; the app's chunk as
    // the first view starts; the rest when asked for (scripts/preloadFirstView.ts).
    modulePreload: appPreload,
    // What the map waits for in two chunks, not a score of small ones (scripts/preloadFirstView.ts).
    rolldownOptions: { output: { codeSplitting: firstViewChunks } },
  },
  test: {
    // The browser tests' longest files start first (tests/browser/longFilesFirst.ts).
    sequence: { sequencer: LongFilesFirst },
    projects: [
      {
        // Pure data, geometry and URL code: plain Node, real fixtures.
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          // A few tests run the scripts in a child process (tsx start-up is seconds on two busy cores);
          // runScript gives a child 60 s, and the unit files run beside two browser workers.
          testTimeout: 60_000,
          // Files share one module graph per worker: turf, zod and the data
          // code are imported once, not once per file. Tests that stub globals
          // undo it (checksums.test.ts); none keeps state in a module.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
          // One jsdom and one module graph per worker, as the unit files share
          // theirs: 5 s for the project instead of 14, beside the browser tests.
          // Each test unmounts what it rendered (setup.ts) and puts back timers
          // and spies; the files pass in any order (--sequence.shuffle).
          isolate: false,
          // npm test runs these beside the browser tests (scripts/test.ts): the
          // first import of the data code can take seconds on two busy cores.
          testTimeout: 30_000,
        },
      },
      {
        // Real Chromium against the built dist/, started once in globalSetup.
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/globalSetup.ts'],
          // Two files at a time, each in its own worker with its own contexts on
          // the run's one Chromium: a file spends much of its time waiting on the
          // page (loads, animations, polls), so two keep both cores busy.
          fileParallelism: true,
          maxWorkers: 2,
          // Each worker runs its files in turn, importing playwright-core and the
          // helpers once. Each file opens its own connection and contexts.
          isolate: false,
          // Two files share the cores at once: room for a slow moment on a shared machine.
          testTimeout: 90_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
