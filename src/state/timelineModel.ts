// What the timeline draws, as plain numbers: for the events in the filter and
// the days the axis shows, which event is a mark of its own and in which lane,
// which are binned, and how many are dated to each day. Pure: no React, no DOM.
// Precision is kept honest here: an event dated to the day is a tick on that
// day; one known only to the month or the year is a span over all of it, in a
// lane of its own, and is never counted on a day.
import { utcDay, utcMonth, utcWeek, utcYear, type CountableTimeInterval } from 'd3-time';
import type { EventView, Model } from '../data/model';
import { formatDay, formatPartialDate } from '../dates';
import { dayNumber } from './eventColumns';

/** Where a mark goes: events dated to the day, split into reports and a party's claims or threats; then spans. */
export type Lane = 'reported' | 'claims' | 'month' | 'year';
export const LANES: readonly Lane[] = ['reported', 'claims', 'month', 'year'];

/** The unit bins are made of: the finest whose width on screen is at least MIN_BIN_PX. */
export type BinUnit = 'day' | 'week' | 'month' | 'year';

/** One event as the timeline needs it, made once per list of events. */
export interface TimelineEvent {
  id: string;
  title: string;
  faction: string;
  claim: boolean;
  lane: Lane;
  /** first day it can mean, and the day after the last, in days since 1970-01-01 */
  startDay: number;
  endDay: number;
  /** "18 May 2020", "sometime in May 2020", "sometime in 2014" */
  when: string;
}

/** An event drawn on its own: a focusable mark named by its title. */
export interface Mark {
  event: TimelineEvent;
  /** from and to in days (end exclusive); for events dated to the day, a share of that day when several share it */
  x0: number;
  x1: number;
  /** for spans stacked in their lane: row and rows in the stack of the same period */
  row: number;
  rows: number;
}

/** Events of one lane in one unit of time, drawn as one bar with a count when marks would overlap. */
export interface Bin {
  lane: Lane;
  /** days since 1970-01-01, end exclusive */
  startDay: number;
  endDay: number;
  count: number;
  /** how many of each faction (by id) */
  byFaction: Readonly<Record<string, number>>;
  /** what the bin covers, for its name: "21 May 2020", "week of 17 May 2020", "May 2020", "2020", or "sometime in May 2020" for a period's spans */
  label: string;
}

/** How many events are dated to the day within one unit of time. */
export interface DayCount {
  startDay: number;
  endDay: number;
  count: number;
  label: string;
}

export interface TimelineLayout {
  unit: BinUnit;
  marks: readonly Mark[];
  bins: readonly Bin[];
  counts: readonly DayCount[];
}

/** A bin narrower than this, px, is too small to see or click: bins take the next coarser unit. */
export const MIN_BIN_PX = 9;
/** A mark narrower than this, px, cannot be told from its neighbour: that day is binned instead. */
export const MIN_MARK_PX = 3;
/** More marks than this in view, and the lanes are binned: the DOM stays small at 100,000 events. */
export const MAX_MARKS = 240;
/**
 * Thinner than this, px, a stacked span cannot be told from its neighbours or
 * clicked: the period is binned, one bar with its count. At 2 px, May 2020's
 * sixteen spans in a 36 px lane read as a band of stripes across the month.
 */
export const MIN_SPAN_ROW_PX = 4;

const DAY_MS = 86_400_000;
const INTERVALS: readonly [BinUnit, CountableTimeInterval, number][] = [
  ['day', utcDay, 1],
  ['week', utcWeek, 7],
  ['month', utcMonth, 30.4],
  ['year', utcYear, 365.25],
];

export const toDate = (day: number): Date => new Date(day * DAY_MS);
export const toDay = (date: Date): number => Math.round(date.getTime() / DAY_MS);
export const dayString = (day: number): string => toDate(day).toISOString().slice(0, 10);

/**
 * Each event's mark, made once per event and kept per model, by the event's
 * index in model.events (the model's events are frozen and kept for the
 * page's life): a layer toggle or a new minimum of articles filters them
 * again, and formatting 100,000 dates afresh each time was most of a toggle at
 * that many events; finding each mark by its event object (a WeakMap) was
 * still 6 ms of one.
 */
const marksByModel = new WeakMap<Model, (TimelineEvent | undefined)[]>();

