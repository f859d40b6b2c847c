import { describe, expect, it } from 'vitest';
import { axisOf, domainAround, domainShowing, MIN_SPAN_DAYS, reachOf, zoomDomain } from '../../src/panel/timelineAxis';
import { dayNumber } from '../../src/state/eventColumns';

const day = (d: string) => dayNumber(d);
const reach = reachOf(['2011-01-01', '2020-05-31']);

describe('timeline axis', () => {
  it('reaches whole years around the date range', () => {
    expect(reach).toEqual([day('2011-01-01'), day('2021-01-01')]);
  });
  it('opens on the whole month around the story window', () => {
    expect(domainAround('2020-05-15', '2020-05-23', reach)).toEqual([day('2020-05-01'), day('2020-06-01')]);
  });
  it('zooms out no further than the reach and in no closer than a week', () => {
    let d = domainAround('2020-05-15', '2020-05-23', reach);
    for (let i = 0; i < 20; i++) d = zoomDomain(d, 2, day('2020-05-19'), reach);
    expect(d).toEqual(reach);
    for (let i = 0; i < 30; i++) d = zoomDomain(d, 0.5, day('2020-05-19'), reach);
    expect(d[1] - d[0]).toBe(MIN_SPAN_DAYS);
    expect(d[0] <= day('2020-05-19') && day('2020-05-19') <= d[1]).toBe(true);
  });
  it('keeps the day under the pointer where it was while zooming', () => {
    const d = zoomDomain([day('2020-05-01'), day('2020-06-01')], 0.5, day('2020-05-11'), reach);
    const before = axisOf([day('2020-05-01'), day('2020-06-01')], 310).x(day('2020-05-11'));
    expect(Math.abs(axisOf(d, 310).x(day('2020-05-11')) - before)).toBeLessThan(10);
  });
  it('moves to show a window that left it, and widens for one wider than it', () => {
    const may = [day('2020-05-01'), day('2020-06-01')] as const;
    expect(domainShowing(may, day('2020-05-15'), day('2020-05-23'), reach)).toBe(may);
    const moved = domainShowing(may, day('2019-03-01'), day('2019-03-05'), reach);
    expect(moved[1] - moved[0]).toBe(31);
    expect(moved[0] <= day('2019-03-01') && day('2019-03-06') <= moved[1]).toBe(true);
    expect(domainShowing(may, day('2011-01-01'), day('2020-05-31'), reach)).toEqual(reach);
  });
  it('labels ticks by days within a month and by years over the background', () => {
    expect(axisOf([day('2020-05-01'), day('2020-06-01')], 1000).ticks.map((t) => t.label)).toContain('18 May');
    expect(axisOf(reach, 1000).ticks.map((t) => t.label)).toContain('2015');
    // Over a year, months by their first three letters, the year at its first day.
    const months = axisOf([day('2020-01-01'), day('2021-01-01')], 1000).ticks.map((t) => t.label);
    expect(months).toEqual(expect.arrayContaining(['2020', 'Feb', 'Jun', 'Sep', 'Dec']));
  });
});
