// Events × articles: at a glance what each article reports and leaves out,
// for the events in the current filter. On a phone the five articles' columns
// do not fit across, so each event's row reads as a card (styles.css): every
// cell then shows its column's name (data-label, drawn by CSS with empty alt
// text), which a screen reader already has from the column header.
import type { EventView, Model } from '../data/model';
import type { Citation } from '../data/schema';
import { formatPartialDate } from '../dates';
import { articleCount } from '../state/articleCount';
import { articleLabel } from './articleLabel';

interface Props {
  model: Model;
  events: readonly EventView[];
  onSelect: (id: string) => void;
}

interface Row {
  id: string;
  date: string;
  title: string;
  claim: boolean;
  citations: readonly Citation[];
}

export function CoverageMatrix({ model, events, onSelect }: Props) {
  const sources = [...model.sources.values()];
  const rows: Row[] = events.map((e) => ({ id: e.id, date: formatPartialDate(e.date, e.datePrecision), title: e.title, claim: e.status !== 'reported', citations: e.sources }));
  return (
    <>
      <p className="coverage-note">
        {rows.length} events and claims in the current filter. ✓ the article reports it; — it does not. Italic rows are claims or threats.
      </p>
      <div className="table-scroll coverage-scroll" role="region" aria-label="Coverage table" tabIndex={0}>
        <table className="coverage-matrix">
          <caption className="visually-hidden">Which of the {sources.length} articles report each event</caption>
          <thead>
            <tr>
              <th scope="col">Event</th>
              {sources.map((s) => <th key={s.id} scope="col" data-source={s.id}>{articleLabel(s)}</th>)}
              <th scope="col">Articles</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-event={row.id} className={row.claim ? 'coverage-claim' : undefined}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onSelect(row.id)}>
                    <span className="coverage-date">{row.date}</span> {row.title}
                  </button>
                </th>
                {sources.map((s) => {
                  const reports = row.citations.some((c) => c.source === s.id);
                  return (
                    <td key={s.id} data-source={s.id} data-label={articleLabel(s)} className={reports ? 'covered' : 'not-covered'}>
                      <span aria-hidden="true">{reports ? '✓' : '—'}</span>
                      <span className="visually-hidden">{reports ? 'reported' : 'not reported'}</span>
                    </td>
                  );
                })}
                <td className="coverage-count" data-label="Articles">{articleCount(row.citations)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Events each article reports</th>
              {sources.map((s) => (
                <td key={s.id} data-label={articleLabel(s)}>{rows.filter((r) => r.citations.some((c) => c.source === s.id)).length}</td>
              ))}
              <td className="coverage-empty" />
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
