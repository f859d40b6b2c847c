// How many different articles report an event or claim. An article that is
// cited twice for one event (two quotes) still counts once.
import type { Citation } from '../data/schema';

export function articleCount(citations: readonly Pick<Citation, 'source'>[]): number {
  return new Set(citations.map((c) => c.source)).size;
}
