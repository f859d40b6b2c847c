import { describe, expect, it } from 'vitest';
import { eventsHiddenBy, FACTION_LAYERS, KIND_LAYERS, LAYER_IDS } from '../../src/layers';
import { dayNumber } from '../../src/state/eventColumns';
import { binUnit, layoutTimeline, MAX_MARKS, timelineEvents, windowCountText, type TimelineEvent } from '../../src/state/timelineModel';
import { visibleData } from '../../src/state/visibleData';
import { fixtureModel } from '../fixtures/fixtureModel';
import { geoStory } from '../fixtures/fixtureStory';

const day = (d: string) => dayNumber(d);
const MAY = [day('2020-05-01'), day('2020-06-01')] as const;

function event(id: string, over: Partial<TimelineEvent> & { on?: string; month?: string }): TimelineEvent {
  const start = over.on ? day(over.on) : over.month ? day(`${over.month}-01`) : day('2020-01-01');
  const end = over.on ? start + 1 : over.month ? day('2020-06-01') : day('2021-01-01');
  const lane = over.on ? (over.claim ? 'claims' : 'reported') : over.month ? 'month' : 'year';
  return { id, title: `Event ${id}`, faction: 'gna', claim: false, lane, startDay: start, endDay: end, when: '', ...over };
}

describe('timelineEvents', () => {
  it('puts an event dated to the day on that one day, and a month-precise one over its whole month in its own lane', () => {
    const events = timelineEvents(fixtureModel, fixtureModel.events.map((_, i) => i));
    const capture = events.find((e) => e.id === 'e-capture')!;
    const claim = events.find((e) => e.id === 'e-claim')!;
    expect(capture).toMatchObject({ lane: 'reported', startDay: day('2020-05-18'), endDay: day('2020-05-19'), when: '18 May 2020' });
    expect(claim).toMatchObject({ lane: 'month', startDay: day('2020-05-01'), endDay: day('2020-06-01'), when: 'sometime in May 2020' });
  });
  it('gives the events at the indices asked for, in that order, and the same mark for an event each time', () => {
    const last = fixtureModel.events.length - 1;
    const some = timelineEvents(fixtureModel, [last, 0]);
    expect(some.map((e) => e.id)).toEqual([fixtureModel.events[last]!.id, fixtureModel.events[0]!.id]);
    expect(timelineEvents(fixtureModel, [0])[0]).toBe(some[1]);
  });
});

