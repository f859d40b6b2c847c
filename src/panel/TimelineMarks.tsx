// The timeline's lanes: each event a mark (a button named by its title,
// coloured by its faction; a party's claims and threats hatched, and in their
// own lane when dated to the day), or bins with a count where marks would
// overlap (painted on a canvas under their buttons, TimelineBins.tsx); and
// the row of counts per day, which picks a single day. Drawn from a layout
// (state/timelineModel.ts) that changes with the zoom and the filter, not with
// the date window: a date step does not redraw them.
import { memo, useMemo } from 'react';
import { FACTION_COLOUR, FACTIONS } from '../factions';
import { LANES, type Bin, type Lane, type TimelineLayout } from '../state/timelineModel';
import type { Axis } from './timelineAxis';
import { BinCanvas, type BinBar } from './TimelineBins';

interface Props {
  layout: TimelineLayout;
  axis: Axis;
  selected: string | null;
  onSelectEvent: (id: string) => void;
  /** a single day (from = to) or, for coarser counts, that week, month or year */
  onPickDays: (startDay: number, endDay: number) => void;
}

export const LANE_LABEL: Record<Lane, string> = {
  reported: 'Reported',
  claims: 'Claims, threats',
  month: 'Month known',
  year: 'Year known',
};

const UNKNOWN = '#999999';
/** A count is written only where its digits fit (about 6 px each); its button's name always says it. */
const fits = (count: number, width: number) => String(count).length * 6 + 2 <= width;
const colour = (faction: string) => FACTION_COLOUR[faction] ?? UNKNOWN;

/** A bin's factions stacked bottom up in the story's order: each colour's share of its bar. */
function binStops(bin: Bin): BinBar['stops'] {
  const stops: { colour: string; from: number; to: number }[] = [];
  let at = 0;
  const ids = [...FACTIONS.map((f) => f.id), ...Object.keys(bin.byFaction).filter((id) => !(id in FACTION_COLOUR))];
  for (const id of ids) {
    const n = bin.byFaction[id];
    if (!n) continue;
    const next = at + n / bin.count;
    stops.push({ colour: colour(id), from: at, to: next });
    at = next;
  }
  return stops;
}

const pointLane = (lane: Lane) => lane === 'reported' || lane === 'claims';

/** Where a mark, bin or count from day x0 to x1 (end exclusive) stands on the track: 1 px apart from the next, and at least 2 px wide. */
function boxOf(axis: Axis, x0: number, x1: number): { left: number; width: number } {
  const left = axis.x(x0);
  return { left, width: Math.max(2, axis.x(x1) - left - 1) };
}

/** The bins' bars, lane by lane: a point lane's as tall as its count among the tallest, a period's the whole lane. */
function barsByLane(bins: readonly Bin[], axis: Axis): Map<Lane, BinBar[]> {
  const most = Math.max(1, ...bins.filter((b) => pointLane(b.lane)).map((b) => b.count));
  const byLane = new Map<Lane, BinBar[]>();
  for (const b of bins) {
    const point = pointLane(b.lane);
    const bar = { ...boxOf(axis, b.startDay, b.endDay), height: point ? 0.25 + (0.75 * b.count) / most : 1, stops: binStops(b), claim: b.lane === 'claims', span: !point };
    const list = byLane.get(b.lane);
    if (list) list.push(bar);
    else byLane.set(b.lane, [bar]);
  }
  return byLane;
}

export const TimelineMarks = memo(function TimelineMarks({ layout, axis, selected, onSelectEvent, onPickDays }: Props) {
  const per = layout.unit === 'day' ? 'day' : layout.unit;
  const box = (x0: number, x1: number) => boxOf(axis, x0, x1);
  // Each lane's bars, for its canvas: the same object until the layout or the axis changes (a date step changes neither).
  const bars = useMemo(() => barsByLane(layout.bins, axis), [layout.bins, axis]);
  return (
    <>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a pointer's shortcut between the counts; the keyboard has the count buttons and the sliders */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: as above */}
      <div className="timeline-lane timeline-counts" data-lane="counts"
        onClick={(e) => {
          // A click on the row between counts picks that day too.
          if (e.target !== e.currentTarget) return;
          const day = Math.floor(axis.dayAt(e.clientX - e.currentTarget.getBoundingClientRect().left));
          onPickDays(day, day + 1);
        }}>
        {layout.counts.map((c) => {
          const at = box(c.startDay, c.endDay);
          return (
          <button key={c.startDay} type="button" className="timeline-count" style={at}
            aria-label={`${c.count} dated ${per === 'day' ? 'on ' : ''}${c.label}: show only this ${per}`}
            onClick={() => onPickDays(c.startDay, c.endDay)}>
            {fits(c.count, at.width) ? c.count : ''}
          </button>
          );
        })}
      </div>
      {LANES.map((lane) => (
        <div key={lane} className={`timeline-lane timeline-lane-${lane}`} data-lane={lane}>
          {bars.has(lane) && <BinCanvas bars={bars.get(lane)!} />}
          {layout.marks.filter((m) => m.event.lane === lane).map((m) => {
            const spanRow = m.rows > 1 ? { top: `${(m.row / m.rows) * 100}%`, height: `${100 / m.rows}%` } : {};
            return (
              <button key={m.event.id} type="button" data-event={m.event.id}
                className={`timeline-mark${m.event.claim ? ' claim' : ''}${lane === 'month' || lane === 'year' ? ' span' : ''}${selected === m.event.id ? ' selected' : ''}`}
                style={{ ...box(m.x0, m.x1), ...spanRow, backgroundColor: colour(m.event.faction) }}
                aria-label={m.event.title} title={`${m.event.title}: ${m.event.when}${m.event.claim ? ' (a claim)' : ''}`}
                aria-current={selected === m.event.id ? 'true' : undefined}
                onClick={() => onSelectEvent(m.event.id)} />
            );
          })}
          {layout.bins.filter((b) => b.lane === lane).map((b) => {
            const point = pointLane(lane);
            // Transparent, over its bar on the canvas (TimelineBins.tsx): the whole lane's height is its target.
            return (
              <button key={`${b.startDay}-${b.endDay}`} type="button"
                className="timeline-bin"
                style={box(b.startDay, b.endDay)}
                aria-label={`${b.count} ${lane === 'claims' ? 'claims or threats' : 'events'} ${point ? (per === 'day' ? 'on ' : '') : ''}${b.label}: show ${point ? `only this ${per}` : 'that period'}`}
                onClick={() => onPickDays(b.startDay, b.endDay)}>
                {!point && fits(b.count, box(b.startDay, b.endDay).width) && <span className="timeline-bin-count">{b.count}</span>}
              </button>
            );
          })}
        </div>
      ))}
    </>
  );
});
