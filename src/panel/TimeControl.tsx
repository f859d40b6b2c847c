// The date window over the events: two dates (applied when typed in full:
// DateField.tsx), a one-day step, and presets for the story's default window
// and the whole background. Play and Pause sit in the timeline (Timeline.tsx).
// Below them, the days control of ground changed, each a button that ends the
// window there, where the change is told and hatched (ZoneChangeNote.tsx).
import { memo } from 'react';
import { addDays, formatDay, formatDayMonth } from '../dates';
import { windowCount } from '../state/timelineModel';
import { STORY } from '../story';
import { DEFAULT_WINDOW } from '../url/permalinkOptions';
import { DateField } from './DateField';

interface Props {
  from: string;
  to: string;
  bounds: readonly [string, string];
  eventCount: number;
  /** of those, events known only to a month or year that reaches beyond the window (VisibleData.spanning) */
  spanningCount: number;
  zonesAsOf: { validFrom: string; validTo: string } | null;
  zonesOn: boolean;
  /** the days control of ground changed (data/zoneChanges.ts), YYYY-MM-DD in order; default none */
  changeDays?: readonly string[];
  /** `how.replace`: as Play asks (PlayControl.tsx); absent for every other change */
  onChange: (from: string, to: string, how?: { replace: boolean }) => void;
}

const NONE: readonly string[] = [];

// memo: the app re-renders on every date step and pan; this redraws only when its props change.
export const TimeControl = memo(function TimeControl({ from, to, bounds, eventCount, spanningCount, zonesAsOf, zonesOn, changeDays = NONE, onChange }: Props) {
  const [min, max] = bounds;
  const step = (days: number) => {
    const f = addDays(from, days);
    const t = addDays(to, days);
    if (f >= min && t <= max) onChange(f, t);
  };
  const count = windowCount(eventCount, spanningCount, from, to);
  return (
    <section className="time-control" aria-label="Dates">
      <div className="time-inputs">
        <DateField label="From" name="from" value={from} min={min} max={to} onCommit={(day) => onChange(day, to)} />
        <DateField label="To" name="to" value={to} min={from} max={max} onCommit={(day) => onChange(from, day)} />
      </div>
      <div className="time-buttons">
        <button type="button" onClick={() => step(-1)} disabled={addDays(from, -1) < min} aria-label="One day earlier">◀ Day</button>
        <button type="button" onClick={() => step(1)} disabled={addDays(to, 1) > max} aria-label="One day later">Day ▶</button>
        <button type="button" onClick={() => onChange(DEFAULT_WINDOW[0], DEFAULT_WINDOW[1])}>{STORY.window.label}</button>
        <button type="button" onClick={() => onChange(min, max)}>All years</button>
      </div>
      <p className="time-summary" role="status">
        <span className="event-count">{count.dated}</span>{count.rest}.{' '}
        {zonesOn && (zonesAsOf
          ? <span className="zones-as-of">Control zones as of {zonesAsOf.validFrom === zonesAsOf.validTo ? formatDay(zonesAsOf.validFrom) : `${formatDay(zonesAsOf.validFrom)} – ${formatDay(zonesAsOf.validTo)}`}.</span>
          : <span className="zones-as-of">No control zones recorded for {formatDay(to)}.</span>)}
      </p>
      {zonesOn && changeDays.length > 0 && (
        <p className="change-days">
          Control changed on{' '}
          {changeDays.map((day) => (
            <button key={day} type="button" aria-pressed={day === to} aria-label={`${formatDay(day)}: end the dates there`}
              onClick={() => onChange(from <= day ? from : day, day)}>
              {formatDayMonth(day)}
            </button>
          ))}
        </p>
      )}
    </section>
  );
});