/** The events of `model` at `indices` (visibleData's), as the timeline draws them, in that order. */
export function timelineEvents(model: Model, indices: readonly number[]): TimelineEvent[] {
  let marks = marksByModel.get(model);
  if (!marks) {
    marks = new Array<TimelineEvent | undefined>(model.events.length);
    marksByModel.set(model, marks);
  }
  const out = new Array<TimelineEvent>(indices.length);
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k]!;
    out[k] = marks[i] ??= markOf(model.events[i]!);
  }
  return out;
}

function markOf(e: EventView): TimelineEvent {
  const precision = e.datePrecision;
  const claim = e.status !== 'reported';
  const lane: Lane = precision === 'day' ? (claim ? 'claims' : 'reported') : precision;
  const when = precision === 'day' ? formatDay(e.start) : `sometime in ${formatPartialDate(e.date, precision)}`;
  return { id: e.id, title: e.title, faction: e.faction, claim, lane, startDay: dayNumber(e.start), endDay: dayNumber(e.end) + 1, when };
}

/** The finest unit whose bins are at least MIN_BIN_PX wide at `pxPerDay`. */
export function binUnit(pxPerDay: number): BinUnit {
  for (const [unit, , days] of INTERVALS) if (days * pxPerDay >= MIN_BIN_PX) return unit;
  return 'year';
}

function intervalOf(unit: BinUnit): CountableTimeInterval {
  return INTERVALS.find(([u]) => u === unit)![1];
}

function unitLabel(unit: BinUnit, startDay: number): string {
  const day = dayString(startDay);
  if (unit === 'day') return formatDay(day);
  if (unit === 'week') return `week of ${formatDay(day)}`;
  return formatPartialDate(day, unit);
}

/**
 * Lays out `events` over the days [fromDay, untilDay) of an axis `widthPx`
 * wide, `spanRowsPx` being the height of a span lane (how many stacked spans
 * fit). Events dated to the day are counted per day in typed arrays first, and
 * only listed one by one when they are few enough to be marks: at 100,000
 * events, one pass of arithmetic, no object per event.
 */
