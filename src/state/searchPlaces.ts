// Finding a place by any of its names: case, accents, hyphens and apostrophes
// are ignored, so "watiya", "Al Watiya" and "al-Wattiya" find the same base.
import MiniSearch from 'minisearch';
import type { LocationFeature } from '../data/schema';

export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-‐‑'’ʼ`ʻ.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface PlaceMatch {
  id: string;
  name: string;
  /** the alias that matched, when it was not the name */
  matched: string | null;
}

export function searchPlaces(locations: Iterable<LocationFeature>, query: string, limit = 8): PlaceMatch[] {
  const q = foldName(query);
  if (q.length === 0) return [];
  const scored: { match: PlaceMatch; score: number }[] = [];
  for (const loc of locations) {
    const { id, name, aliases } = loc.properties;
    let best: { score: number; matched: string | null } | null = null;
    for (const [i, candidate] of [name, ...aliases].entries()) {
      const folded = foldName(candidate);
      const at = folded.indexOf(q);
      if (at < 0) continue;
      const wordStart = at === 0 || folded[at - 1] === ' ';
      const score = (at === 0 ? 0 : wordStart ? 1 : 2) * 10 + (i === 0 ? 0 : 1);
      if (!best || score < best.score) best = { score, matched: i === 0 ? null : candidate };
    }
    if (best) scored.push({ match: { id, name, matched: best.matched }, score: best.score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.match.name.localeCompare(b.match.name))
    .slice(0, limit)
    .map((s) => s.match);
}

/** What the search box lists: a place of the story, a town of the gazetteer, or an event. */
export type SearchHit =
  | { kind: 'place'; id: string; name: string; matched: string | null }
  | { kind: 'town'; id: string; name: string; matched: string | null; at: [number, number] }
  | { kind: 'event'; id: string; name: string; matched: null; date: string };

/** A town as search needs it (data/gazetteer.ts Town). */
export interface SearchTown {
  id: string;
  name: string;
  alt?: readonly string[];
  lat: number;
  lng: number;
}

/** An event as search needs it: the words it is found by. */
export interface SearchEvent {
  id: string;
  title: string;
  summary: string;
  actors: readonly string[];
  date: string;
}

interface Doc {
  key: string;
  names: string;
  title: string;
  actors: string;
  summary: string;
}

/**
 * A search over the story's places, the gazetteer's towns and the events. The
 * places keep searchPlaces' rules (a name or alias that holds the query comes
 * first); then MiniSearch, which forgives a typo or two ("Misurata" finds
 * Misrata, "Gharian" Gharyan) and finds events by title, actor and the words
 * of their summaries (the spellings the articles use: "Gadhafi", "Kalin").
 * A town that shares a name with a place of the story is left to the place.
 */
export function storySearch(
  places: readonly LocationFeature[],
  towns: readonly SearchTown[],
  events: readonly SearchEvent[],
): (query: string, limit?: number) => SearchHit[] {
  const placeNames = new Set(places.flatMap((p) => [p.properties.name, ...p.properties.aliases].map(foldName)));
  const ownTowns = towns.filter((t) => ![t.name, ...(t.alt ?? [])].some((n) => placeNames.has(foldName(n))));
  const hits = new Map<string, SearchHit>();
  const docs: Doc[] = [];
  for (const p of places) {
    const key = `place:${p.properties.id}`;
    hits.set(key, { kind: 'place', id: p.properties.id, name: p.properties.name, matched: null });
    docs.push({ key, names: [p.properties.name, ...p.properties.aliases].join(' '), title: '', actors: '', summary: '' });
  }
  for (const t of ownTowns) {
    const key = `town:${t.id}`;
    hits.set(key, { kind: 'town', id: t.id, name: t.name, matched: null, at: [t.lat, t.lng] });
    docs.push({ key, names: [t.name, ...(t.alt ?? [])].join(' '), title: '', actors: '', summary: '' });
  }
  for (const e of events) {
    const key = `event:${e.id}`;
    hits.set(key, { kind: 'event', id: e.id, name: e.title, matched: null, date: e.date });
    docs.push({ key, names: '', title: e.title, actors: e.actors.join(' '), summary: e.summary });
  }
  const index = new MiniSearch<Doc>({
    idField: 'key',
    fields: ['names', 'title', 'actors', 'summary'],
    processTerm: (term) => foldName(term) || null,
    searchOptions: {
      // a name counts most: a town called so beats an event that mentions it
      boost: { names: 4, title: 2, actors: 2, summary: 0.5 },
      prefix: true,
      // one edit in five letters, none in short words (too many false friends)
      fuzzy: (term) => (term.length < 4 ? false : 0.2),
      combineWith: 'AND',
    },
  });
  index.addAll(docs);
  const townAlias = new Map(ownTowns.map((t) => [t.id, t]));
  return (query, limit = 8) => {
    if (foldName(query).length === 0) return [];
    const out: SearchHit[] = searchPlaces(places, query, limit).map((m) => ({ kind: 'place', ...m }));
    const seen = new Set(out.map((h) => `place:${h.id}`));
    for (const result of index.search(query)) {
      if (out.length >= limit) break;
      if (seen.has(result.id)) continue;
      const hit = hits.get(result.id);
      if (!hit) continue;
      seen.add(result.id);
      out.push(hit.kind === 'town' ? { ...hit, matched: matchedName(townAlias.get(hit.id)!, query) } : hit);
    }
    return out;
  };
}

/** The name of a town closest to what was typed, when it is not the shown name. */
function matchedName(town: SearchTown, query: string): string | null {
  const q = foldName(query);
  const names = [town.name, ...(town.alt ?? [])];
  const found = names.find((n) => foldName(n).startsWith(q)) ?? null;
  return found === town.name ? null : found;
}
