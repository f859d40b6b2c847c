// Lets the page ask for what the map waits for while the HTML is still being
// read, instead of once the entry script has arrived and run: the first
// view's chunk (Leaflet and the map object, src/map/firstView.ts) and the ones
// it imports, as modulepreload, and the data files and the basemap as fetch
// preloads, which the entry's own fetch() calls then take over (same URL,
// same mode: cors with same-origin credentials, hence `crossorigin`). The
// entry asks for the very same files itself (src/main.tsx), so a browser that
// ignores the hints loads the page as before. index.html only: the bench's
// pages are measured as they are.
import type { Plugin } from 'vite';
import { DATA_FILES } from '../src/data/dataFiles.ts';

/** The story folder's files the first view fetches: the data files and the basemap. */
const FETCHED = new Set([...DATA_FILES.map((f) => f.name), 'basemap.json']);

export function preloadFirstView({ entry = 'src/map/firstView.ts' } = {}): Plugin {
  return {
    name: 'preload-first-view',
    apply: 'build',
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
