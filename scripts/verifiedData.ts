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
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import { DATA_FILES } from '../src/data/dataFiles.ts';
import type { verifyGeoDir as VerifyGeoDir } from './verifyGeoDir';

export const VIRTUAL_ID = 'virtual:verified-data';

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
  return {
    name: 'verified-data',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    async buildStart() {
      if (!isBuild) return;
      const url = pathToFileURL(verifier).href;
      const { verifyGeoDir } = (await tsImport(url, url)) as { verifyGeoDir: typeof VerifyGeoDir };
      module = `export default ${JSON.stringify(verifyGeoDir(dir, articlesDir))};`;
      for (const { name } of DATA_FILES) this.addWatchFile(join(dir, name));
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : null;
    },
    load(id) {
      return id === `\0${VIRTUAL_ID}` ? module : null;
    },
  };
}
