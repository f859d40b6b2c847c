// Builds the benchmark's own pages, apart from the app's build so that nothing
// of them ships: bench/reference.html (the basemap alone, plain Leaflet) and
// bench/stress.html (the app on npm run stress's data). Same plugins and
// settings as the app (../vite.config.ts), so the stress page is built as the
// app is. Output: bench/results/site/ (gitignored).
import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';
import appConfig from '../vite.config.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export default mergeConfig(appConfig, {
  root: repoRoot,
  build: {
    outDir: 'bench/results/site',
    emptyOutDir: true,
    rolldownOptions: { input: { reference: 'bench/reference.html', stress: 'bench/stress.html' } },
  },
});
