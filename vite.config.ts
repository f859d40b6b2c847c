import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from './scripts/contentSecurityPolicy.ts';
import { verifiedData } from './scripts/verifiedData.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), verifiedData({ dir: here('geo'), articlesDir: here('../shared/articles'), verifier: here('scripts/verifyGeoDir.ts') })],
  // Relative asset paths, so dist/ works from any folder of any static host.
  base: './',
  build: { outDir: 'dist', emptyOutDir: true },
  test: {
    projects: [
      {
        // Pure data, geometry and URL code: plain Node, real fixtures.
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          // A few tests run the scripts in a child process (tsx start-up is seconds on two busy cores).
          testTimeout: 30_000,
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
          // One Chromium at a time: the machine has two cores, and screenshots must not race.
          fileParallelism: false,
          // One worker runs the files in turn, importing playwright-core and the
          // helpers once. Each file opens its own connection and contexts.
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
