// The story's towns (gazetteer.json of the story folder, made by `npm run
// gazetteer`), fetched once, after the basemap: they are not part of the first
// view, so they must not compete with what draws it. The town labels and search
// share this promise. A story folder without a gazetteer has no towns: the
// promise gives none, and nothing credits GeoNames (hasGazetteer).
// The URL comes from the build (scripts/gazetteerUrl.ts), fetched, not inlined:
// the page's CSP does not let fetch load data: URLs (see loadBasemap.ts).
import gazetteerUrl from 'virtual:gazetteer-url';
import type { Town } from '../data/gazetteer';
import { loadBasemap } from './loadBasemap';

/** Whether this build has towns at all (the story folder has a gazetteer.json). */
export const hasGazetteer: boolean = gazetteerUrl !== null;

const NO_TOWNS: readonly Town[] = [];

let pending: Promise<readonly Town[]> | null = null;

export function loadGazetteer(): Promise<readonly Town[]> {
  if (gazetteerUrl === null) return Promise.resolve(NO_TOWNS);
  const url = gazetteerUrl;
  pending ??= loadBasemap()
    .catch(() => undefined)
    .then(() => fetch(url))
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<{ towns: Town[] }>;
    })
    .then((file) => file.towns)
    .catch((error: unknown) => {
      // A failed load is not kept: the next one to ask tries again.
      pending = null;
      throw error;
    });
  return pending;
}
