// A date input that applies only the date a person finished typing. Chromium
// reports every keystroke in a date field as a whole date (typing the year
// "2019" passes through 0002, 0020 and 0201), so applying each change would
// apply dates nobody typed. The field keeps what is being typed as a draft and
// applies it on Enter or when focus leaves; a date outside [min, max] is not
// applied, the field goes back to the date in force, and says why.
import { useId, useState } from 'react';
import { formatDay } from '../dates';

interface Props {
  label: string;
  name: string;
  /** the date in force, YYYY-MM-DD */
  value: string;
  min: string;
  max: string;
  onCommit: (day: string) => void;
}

export function DateField({ label, name, value, min, max, onCommit }: Props) {
  const [draft, setDraft] = useState(value);
  const [refused, setRefused] = useState<string | null>(null);
  const hintId = useId();
  // A new date from elsewhere (a button, a timeline handle, Back, a permalink) replaces the draft, in the
  // same render (React's "storing information from previous renders"): an effect would leave the field a
  // commit behind the timeline and the link.
  const [followed, setFollowed] = useState(value);
  if (followed !== value) {
    setFollowed(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft === value) return setRefused(null);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft) || draft < min || draft > max) {
      setRefused(`${draft ? formatTyped(draft) : 'An incomplete date'} is outside ${formatDay(min)} – ${formatDay(max)}; the date stays ${formatDay(value)}.`);
      setDraft(value);
      return;
    }
    setRefused(null);
    onCommit(draft);
  };
  return (
    <label>
      {label}
      <input type="date" name={name} value={draft} min={min} max={max} required
        aria-describedby={refused ? hintId : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape' && draft !== value) {
            e.stopPropagation();
            setDraft(value);
          }
        }} />
      {refused && <span id={hintId} className="date-refused" role="status">{refused}</span>}
    </label>
  );
}

/** A typed date as a reader wrote it; years before 1000 are shown as digits. */
function formatTyped(day: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && day >= '1000' ? formatDay(day) : day;
}
