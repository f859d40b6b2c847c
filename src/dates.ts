// Day arithmetic on YYYY-MM-DD strings in UTC, and how partial dates read.
/** The months' names, as the page writes them (the timeline's axis takes their first three letters). */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function addDays(day: string, days: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** "18 May 2020", "May 2020" or "2014", as precise as the date is known. */
export function formatPartialDate(date: string, precision: 'day' | 'month' | 'year'): string {
  const [y, m, d] = date.split('-');
  if (precision === 'year' || !m) return y ?? date;
  const month = MONTHS[Number(m) - 1] ?? m;
  if (precision === 'month' || !d) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

export function formatDay(day: string): string {
  return formatPartialDate(day, 'day');
}

/** "18 May": a day in a year the reader already knows. */
export function formatDayMonth(day: string): string {
  const [, m, d] = day.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m}`;
}

/**
 * Two days as one short range, naming a month or a year once when both days
 * share it: "15–23 May 2020", "28 April – 3 May 2020", "30 December 2019 –
 * 2 January 2020"; one day when they are the same. For where room is short
 * (the timeline's window, 110 px wide on a phone).
 */
export function formatDayRange(from: string, to: string): string {
  if (from === to) return formatDay(from);
  const [y1, m1, d1] = from.split('-');
  const [y2, m2] = to.split('-');
  if (!d1 || y1 !== y2) return `${formatDay(from)} – ${formatDay(to)}`;
  if (m1 === m2) return `${Number(d1)}–${formatDay(to)}`;
  return `${formatDayMonth(from)} – ${formatDay(to)}`;
}

export const PRECISION_NOTE: Record<'day' | 'month' | 'year', string> = {
  day: 'exact day',
  month: 'month only; the day is not reported',
  year: 'year only; month and day are not reported',
};
