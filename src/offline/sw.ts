/// <reference lib="webworker" />
// The offline copy's service worker, built into dist/sw.js by vite-plugin-pwa
// (scripts/offlineCopy.ts), which writes the build's file list with their
// revisions where self.__WB_MANIFEST stands. It answers the page's own
// requests from that precache, and navigations (any permalink, any path) with
// the precached index.html; anything else (OpenStreetMap's tiles) goes to the
// network as if there were no worker. Why it takes over at once: see
// registerWorker.ts.
// Written out rather than with Workbox: these few lines are all of Workbox the
// map used, and every first visit downloads the worker (npm run bench counts
// it in "all JS"): about 1 KB gzip instead of 6.
// One cache per build, named by the revisions of all its files: a new
// deployment fills a cache of its own while the old one goes on serving the
// old build whole; once it is full the new worker takes over and deletes the
// old cache, so the two builds never mix.

// A module (its own scope), as vite-plugin-pwa builds it.
export {};

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: ({ url: string; revision: string | null } | string)[] };

const FILES = self.__WB_MANIFEST.map((entry) => (typeof entry === 'string' ? { url: entry, revision: null } : entry));
const SCOPE = self.registration.scope;
const urlOf = (path: string): string => new URL(path, SCOPE).href;
const PRECACHED = new Set(FILES.map((f) => urlOf(f.url)));
const INDEX = urlOf('index.html');
/** This scope's caches start so (a site may hold other apps in other folders). */
const PREFIX = `offline-copy ${SCOPE} `;
const CACHE = `${PREFIX}${fnv1a(FILES.map((f) => `${f.url} ${f.revision ?? ''}`).join('\n'))}`;
/** The cache of the Workbox worker this one replaces (workbox-core's name for it). */
const WORKBOX_CACHE = `workbox-precache-v2-${SCOPE}`;

/** A short hash of `text` (FNV-1a, 32 bits), to name the cache: not for security. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // From the server, not from the browser's HTTP cache, which may hold the old index.html.
      await Promise.all(
        [...PRECACHED].map(async (url) => {
          const response = await fetch(new Request(url, { cache: 'reload', credentials: 'same-origin' }));
          // A file that did not come fails the install: the old copy goes on serving its build whole.
          if (!response.ok) throw new Error(`offline copy: ${url} answered ${response.status}`);
          await cache.put(url, response);
        }),
      );
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name === WORKBOX_CACHE || (name.startsWith(PREFIX) && name !== CACHE)) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.hash = '';
  const key = request.mode === 'navigate' && url.href.startsWith(SCOPE) ? INDEX : url.href;
  if (!PRECACHED.has(key)) return;
  event.respondWith(
    (async () => (await (await caches.open(CACHE)).match(key)) ?? fetch(request))(),
  );
});
