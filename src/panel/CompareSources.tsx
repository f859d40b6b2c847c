// The articles side by side for one event or claim: each article's quote, or
// "Not reported", and what in its quoted words differs from the others.
import type { Citation, SourceRecord } from '../data/schema';
import { compareSources, type ComparisonRow, type Difference, type DifferenceKind } from '../state/compareSources';
import { compileVocabulary } from '../state/quoteMentions';
import { STORY } from '../story';
import { articleLabel } from './articleLabel';

/** The story's spellings and framing words, made into patterns once. */
const VOCABULARY = compileVocabulary(STORY.vocabulary);

const KIND_LABEL: Record<DifferenceKind, string> = {
  number: 'Number',
  date: 'Date',
  spelling: 'Spelling',
  framing: 'Framing',
};

interface Props {
  citations: readonly Citation[];
  sources: ReadonlyMap<string, SourceRecord>;
}

/** The words in one row that take part in a difference, labelled by kind. */
function rowDifferences(row: ComparisonRow, differences: readonly Difference[]): { kind: DifferenceKind; text: string }[] {
  const out: { kind: DifferenceKind; text: string }[] = [];
  for (const d of differences) {
    const mentions =
      d.kind === 'number' ? row.numbers
        : d.kind === 'date' ? row.dates
          : d.kind === 'framing' ? row.framing
            : row.spellings.filter((s) => s.group === d.subject);
    for (const m of mentions) out.push({ kind: d.kind, text: m.text });
    if (mentions.length === 0 && d.silent.includes(row.source.id)) out.push({ kind: d.kind, text: d.kind === 'framing' ? 'none of the listed words' : 'none given' });
  }
  return out;
}

function differenceText(d: Difference, sources: ReadonlyMap<string, SourceRecord>): string {
  const name = (id: string) => {
    const s = sources.get(id);
    return s ? articleLabel(s) : id;
  };
  const parts = d.variants.map((v) => `“${v.text}” (${v.sources.map(name).join(', ')})`);
  if (d.silent.length > 0) parts.push(`${d.kind === 'framing' ? 'none of these words' : 'none'} (${d.silent.map(name).join(', ')})`);
  return parts.join('; ');
}

const SUBJECT_LABEL: Record<Exclude<DifferenceKind, 'spelling'>, string> = {
  number: 'Numbers',
  date: 'Dates',
  framing: 'Framing words',
};

// What the comparison looks at, said where its results are read: a row with none of these
// differences may still tell the event otherwise ('targeted' against 'destroyed').
const COMPARED = 'Differences are looked for in the quoted words only, not in the whole articles, and only in numbers, dates, spellings of names and framing words: read the quotes for the rest.';
const NONE_FOUND = 'None found in numbers, dates, spellings or framing words';

export function CompareSources({ citations, sources }: Props) {
  const { rows, differences } = compareSources(citations, sources.values(), VOCABULARY);
  return (
    <section className="compare-sources" aria-labelledby="compare-title">
      <h3 id="compare-title">Compare sources</h3>
      <p className="compare-note">{COMPARED}</p>
      {differences.length === 0 ? (
        <p className="compare-agree">The quoted words agree on numbers, dates, names and framing words.</p>
      ) : (
        <>
          <h4>Where they differ, in the quoted words</h4>
          <ul className="compare-differences">
            {differences.map((d) => (
              <li key={`${d.kind}-${d.subject}`} className={`difference difference-${d.kind}`}>
                <strong>{d.kind === 'spelling' ? `Spelling of ${d.subject}` : SUBJECT_LABEL[d.kind]}:</strong> {differenceText(d, sources)}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="table-scroll" role="region" aria-label="Articles side by side" tabIndex={0}>
        <table className="compare-table">
          <caption className="visually-hidden">Each article's quote and where its quoted words differ</caption>
          <thead>
            <tr>
              <th scope="col">Article</th>
              <th scope="col">In its words</th>
              <th scope="col">Differs in</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const marks = rowDifferences(row, differences);
              return (
                <tr key={row.source.id} data-source={row.source.id} className={row.reported ? 'reported' : 'not-reported'}>
                  <th scope="row">{articleLabel(row.source)}</th>
                  <td>
                    {row.reported
                      ? row.quotes.map((q, i) => <blockquote key={i} className="compare-quote">{q}</blockquote>)
                      : <span className="not-reported-text">Not reported</span>}
                  </td>
                  <td>
                    {!row.reported ? <span aria-label="nothing to compare">—</span> : marks.length === 0 ? NONE_FOUND : (
                      <ul className="compare-marks">
                        {marks.map((m, i) => (
                          <li key={i} className={`mark mark-${m.kind}`}><span className="mark-kind">{KIND_LABEL[m.kind]}:</span> {m.text}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
