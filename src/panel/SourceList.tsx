// Every source of an event or claim: the article by the one name readers see
// for it everywhere (articleLabel), what else the article shows of itself, and
// the verbatim quote.
import type { Citation, SourceRecord } from '../data/schema';
import { formatDay } from '../dates';
import { articleLabel } from './articleLabel';

/** The outlet as the text shows it, or that it shows none; what the name already says is not said twice. */
function outletText(source: SourceRecord, name: string): string | null {
  if (!source.outlet) return 'outlet not named in the text';
  if (name.includes(source.outlet)) return null;
  return source.outlet;
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
        const name = source ? articleLabel(source) : 'An article not in this map’s list';
        const outlet = source && outletText(source, name);
        const headline = source?.headline && !name.includes(source.headline) ? source.headline : null;
        const date = source?.publishedDate && !name.includes(formatDay(source.publishedDate)) ? formatDay(source.publishedDate) : null;
        return (
          <li key={`${c.source}-${i}`} className="source" data-source={c.source}>
            <div className="source-meta">
              <strong className="source-name">{name}</strong>
              {outlet && <span className="source-outlet">{outlet}</span>}
              {headline && <span className="source-headline">{headline}</span>}
              {date && <span className="source-date">{date}</span>}
              {source?.byline && <span className="source-byline">{source.byline}</span>}
            </div>
            <blockquote className="source-quote">{c.quote}</blockquote>
          </li>
        );
      })}
    </ol>
  );
}
