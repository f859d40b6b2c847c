// "Reported by at least N articles": hides events fewer articles report.
import { MAX_MIN_ARTICLES } from '../url/permalinkKeys';

interface Props {
  value: number;
  onChange: (value: number) => void;
}

const CHOICES = Array.from({ length: MAX_MIN_ARTICLES }, (_, i) => i + 1);

export function MinArticlesFilter({ value, onChange }: Props) {
  return (
    <div className="min-articles">
      <label htmlFor="min-articles">Reported by at least</label>{' '}
      <select id="min-articles" value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {CHOICES.map((n) => <option key={n} value={n}>{n === 1 ? '1 article (all events)' : `${n} articles`}</option>)}
      </select>
    </div>
  );
}
