// A short name for an article in tables and lists: the one name readers see
// for it everywhere, in panels and in the data's summaries and notes
// (geo/sources.json readerName). Three of the five articles name no outlet, so
// older records without that name fall back to the outlet, the headline, or a
// plain "Unnamed article" — never the record id, which readers should not see.
import type { SourceRecord } from '../data/schema';

export function articleLabel(source: SourceRecord): string {
  if (source.readerName) return source.readerName;
  if (source.outlet) return source.outlet;
  if (source.headline) return `“${source.headline}”`;
  return source.publishedDate ? `Unnamed article of ${source.publishedDate}` : 'Unnamed, undated article';
}
