// The timeline's axis: time laid linearly over a domain of whole days, its
// zoom (from the whole background, years, down to a week) and its tick labels.
// The ticks are d3-time's (utcTicks: the calendar-aware choice of years,
// months, weeks or days that d3-scale's scaleUtc makes by calling it); the
// rest is a proportion, so the page need not carry d3-scale and the colour
// and interpolation code it brings (about 6 KB gzip of the app's script).
// Pure: the component keeps the domain in its state and asks these for the rest.
import { utcDay, utcMonth, utcTicks, utcYear } from 'd3-time';
import { dayNumber } from '../state/eventColumns';
import { toDate, toDay } from '../state/timelineModel';
import { MONTHS } from '../dates';

/** Days [start, end) the axis shows. */
export type Domain = readonly [number, number];

/** The narrowest the axis zooms to, in days: a week still shows each day's marks. */
export const MIN_SPAN_DAYS = 7;

/** The axis can reach: whole years around the story's date range (min, max inclusive YYYY-MM-DD). */
export function reachOf(bounds: readonly [string, string]): Domain {
  return [toDay(utcYear.floor(toDate(dayNumber(bounds[0])))), toDay(utcYear.ceil(toDate(dayNumber(bounds[1]) + 1)))];
}

/** The default domain: the whole months around the window (the story's 15–23 May shows as May). */
export function domainAround(from: string, to: string, reach: Domain): Domain {
  const start = toDay(utcMonth.floor(toDate(dayNumber(from))));
  const end = toDay(utcMonth.ceil(toDate(dayNumber(to) + 1)));
  return clampDomain([start, Math.max(end, start + MIN_SPAN_DAYS)], reach);
}

/** `domain` moved (never resized beyond `reach`) to lie within `reach`. */
export function clampDomain([a, b]: Domain, reach: Domain): Domain {
  const span = Math.min(b - a, reach[1] - reach[0]);
  const start = Math.min(Math.max(a, reach[0]), reach[1] - span);
  return [Math.round(start), Math.round(start + span)];
}

/** Zoomed by `factor` (>1 out, <1 in) around the day `at`, within MIN_SPAN_DAYS and `reach`. */
export function zoomDomain([a, b]: Domain, factor: number, at: number, reach: Domain): Domain {
  const span = b - a;
  const next = Math.min(reach[1] - reach[0], Math.max(MIN_SPAN_DAYS, span * factor));
  const start = at - ((at - a) * next) / span;
  return clampDomain([start, start + next], reach);
}

/** Moved by `days`, within `reach`. */
export function panDomain([a, b]: Domain, days: number, reach: Domain): Domain {
  return clampDomain([a + days, b + days], reach);
}

/** The smallest change to `domain` that shows every day of the window [fromDay, lastDay]. */
export function domainShowing(domain: Domain, fromDay: number, lastDay: number, reach: Domain): Domain {
  const [a, b] = domain;
  const end = lastDay + 1;
  if (fromDay >= a && end <= b) return domain;
  const span = b - a;
  const needed = end - fromDay;
  if (needed <= span) return clampDomain(fromDay < a ? [fromDay, fromDay + span] : [end - span, end], reach);
  const pad = Math.ceil(needed * 0.1);
  return clampDomain([fromDay - pad, end + pad], reach);
}

export interface Axis {
  /** px from the axis's left edge of the start of a day (days since 1970-01-01; fractions allowed) */
  x: (day: number) => number;
  /** the day (fractional) at px */
  dayAt: (px: number) => number;
  ticks: readonly { x: number; label: string }[];
}

/** A tick's month as the axis writes it, "May": the first three letters of the name the page writes in full elsewhere (dates.ts). */
const month = (t: Date) => MONTHS[t.getUTCMonth()]!.slice(0, 3);
const formatYear = (t: Date) => String(t.getUTCFullYear());
const formatMonthYear = (t: Date) => `${month(t)} ${t.getUTCFullYear()}`;
const formatDayMonth = (t: Date) => `${t.getUTCDate()} ${month(t)}`;

export function axisOf(domain: Domain, width: number): Axis {
  const [start, end] = domain;
  const perDay = width / (end - start);
  const x = (day: number) => (day - start) * perDay;
  const ticks = utcTicks(toDate(start), toDate(end), Math.max(2, Math.floor(width / 70))).map((t) => {
    const label = utcYear.floor(t) < t
      ? utcMonth.floor(t) < t ? formatDayMonth(t) : t.getUTCMonth() === 0 ? formatMonthYear(t) : month(t)
      : formatYear(t);
    return { x: x(t.getTime() / 86_400_000), label: utcDay.floor(t) < t ? '' : label };
  });
  return { x, dayAt: (px) => (perDay > 0 ? start + px / perDay : start), ticks };
}
