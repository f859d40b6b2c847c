// Lets the page ask for what the map waits for while the HTML is still being
// read, instead of once the entry script has arrived and run: the first
// view's chunk (Leaflet and the map object, src/map/firstView.ts), the data
// loader's (src/data/appModel.ts) and the ones they import, as modulepreload, and the data files and the basemap as fetch
// preloads, which the entry's own fetch() calls then take over (same URL,
// same mode: cors with same-origin credentials, hence `crossorigin`). The
// entry asks for the very same files itself (src/main.tsx), so a browser that
// ignores the hints loads the page as before. index.html only: the bench's
// pages are measured as they are.
import type { Plugin } from 'vite';
import { DATA_FILES } from '../src/data/dataFiles.ts';
import { STORY_ID } from './storyPlugin.ts';

/** The story folder's files the first view fetches: the data files and the basemap. */
const FETCHED = new Set([...DATA_FILES.map((f) => f.name), 'basemap.json']);

/**
 * The modules the map waits for: the entry's (src/main.tsx, in `boot` but for
 * itself), then what the first view (src/map/firstView.ts) and the data's
 * loader (src/data/appModel.ts) import, statically, and the entry does not. Filled as the build's module graph is
 * complete (buildEnd), read as chunks are formed (vite.config.ts,
 * firstViewChunks), so that those modules come as three chunks instead of a
 * score of small shared ones: each chunk is a request, an import statement
 * in its importers and a gzip stream of its own (about 0.2 KB each here), and
 * all of it is JS the map waits for.
 */
const groups = { boot: new Set<string>(), firstView: new Set<string>(), appModel: new Set<string>(), app: new Set<string>(), later: new Set<string>() };

/**
 * The app's chunk (src/renderApp.tsx, its facade and the group it re-exports
 * from), as the bundle names them: recorded as the bundle is written
 * (generateBundle, before Vite writes each dynamic import's preload list),
 * read by appPreload.
 */
const appFiles = new Set<string>();

/**
 * For build.modulePreload.resolveDependencies: the files a dynamic import
 * asks for as it starts. For the app's own import (src/openApp.ts asks for it
 * as the first view starts), its chunk and the chunk it re-exports from, so
 * that both download and compile while the map is drawn, instead of one after
 * the other once the main thread is free. For every other import none: what
 * the map waits for is preloaded by index.html, the rest comes when asked
 * for. Stylesheets are Vite's to preload in either case.
 */
export const appPreload = {
  polyfill: false,
  resolveDependencies: (file: string, deps: string[]): string[] => (appFiles.has(file) ? [file, ...deps] : []),
};

/** The modules the map loads when first idle after the first view: the later layers (StoryMap.ts) and the place names' placement. */
const LATER = ['src/map/townLabelsLayer.ts', 'src/map/placeNames.ts', 'src/map/zoneChangeLabelLayer.ts', 'src/map/regionOutlineLayer.ts'];

/** For build.rolldownOptions.output.codeSplitting: the entry's modules, the first view's, the data loader's, the app's, each in a chunk. */
export const firstViewChunks = {
  groups: (Object.keys(groups) as (keyof typeof groups)[]).map((name) => ({ name, test: (id: string) => groups[name].has(id) })),
  // Not the entry's modules that the first view imports too (performanceMarks.ts…): in a group,
  // the entry would import them from it, and wait for the whole chunk before it could start.
  includeDependenciesRecursively: false,
};

/**
 * The story's fields only the parts a reader opens read (the About dialog's
 * text, the words that compare sources in the detail panel), never the first
 * view or the rest of the app: those parts put them back on the story as
 * they load (src/storyText.ts, src/lazyParts.tsx).
 */
const STORY_TEXT = ['description', 'about', 'vocabulary'] as const;
const STORY_TEXT_ID = 'virtual:story-text';

/** What the build's transform of virtual:story took out, for virtual:story-text. */
let storyTextTaken: Record<string, unknown> | null = null;

type StoryObject = Record<string, unknown> & { gazetteer?: { aliases?: { reference?: string }[] } };

function storyOf(code: string, error: (message: string) => never): StoryObject {
  const json = /^export default (.*);$/s.exec(code)?.[1];
  if (json === undefined) error(`preload-first-view: ${STORY_ID} is not the one object storyPlugin.ts writes`);
  return JSON.parse(json) as StoryObject;
}

/**
 * virtual:story-text, in every build and the dev server: the STORY_TEXT
 * fields of the story when the build took them out of virtual:story, none
 * otherwise (the dev server and the tests keep the story whole).
 */
function storyText(): Plugin {
  let build = false;
  return {
    name: 'story-text',
    configResolved(config) {
      build = config.command === 'build';
    },
    resolveId(id) {
      return id === STORY_TEXT_ID ? `\0${STORY_TEXT_ID}` : null;
    },
    async load(id) {
      if (id !== `\0${STORY_TEXT_ID}`) return null;
      if (!build) return 'export default {};';
      // The story loaded and transformed first: the transform (above) keeps what it took out.
      await this.load({ id: `\0${STORY_ID}` });
      if (!storyTextTaken) this.error(`story-text: ${STORY_ID} was not transformed`);
      return `export default ${JSON.stringify(storyTextTaken)};`;
    },
  };
}

