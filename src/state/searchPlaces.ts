// Finding a place by any of its names: case, accents, hyphens and apostrophes
// are ignored, so "watiya", "Al Watiya" and "al-Wattiya" find the same base.
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