describe('layoutTimeline', () => {
  it('draws each event of a few as its own mark, a day as a tick and a month as a span', () => {
    const events = [event('a', { on: '2020-05-18' }), event('b', { on: '2020-05-18', claim: true }), event('c', { month: '2020-05' })];
    const layout = layoutTimeline(events, MAY[0], MAY[1], 1000, 36);
    expect(layout.unit).toBe('day');
    expect(layout.bins).toEqual([]);
    const of = (id: string) => layout.marks.find((m) => m.event.id === id)!;
    expect([of('a').x0, of('a').x1]).toEqual([day('2020-05-18'), day('2020-05-19')]);
    expect(of('b').event.lane).toBe('claims');
    expect([of('c').x0, of('c').x1]).toEqual([day('2020-05-01'), day('2020-06-01')]);
  });
  it('counts per day only the events dated to that day, never a month-precise one', () => {
    const events = [event('a', { on: '2020-05-18' }), event('b', { on: '2020-05-18', claim: true }), event('c', { month: '2020-05' }), event('d', { on: '2020-05-20' })];
    const { counts } = layoutTimeline(events, MAY[0], MAY[1], 1000, 36);
    expect(counts.map((c) => [c.label, c.count])).toEqual([['18 May 2020', 2], ['20 May 2020', 1]]);
  });
  it('shares a day between the marks dated to it, side by side', () => {
    const events = ['a', 'b', 'c', 'd'].map((id) => event(id, { on: '2020-05-21' }));
    const xs = layoutTimeline(events, MAY[0], MAY[1], 1000, 36).marks.map((m) => [m.x0, m.x1]);
    const d = day('2020-05-21');
    expect(xs).toEqual([[d, d + 0.25], [d + 0.25, d + 0.5], [d + 0.5, d + 0.75], [d + 0.75, d + 1]]);
  });
  it('stacks the spans of one month in rows, reports above claims', () => {
    const events = [event('claim', { month: '2020-05', claim: true }), event('report', { month: '2020-05' })];
    const marks = layoutTimeline(events, MAY[0], MAY[1], 1000, 36).marks;
    expect(marks.map((m) => [m.event.id, m.row, m.rows])).toEqual([['report', 0, 2], ['claim', 1, 2]]);
  });
  it('stacks together only the spans of the same period: January 2020 and the year 2020 start on one day but are apart', () => {
    const jan = { lane: 'month' as const, startDay: day('2020-01-01'), endDay: day('2020-02-01') };
    const events = [event('jan-a', jan), event('year', {}), event('jan-b', jan), event('feb', { lane: 'month', startDay: day('2020-02-01'), endDay: day('2020-03-01') })];
    const marks = layoutTimeline(events, day('2020-01-01'), day('2021-01-01'), 1000, 36).marks;
    expect(marks.map((m) => [m.event.id, m.row, m.rows])).toEqual([['jan-a', 0, 2], ['jan-b', 1, 2], ['year', 0, 1], ['feb', 0, 1]]);
  });
  it('bins a month whose spans would be thinner than a row can be', () => {
    const events = Array.from({ length: 30 }, (_, i) => event(`m${i}`, { month: '2020-05', faction: i % 2 ? 'lna' : 'gna' }));
    const layout = layoutTimeline(events, MAY[0], MAY[1], 1000, 36);
    expect(layout.marks).toEqual([]);
    expect(layout.bins).toMatchObject([{ lane: 'month', count: 30, byFaction: { gna: 15, lna: 15 } }]);
  });
  it('bins a month whose spans, stacked, would be stripes too thin to tell apart: sixteen in a 36 px lane', () => {
    const events = Array.from({ length: 16 }, (_, i) => event(`m${i}`, { month: '2020-05' }));
    expect(layoutTimeline(events, MAY[0], MAY[1], 1000, 36).bins).toMatchObject([{ lane: 'month', count: 16 }]);
    // Nine of them still stand as rows of 4 px.
    expect(layoutTimeline(events.slice(0, 9), MAY[0], MAY[1], 1000, 36).marks).toHaveLength(9);
  });
  it('bins per day when marks would overlap, keeping the number of drawn things small at 100,000 events', () => {
    const events = Array.from({ length: 100_000 }, (_, i) => event(`e${i}`, { on: `2020-05-${String(1 + (i % 31)).padStart(2, '0')}`, claim: i % 3 === 0 }));
    const layout = layoutTimeline(events, MAY[0], MAY[1], 1000, 36);
    expect(layout.unit).toBe('day');
    expect(layout.marks).toEqual([]);
    // 31 days, two lanes.
    expect(layout.bins).toHaveLength(62);
    expect(layout.bins.reduce((n, b) => n + b.count, 0)).toBe(100_000);
    expect(layout.counts).toHaveLength(31);
    expect(layout.marks.length + layout.bins.length + layout.counts.length).toBeLessThan(MAX_MARKS);
  });
  it('bins by a coarser unit when a day is too narrow to see, over years', () => {
    const events = [event('a', { on: '2014-03-02' }), event('b', { on: '2014-03-20' }), event('c', { on: '2020-05-18' })];
    const layout = layoutTimeline(events, day('2011-01-01'), day('2021-01-01'), 1000, 36);
    // A year is the finest unit at least MIN_BIN_PX wide at 1000 px for ten years.
    expect(binUnit(1000 / (day('2021-01-01') - day('2011-01-01')))).toBe('year');
    expect(layout.unit).toBe('year');
    expect(layout.marks).toEqual([]);
    expect(layout.counts.map((c) => [c.label, c.count])).toEqual([['2014', 2], ['2020', 1]]);
  });
  it('leaves out what is outside the axis', () => {
    const layout = layoutTimeline([event('a', { on: '2019-05-18' })], MAY[0], MAY[1], 1000, 36);
    expect([layout.marks, layout.bins, layout.counts]).toEqual([[], [], []]);
  });
});

describe('windowCountText', () => {
  it('does not pass events known only to the month off as dated on a day', () => {
    expect(windowCountText(8, 6, '2020-05-15', '2020-05-15')).toBe('2 events on 15 May 2020, plus 6 known only to the month or year');
    expect(windowCountText(6, 6, '2020-05-15', '2020-05-15')).toBe('No event dated on 15 May 2020; 6 known only to the month or year');
    expect(windowCountText(1, 0, '2020-05-15', '2020-05-23')).toBe('1 event from 15 May 2020 to 23 May 2020');
  });
  it('is fed by visibleData, which tells a month-precise event reaching beyond the window from one dated in it', () => {
    const oneDay = visibleData(fixtureModel, { layers: LAYER_IDS, from: '2020-05-18', to: '2020-05-18' }, geoStory);
    expect(oneDay.events.map((e) => e.id).sort()).toEqual(['e-capture', 'e-claim']);
    expect(oneDay.spanning).toBe(1);
    const wholeMonth = visibleData(fixtureModel, { layers: LAYER_IDS, from: '2020-05-01', to: '2020-05-31' }, geoStory);
    expect(wholeMonth.spanning).toBe(0);
  });
});

describe('eventsHiddenBy', () => {
  it('says why no event can show: the Events layer off, or every faction', () => {
    expect(eventsHiddenBy(LAYER_IDS)).toBeNull();
    expect(eventsHiddenBy(LAYER_IDS.filter((l) => l !== 'events'))).toBe('the Events layer is off');
    expect(eventsHiddenBy([...KIND_LAYERS])).toBe('every faction is off');
    expect(eventsHiddenBy([])).toBe('the Events layer is off');
    // One side left on is a filter, not a reason for none.
    expect(eventsHiddenBy([FACTION_LAYERS[0]!, 'events'])).toBeNull();
  });
});