export function layoutTimeline(events: readonly TimelineEvent[], fromDay: number, untilDay: number, widthPx: number, spanRowsPx: number): TimelineLayout {
  const days = Math.max(1, untilDay - fromDay);
  const pxPerDay = widthPx / days;
  const unit = binUnit(pxPerDay);
  // Per day of the axis: events reported, and claimed, on it; and per faction for bins.
  const reported = new Int32Array(days);
  const claimed = new Int32Array(days);
  const factionIndex = new Map<string, number>();
  const factionIds: string[] = [];
  const perFaction: Int32Array[] = [];
  // Keyed by a number made of the lane, first day and length (a partial date spans at most 366 days):
  // a string key made per event was a third of a layout at 100,000 events.
  const spans = new Map<number, TimelineEvent[]>();
  let points = 0;
  for (const e of events) {
    if (e.endDay <= fromDay || e.startDay >= untilDay) continue;
    if (e.lane === 'reported' || e.lane === 'claims') {
      const d = e.startDay - fromDay;
      if (e.lane === 'claims') claimed[d]! += 1;
      else reported[d]! += 1;
      points += 1;
      let f = factionIndex.get(e.faction);
      if (f === undefined) {
        f = factionIds.length;
        factionIndex.set(e.faction, f);
        factionIds.push(e.faction);
        // Reports in the first half, claims in the second.
        perFaction.push(new Int32Array(days * 2));
      }
      perFaction[f]![d * 2 + (e.lane === 'claims' ? 1 : 0)]! += 1;
    } else {
      const key = ((e.startDay * 512 + (e.endDay - e.startDay)) * 2) + (e.lane === 'year' ? 1 : 0);
      const list = spans.get(key);
      if (list) list.push(e);
      else spans.set(key, [e]);
    }
  }
  let widest = 0;
  for (let d = 0; d < days; d++) widest = Math.max(widest, reported[d]!, claimed[d]!);
  const pointsAsMarks = unit === 'day' && points <= MAX_MARKS && (widest === 0 || pxPerDay / widest >= MIN_MARK_PX);

  const marks: Mark[] = [];
  const bins: Bin[] = [];
  const counts: DayCount[] = [];
  // The bins of `unit` that cover the axis, each as days [start, end).
  const interval = intervalOf(unit);
  const edges = interval.range(interval.floor(toDate(fromDay)), toDate(untilDay)).map(toDay);
  if (edges.length === 0 || edges[0]! > fromDay) edges.unshift(toDay(interval.floor(toDate(fromDay))));
  for (let b = 0; b < edges.length; b++) {
    const start = edges[b]!;
    const end = edges[b + 1] ?? toDay(interval.offset(toDate(start), 1));
    let rep = 0;
    let cla = 0;
    for (let day = Math.max(start, fromDay); day < Math.min(end, untilDay); day++) {
      rep += reported[day - fromDay]!;
      cla += claimed[day - fromDay]!;
    }
    if (rep + cla === 0) continue;
    const label = unitLabel(unit, start);
    counts.push({ startDay: start, endDay: end, count: rep + cla, label });
    if (pointsAsMarks) continue;
    for (const [lane, count, half] of [['reported', rep, 0], ['claims', cla, 1]] as const) {
      if (count === 0) continue;
      const byFaction: Record<string, number> = {};
      factionIds.forEach((id, f) => {
        let n = 0;
        for (let day = Math.max(start, fromDay); day < Math.min(end, untilDay); day++) n += perFaction[f]![(day - fromDay) * 2 + half]!;
        if (n > 0) byFaction[id] = n;
      });
      bins.push({ lane, startDay: start, endDay: end, count, byFaction, label });
    }
  }
  if (pointsAsMarks) {
    const seen = new Int32Array(days * 2);
    for (const e of events) {
      if (e.endDay <= fromDay || e.startDay >= untilDay || (e.lane !== 'reported' && e.lane !== 'claims')) continue;
      const d = e.startDay - fromDay;
      const claim = e.lane === 'claims';
      const n = (claim ? claimed : reported)[d]!;
      const i = seen[d * 2 + (claim ? 1 : 0)]!++;
      marks.push({ event: e, x0: e.startDay + i / n, x1: e.startDay + (i + 1) / n, row: 0, rows: 1 });
    }
  }
  // Spans: each period's events stacked in rows across the whole period, or one bar with a count.
  const maxRows = Math.max(1, Math.floor(spanRowsPx / MIN_SPAN_ROW_PX));
  let spanMarks = 0;
  for (const list of spans.values()) spanMarks += list.length;
  const spansAsMarks = spanMarks <= MAX_MARKS - marks.length;
  for (const list of spans.values()) {
    const first = list[0]!;
    if (spansAsMarks && list.length <= maxRows) {
      // Reports above claims, so that claims are drawn apart within the period too.
      const ordered = [...list].sort((a, b) => Number(a.claim) - Number(b.claim));
      for (const [row, event] of ordered.entries()) marks.push({ event, x0: event.startDay, x1: event.endDay, row, rows: list.length });
    } else {
      const byFaction: Record<string, number> = {};
      for (const e of list) byFaction[e.faction] = (byFaction[e.faction] ?? 0) + 1;
      bins.push({ lane: first.lane, startDay: first.startDay, endDay: first.endDay, count: list.length, byFaction, label: first.when });
    }
  }
  return { unit, marks, bins, counts };
}

/**
 * The count of events in a window, said honestly: events dated within it,
 * and apart from them those known only to a month or a year that reaches
 * beyond it: "2 events" + " on 15 May 2020, plus 6 known only to the month or year".
 */
export function windowCount(total: number, spanning: number, from: string, to: string): { dated: string; rest: string } {
  const dated = total - spanning;
  const when = from === to ? `on ${formatDay(from)}` : `from ${formatDay(from)} to ${formatDay(to)}`;
  const count = dated === 1 ? '1 event' : `${dated} events`;
  if (spanning === 0) return { dated: count, rest: ` ${when}` };
  const rest = `${spanning} known only to the month or year`;
  return dated === 0 ? { dated: 'No event', rest: ` dated ${when}; ${rest}` } : { dated: count, rest: ` ${when}, plus ${rest}` };
}

export function windowCountText(total: number, spanning: number, from: string, to: string): string {
  const { dated, rest } = windowCount(total, spanning, from, to);
  return dated + rest;
}
