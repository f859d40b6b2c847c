// A short name for an article in tables and lists. Three of the five name no
// outlet (geo/sources.json says why), so the headline or the id stands in.
import type { SourceRecord } from '../data/schema';

export function articleLabel(source: SourceRecord): string {
  if (source.outlet) return source.outlet;
  if (source.headline) return `“${source.headline}”`;
  return `Unnamed article (${source.id})`;
}
