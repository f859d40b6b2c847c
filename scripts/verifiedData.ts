// Validates geo/ when the app is built, and hands the app what it needs to
// trust those files without validating them again in every reader's browser:
// the SHA-256 of each file as validated, and the geometry derived from them
// (label points, route lengths; src/data/deriveGeometry.ts). The app imports
// them as `virtual:verified-data` (src/main.tsx); any file whose bytes differ
// at run time is validated in the browser as before (src/data/appModel.ts).
// A build of invalid data fails here, whatever command started it. The dev
// server gives null: data being edited is always validated in the browser.
// The validator is loaded through tsx when the build starts, not imported
// here, so that Vite's config (which imports this file) stays small.
// It also tells the app where each file of the table (src/data/dataFiles.ts)
// is: `virtual:data-file-urls` imports each as `../../geo/<name>?url&no-inline`
// from src/data/, as if written there by hand, so that a new row needs no
// import of its own and an alias for geo/ (tests/browser/buildVariant.ts)
// still applies.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import { DATA_FILES } from '../src/data/dataFiles.ts';
import { reuseVerifiedData } from './verifiedDataCache.ts';
import type { verifyGeoDir as VerifyGeoDir } from './verifyGeoDir';

export const VIRTUAL_ID = 'virtual:verified-data';
export const DATA_FILE_URLS_ID = 'virtual:data-file-urls';

interface Paths {
  /** the geo/ folder */
  dir: string;
  /** the article texts its quotes are checked against, when the folder is there */
  articlesDir: string;
  /** scripts/verifyGeoDir.ts (this file is bundled into Vite's config, so it cannot find it itself) */
  verifier: string;
}

export function verifiedData({ dir, articlesDir, verifier }: Paths): Plugin {
  let module = 'export default null;';
  let isBuild = false;
  let root = '';
  return {
    name: 'verified-data',
    configResolved(config) {
      isBuild = config.command === 'build';
      root = config.root;
    },
    async buildStart() {
      if (!isBuild) return;
      // Validated in full already in this run (npm test, npm run build: validateOnce.ts), for these very bytes.
      let verified = reuseVerifiedData(dir, articlesDir);
      if (!verified) {
        const url = pathToFileURL(verifier).href;
        const { verifyGeoDir } = (await tsImport(url, url)) as { verifyGeoDir: typeof VerifyGeoDir };
        verified = verifyGeoDir(dir, articlesDir);
      }
      module = `export default ${JSON.stringify(verified)};`;
      for (const { name } of DATA_FILES) this.addWatchFile(join(dir, name));
    },
    resolveId(id) {
      return id === VIRTUAL_ID || id === DATA_FILE_URLS_ID ? `\0${id}` : null;
    },
    async load(id) {
      if (id === `\0${VIRTUAL_ID}`) return module;
      if (id !== `\0${DATA_FILE_URLS_ID}`) return null;
      const importer = join(root, 'src', 'data', 'fetchDataFiles.ts');
      const imports: string[] = [];
      const entries: string[] = [];
      for (const [i, { name }] of DATA_FILES.entries()) {
        // A file that is not there gets no URL: the app reports it as missing.
        const resolved = await this.resolve(`../../geo/${name}?url&no-inline`, importer);
        // An alias resolves a file whether it is there or not; an optional one (narratives.json) may not be.
        if (!resolved || !existsSync(resolved.id.split('?')[0] ?? '')) continue;
        imports.push(`import url${i} from ${JSON.stringify(resolved.id)};`);
        entries.push(`${JSON.stringify(name)}: url${i}`);
      }
      return `${imports.join('\n')}\nexport default { ${entries.join(', ')} };\n`;
    },
  };
}
