// Every source of an event or claim: the outlet (as far as the article shows
// it), headline and date, and the verbatim quote.
import type { Citation, SourceRecord } from '../data/schema';
import { formatDay } from '../dates';

function outletText(source: SourceRecord): string {
  const inferredOutlet = source.inferred.some((i) => i.field === 'outlet');
  if (!source.outlet) return 'Outlet not named in the text';
  return inferredOutlet ? `${source.outlet} (inferred)` : source.outlet;
}

interface Props {
  citations: readonly Citation[];
  sources: ReadonlyMap<string, SourceRecord>;
}

export function SourceList({ citations, sources }: Props) {
  return (
    <ol className="source-list">
      {citations.map((c, i) => {
        const source = sources.get(c.source);
        return (
          <li key={`${c.source}-${i}`} className="source" data-source={c.source}>
            <div className="source-meta">
              <strong className="source-outlet">{source ? outletText(source) : c.source}</strong>
              {source?.headline && <span className="source-headline">{source.headline}</span>}
              {source?.publishedDate && <span className="source-date">{formatDay(source.publishedDate)}</span>}
              {source?.byline && <span className="source-byline">{source.byline}</span>}
            </div>
            <blockquote className="source-quote">{c.quote}</blockquote>
          </li>
        );
      })}
    </ol>
  );
}