export function preloadFirstView(options: { entry?: string; loader?: string; main?: string; app?: string } = {}): Plugin[] {
  return [firstViewChunksPlugin(options), storyText()];
}

function firstViewChunksPlugin({ entry = 'src/map/firstView.ts', loader = 'src/data/appModel.ts', main = 'src/main.tsx', app = 'src/renderApp.tsx' }): Plugin {
  return {
    name: 'preload-first-view',
    apply: 'build',
    // The story as the first view's chunk carries it (virtual:story,
    // storyPlugin.ts): without the sources of the towns' other names
    // (story.json gazetteer.aliases[].reference), which are for whoever checks
    // the data and which no page reads, and without the words of the parts a
    // reader opens (STORY_TEXT), which come with them (virtual:story-text,
    // src/storyText.ts); about 2.4 KB gzip of JS the map waits for.
    transform(code, id) {
      if (id !== `\0${STORY_ID}`) return null;
      const story = storyOf(code, this.error.bind(this));
      for (const alias of story.gazetteer?.aliases ?? []) delete alias.reference;
      storyTextTaken = Object.fromEntries(STORY_TEXT.filter((k) => k in story).map((k) => [k, story[k]]));
      for (const key of STORY_TEXT) delete story[key];
      return { code: `export default ${JSON.stringify(story)};`, map: null };
    },
    buildEnd(error) {
      if (error) return;
      const ids = [...this.getModuleIds()];
      const find = (path: string) => ids.find((id) => id.endsWith(`/${path}`));
      const closure = (from: string | undefined, into = new Set<string>()): Set<string> => {
        if (!from || into.has(from)) return into;
        into.add(from);
        for (const id of this.getModuleInfo(from)?.importedIds ?? []) closure(id, into);
        return into;
      };
      for (const group of Object.values(groups)) group.clear();
      // Another page's build (the bench's reference and stress pages) is chunked as Vite does by default.
      if (!find(main)) return;
      const entryModules = closure(find(main));
      for (const id of entryModules) if (id !== find(main)) groups.boot.add(id);
      for (const id of closure(find(entry))) if (!entryModules.has(id)) groups.firstView.add(id);
      for (const id of closure(find(loader))) if (!entryModules.has(id) && !groups.firstView.has(id)) groups.appModel.add(id);
      // The app's chunk whole too (React, the toolbar, panels and timeline): the parts opened later import from it.
      const before = new Set([...entryModules, ...groups.firstView, ...groups.appModel]);
      for (const id of closure(find(app))) if (!before.has(id)) groups.app.add(id);
      // What the map asks for at its first idle moment after the first view (map/laterLayer.ts,
      // map/placeNamesCode.ts), all at once: one chunk, not seven small ones with their imports and gzip streams.
      for (const path of LATER) for (const id of closure(find(path))) if (!before.has(id) && !groups.app.has(id)) groups.later.add(id);
    },
    generateBundle(_, bundle) {
      appFiles.clear();
      for (const file of Object.values(bundle)) if (file.type === 'chunk' && file.facadeModuleId?.endsWith(`/${app}`)) appFiles.add(file.fileName);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle, path }) {
        if (!bundle || path !== '/index.html') return;
        const chunks = Object.values(bundle).filter((f) => f.type === 'chunk');
        const first = chunks.find((c) => c.facadeModuleId?.endsWith(`/${entry}`));
        if (!first) throw new Error(`preload-first-view: no chunk for ${entry}`);
        // The chunk and what it imports statically, each once.
        const modules = new Set<string>();
        const add = (fileName: string) => {
          if (modules.has(fileName)) return;
          modules.add(fileName);
          const chunk = chunks.find((c) => c.fileName === fileName);
          for (const imported of chunk?.imports ?? []) add(imported);
        };
        add(first.fileName);
        // The data's loader too: the map waits for it as well (src/main.tsx imports it beside the map's chunk).
        const loading = chunks.find((c) => c.facadeModuleId?.endsWith(`/${loader}`));
        if (loading) add(loading.fileName);
        // Vite preloads the entry's own imports already.
        for (const href of modules) if (html.includes(`/${href}"`)) modules.delete(href);
        const fetched = Object.values(bundle)
          .filter((f) => f.type === 'asset' && f.names.some((n) => FETCHED.has(n)))
          .map((f) => f.fileName);
        return [
          ...[...modules].map((href) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${href}` }, injectTo: 'head' as const })),
          ...fetched.map((href) => ({ tag: 'link', attrs: { rel: 'preload', as: 'fetch', crossorigin: true, href: `./${href}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}
