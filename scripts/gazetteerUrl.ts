// Where the story's gazetteer is: `virtual:gazetteer-url` is the URL of
// gazetteer.json in the story folder (GEO_DIR, written by `npm run gazetteer`),
// or null when the folder has none, and then the map simply has no towns. The
// file is imported as `../../geo/gazetteer.json?url&no-inline` from src/map/, as
// if written there by hand, so that the alias for geo/ (vite.config.ts, and
// tests/browser/buildVariant.ts) applies to it as to the other data files
// (scripts/verifiedData.ts does the same for those).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const GAZETTEER_URL_ID = 'virtual:gazetteer-url';

export function gazetteerUrl(): Plugin {
  let root = '';
  return {
    name: 'gazetteer-url',
    configResolved(config) {
      root = config.root;
    },
    resolveId: {
      filter: { id: new RegExp(`^${GAZETTEER_URL_ID}$`) },
      handler: () => `\0${GAZETTEER_URL_ID}`,
    },
    load: {
      // Asked of this module only, not of every module the app imports.
      filter: { id: new RegExp(`^\0${GAZETTEER_URL_ID}$`) },
      async handler() {
        const importer = join(root, 'src', 'map', 'loadGazetteer.ts');
        const resolved = await this.resolve('../../geo/gazetteer.json?url&no-inline', importer);
        // The resolver maps the path through the alias whether or not the file is there.
        if (!resolved || !existsSync(resolved.id.replace(/\?.*$/, ''))) return 'export default null;\n';
        return `export { default } from ${JSON.stringify(resolved.id)};\n`;
      },
    },
  };
}
