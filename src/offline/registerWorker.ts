// Registers the offline copy's service worker (sw.js, written by
// scripts/offlineCopy.ts) and moves the page onto a new deployment. Imported
// by main.tsx, which calls registerOfflineCopy once the page is ready; a module
// file, not an inline script, as the page's CSP asks. Build only: the dev server has no sw.js.
//
// Why a reload: the worker serves one build whole, from its precache, and a
// new one takes over as soon as it has cached every new file (skipWaiting,
// clientsClaim), deleting the old files. A page still running the old build
// could then ask for an old chunk that is gone, so every page the old worker
// controlled reloads once, onto the new build, which then says so. A page that
// had no worker (the first visit) keeps running: the worker's copy is the
// build it is already running.
import { whenIdle } from '../whenIdle';
import { rememberUpdate } from './updatedNotice';

/** Relative, like every URL of the build: the map may be served from a sub-folder, which is the worker's scope. */
const WORKER_URL = './sw.js';

function register(): void {
  navigator.serviceWorker.register(WORKER_URL, { scope: './' }).catch(() => {
    // No offline copy (storage refused, a private window): the map works online as before.
  });
}

const supported = import.meta.env.PROD && 'serviceWorker' in navigator;

if (supported) {
  const hadWorker = navigator.serviceWorker.controller !== null;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', function reloadOntoNewBuild() {
    if (!hadWorker || reloading) return;
    reloading = true;
    rememberUpdate();
    location.reload();
  });
}

/**
 * Registers the worker once the page is on screen and usable (main.tsx calls
 * this when the map and the app are in, or the notice of what failed), after
 * the load event, at the next idle moment. The worker then downloads the whole
 * build: started at the load event, that came in the middle of the first view
 * in about half of the loads and made it some 200 ms later (npm run bench).
 */
export function registerOfflineCopy(): void {
  if (!supported) return;
  const later = () => whenIdle(register, 2000);
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, { once: true });
}
