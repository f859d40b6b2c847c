/// <reference lib="webworker" />
// The offline copy's service worker, built into dist/sw.js by vite-plugin-pwa
// (scripts/offlineCopy.ts), which writes the build's file list with their
// revisions where self.__WB_MANIFEST stands. It answers the page's own
// requests from that precache, and navigations (any permalink, any path) with
// the precached index.html; anything else (OpenStreetMap's tiles) goes to the
// network as if there were no worker. Why it takes over at once: see
// registerWorker.ts.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, type PrecacheEntry, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

void self.skipWaiting();
clientsClaim();
precacheAndRoute(self.__WB_MANIFEST);
// Caches of older Workbox versions' formats; the old build's entries in the current cache go on activation.
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));
