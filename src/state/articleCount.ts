// How many different articles report an event or claim. An article that is
// cited twice for one event (two quotes) still counts once.
import type { Citation } from '../data/schema';

export function articleCount(citations: readonly Pick<Citation, 'source'>[]): number {
  // Most events cite one article; a Set for each of 100,000 of them is what a first render would wait on.
  if (citations.length <= 1) return citations.length;
  return new Set(citations.map((c) => c.source)).size;
}
