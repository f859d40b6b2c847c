import { describe, expect, it } from 'vitest';
import { addDays, formatDayRange, formatPartialDate } from '../../src/dates';

describe('dates', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2020-05-31', 1)).toBe('2020-06-01');
    expect(addDays('2020-01-01', -1)).toBe('2019-12-31');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
  });
  it('reads a partial date only as precisely as it is known', () => {
    expect(formatPartialDate('2020-05-18', 'day')).toBe('18 May 2020');
    expect(formatPartialDate('2020-05', 'month')).toBe('May 2020');
    expect(formatPartialDate('2014', 'year')).toBe('2014');
  });
});

describe('formatDayRange', () => {
  it('names a shared month or year once, and one day as one day', () => {
    expect(formatDayRange('2020-05-15', '2020-05-23')).toBe('15–23 May 2020');
    expect(formatDayRange('2020-04-28', '2020-05-03')).toBe('28 April – 3 May 2020');
    expect(formatDayRange('2019-12-30', '2020-01-02')).toBe('30 December 2019 – 2 January 2020');
    expect(formatDayRange('2020-05-18', '2020-05-18')).toBe('18 May 2020');
  });
});
