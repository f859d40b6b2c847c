// The story's towns (geo/gazetteer.json, made by `npm run gazetteer`), fetched
// once, after the basemap: they are not part of the first view, so they must
// not compete with what draws it. The town labels and search share this promise.
// no-inline: see loadBasemap.ts (the page's CSP does not let fetch load data: URLs).
import gazetteerUrl from '../../geo/gazetteer.json?url&no-inline';
import type { Town } from '../data/gazetteer';
import { loadBasemap } from './loadBasemap';

let pending: Promise<readonly Town[]> | null = null;

export function loadGazetteer(): Promise<readonly Town[]> {
  pending ??= loadBasemap()
    .catch(() => undefined)
    .then(() => fetch(gazetteerUrl))
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
