// Shown instead of the map when data in geo/ arrived but is not valid. A
// reader is told, in plain words, that this is the data's fault (not their
// connection's) and that the site's data author can fix it; the problems
// themselves, by file, record and field, are below a disclosure, for that author.
import { MAX_PROBLEMS_SHOWN } from './data/appModel';
import type { Problem } from './data/model';

export function DataProblems({ problems }: { problems: readonly Problem[] }) {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
  return (
    <main className="fatal" role="alert">
      <h1>The map's data has problems</h1>
      <p>
        The map could not be drawn because some of its data is not valid. Trying again will not help, and it is not your connection:
        the site's data author can fix it.
      </p>
      <details className="problems-details">
        <summary>{problems.length === 1 ? 'The problem, for the data author' : `The ${problems.length} problems, for the data author`}</summary>
        <ul className="problems">
          {shown.map((p, i) => (
            <li key={i}><code>geo/{p.file}</code>{p.id && <> · <code>{p.id}</code></>}{p.field && <> · <code>{p.field}</code></>}: {p.reason}</li>
          ))}
        </ul>
        {problems.length > shown.length && <p>…and {problems.length - shown.length} more.</p>}
      </details>
    </main>
  );
}
