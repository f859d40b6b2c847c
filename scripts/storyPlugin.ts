// The story reaches the app as `virtual:story`: the story folder's story.json,
// checked against src/data/storySchema.ts when the build (or the dev server,
// or a test run) starts, and inlined into the entry as a plain object. A bad
// story stops the build with every problem listed. The page's <title> and
// description are written from it too, so the HTML names the story before any
// script runs.
//
// Why a build-time module, not a field of the data model: the first view needs
// the story (default frame, date window, colours) before the data files are
// fetched, the story is small (a few KB), and it is the same for every reader,
// so checking it once at build time costs the browser nothing. The data files
// keep their own path (fetched, checksummed; scripts/verifiedData.ts).
// The checker is loaded through tsx, as verifiedData.ts does, so that Vite's
// config (which imports this file) stays small.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import type { readStory as ReadStory } from '../src/data/readStory';
import type { Story } from '../src/data/storySchema';

export const STORY_ID = 'virtual:story';

interface Paths {
  /** the story folder (GEO_DIR, default geo/) */
  dir: string;
  /** src/data/readStory.ts (this file is bundled into Vite's config, so it cannot find it itself) */
  reader: string;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function storyPlugin({ dir, reader }: Paths): Plugin {
  let story: Promise<Story> | null = null;
  const load = (): Promise<Story> => {
    story ??= (async () => {
      const url = pathToFileURL(reader).href;
      const { readStory } = (await tsImport(url, url)) as { readStory: typeof ReadStory };
      return readStory(dir);
    })();
    return story;
  };
  return {
    name: 'story',
    async buildStart() {
      // Fails the build at once, before anything is bundled, on a bad story.
      await load();
      this.addWatchFile(join(dir, 'story.json'));
    },
    watchChange(id) {
      if (id === join(dir, 'story.json')) story = null;
    },
    resolveId(id) {
      return id === STORY_ID ? `\0${STORY_ID}` : null;
    },
    async load(id) {
      if (id !== `\0${STORY_ID}`) return null;
      return `export default ${JSON.stringify(await load())};`;
    },
    async transformIndexHtml(html) {
      const { title, description } = await load();
      const withTitle = html.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`);
      return description === undefined
        ? withTitle.replace(/\s*<meta name="description"[^>]*>/, '')
        : withTitle.replace(/<meta name="description" content="[^"]*"/, `<meta name="description" content="${escapeHtml(description)}"`);
    },
  };
}
