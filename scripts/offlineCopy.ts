// The offline copy: a service worker (vite-plugin-pwa, Workbox's generateSW)
// that precaches every file the build ships, so that a second visit opens the
// whole map with no network at all; and the web manifest with its icons, so a
// phone can install the map. Build only; the page registers the worker itself
// (src/offline/registerWorker.ts), from a module, as the CSP asks.
//
// How a new deployment arrives (src/offline/registerWorker.ts does the page's
// half): every file is in the precache manifest with a revision (hashed names
// under assets/, an MD5 for index.html and the rest), so the old worker only
// ever serves the old build, whole. The next visit after a deployment opens
// from that old copy while the browser fetches the new sw.js; the new worker
// downloads the whole new build into its cache, then takes over at once
// (skipWaiting, clientsClaim in src/offline/sw.ts), and each open page reloads once, onto the new
// build, with the notice "This map was updated". Waiting for every old tab to
// close instead would also never mix builds, but a reader who keeps one tab
// (a phone does) would see the update only visits later, if ever.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { SEA } from '../src/map/mapColours.ts';
import { appIcon } from './appIcon.ts';

/**
 * Workbox leaves any file bigger than this out of the precache (its default
 * is 2 MiB); vite-plugin-pwa then fails the build, which is what we want: a
 * map that opens offline without its zones would be worse than a failed build.
 * The biggest file today is the zones at about 300 KB.
 */
export const PRECACHE_FILE_LIMIT = 2 * 1024 * 1024;

/** Every kind of file the build writes: the page, its code and styles, the data, the basemap, the icons (vite-plugin-pwa adds the manifest). */
const PRECACHED = ['**/*.{html,js,css,json,geojson,png}'];

/**
 * The app's colours: the ink of its text (src/styles.css) behind the icon's
 * pin, the sea of the map (src/map/mapColours.ts) as the pin and as the splash
 * screen's background.
 */
const INK = '#1d2430';

/** The icons the manifest lists, written at the root of dist/ (192 and 512 are what Android asks for; 180 is iOS's). */
const ICONS = [
  { file: 'icon-192.png', size: 192 },
  { file: 'icon-512.png', size: 512 },
];
const APPLE_TOUCH_ICON = { file: 'apple-touch-icon.png', size: 180 };

interface Names {
  title: string;
  shortTitle: string | undefined;
  description: string | undefined;
}

/**
 * The story's names, for the manifest. Read here without checking: the story
 * plugin (storyPlugin.ts) checks the whole file as the build starts, and
 * stops it when story.json is bad.
 */
function namesOf(dir: string): Names {
  try {
    const story = JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8')) as Partial<Names>;
    return { title: story.title ?? '', shortTitle: story.shortTitle, description: story.description };
  } catch {
    return { title: '', shortTitle: undefined, description: undefined };
  }
}

/** The plugins for `dir`, the story folder (GEO_DIR). */
export function offlineCopy({ dir }: { dir: string }): Plugin[] {
  const { title, shortTitle, description } = namesOf(dir);
  const icons: Plugin = {
    name: 'app-icons',
    apply: 'build',
    generateBundle() {
      for (const { file, size } of [...ICONS, APPLE_TOUCH_ICON]) {
        this.emitFile({ type: 'asset', fileName: file, source: appIcon(size, { background: INK, pin: SEA }) });
      }
    },
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { name: 'theme-color', content: INK }, injectTo: 'head' },
      { tag: 'link', attrs: { rel: 'apple-touch-icon', href: APPLE_TOUCH_ICON.file }, injectTo: 'head' },
    ],
  };
  return [
    icons,
    ...VitePWA({
      // src/offline/registerWorker.ts registers it; the plugin's own ways are an
      // inline script (refused by the CSP) or a virtual module we do not need.
      injectRegister: false,
      manifest: {
        name: title,
        short_name: shortTitle ?? title,
        // Not package.json's, the plugin's default: the story's, as the page's <meta> (storyPlugin.ts).
        description: description ?? '',
        // The page adds the permalink's hash; the start URL is the default view.
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: INK,
        background_color: SEA,
        icons: ICONS.map(({ file, size }) => ({ src: file, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any maskable' })),
      },
      // Our own worker (src/offline/sw.ts), bundled by Vite like the app:
      // generateSW's Babel and Terser pass took longer than the rest of the build.
      strategies: 'injectManifest',
      srcDir: 'src/offline',
      filename: 'sw.ts',
      injectManifest: {
        globPatterns: PRECACHED,
        maximumFileSizeToCacheInBytes: PRECACHE_FILE_LIMIT,
      },
    }),
  ];
}
