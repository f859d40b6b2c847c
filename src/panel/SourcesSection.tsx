// An event's or claim's sources in the detail panel: how many of the articles
// report it, then either each article's quote or the articles side by side.
import { useState } from 'react';
import type { Citation, SourceRecord } from '../data/schema';
import { articleCount } from '../state/articleCount';
import { CompareSources } from '../lazyParts';
import { SourceList } from './SourceList';

interface Props {
  citations: readonly Citation[];
  sources: ReadonlyMap<string, SourceRecord>;
}

export function SourcesSection({ citations, sources }: Props) {
  const [comparing, setComparing] = useState(false);
  return (
    <>
      <div className="sources-head">
        <h3 className="coverage">{`Reported by ${articleCount(citations)} of the ${sources.size} articles`}</h3>
        <button type="button" className="compare-toggle" aria-pressed={comparing} onClick={() => setComparing((c) => !c)}>
          Compare sources
        </button>
      </div>
      {comparing ? <CompareSources citations={citations} sources={sources} /> : <SourceList citations={citations} sources={sources} />}
    </>
  );
}
