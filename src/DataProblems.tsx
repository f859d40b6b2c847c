// Shown instead of the map when the data in geo/ does not load or validate.
import type { Problem } from './data/model';

export function DataProblems({ problems }: { problems: readonly Problem[] }) {
  return (
    <main className="fatal" role="alert">
      <h1>The map's data has problems</h1>
      <p>The map was not drawn because its data files in <code>geo/</code> are not valid. A data author can fix them; <code>npm run validate</code> lists the same problems.</p>
      <ul className="problems">
        {problems.slice(0, 50).map((p, i) => (
          <li key={i}><code>geo/{p.file}</code>{p.id && <> · <code>{p.id}</code></>}{p.field && <> · <code>{p.field}</code></>}: {p.reason}</li>
        ))}
      </ul>
      {problems.length > 50 && <p>…and {problems.length - 50} more.</p>}
    </main>
  );
}
