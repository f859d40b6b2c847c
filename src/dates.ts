// Day arithmetic on YYYY-MM-DD strings in UTC, and how partial dates read.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

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

export const PRECISION_NOTE: Record<'day' | 'month' | 'year', string> = {
  day: 'exact day',
  month: 'month only; the day is not reported',
  year: 'year only; month and day are not reported',
};
