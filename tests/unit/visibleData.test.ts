import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../src/layers';
import { eventInWindow, visibleData } from '../../src/state/visibleData';
import { lastVisibleData } from '../../src/state/lastVisibleData';
import { fixtureModel } from '../fixtures/fixtureModel';
import { geoStory } from '../fixtures/fixtureStory';

const all = { layers: LAYER_IDS, from: '2020-05-15', to: '2020-05-23' };

describe('visibleData', () => {
  it('groups events at one place into one marker group', () => {
    const v = visibleData(fixtureModel, all, geoStory);
    expect(v.events.map((e) => e.id)).toEqual(['e-claim', 'e-capture']);
    expect(v.groups).toHaveLength(1);
    expect(v.groups[0]!.events).toHaveLength(2);
  });
  it('drops the events of a hidden faction', () => {
    const v = visibleData(fixtureModel, { ...all, layers: LAYER_IDS.filter((l) => l !== 'lna') }, geoStory);
    expect(v.events.map((e) => e.id)).toEqual(['e-capture']);
  });
  it('drops every event when the events layer is off', () => {
    expect(visibleData(fixtureModel, { ...all, layers: ['gna', 'lna', 'other'] }, geoStory).events).toEqual([]);
  });
  it('gives, when asked, the index in the model of each event it shows, in its order', () => {
    const filters = [all, { ...all, layers: LAYER_IDS.filter((l) => l !== 'lna') }, { ...all, layers: LAYER_IDS.filter((l) => l !== 'route') }, { ...all, from: '2019-01-01', to: '2021-12-31' }, { ...all, minArticles: 2 }];
    for (const filter of filters) {
      const indices: number[] = [];
      const v = visibleData(fixtureModel, filter, geoStory, indices);
      expect(indices.map((i) => fixtureModel.events[i])).toEqual(v.events);
      expect(indices.every((i, k) => fixtureModel.events[i] === v.events[k])).toBe(true);
    }
    // Some filter shows events, so the check above compared something.
    expect(visibleData(fixtureModel, filters[3]!, geoStory).events.length).toBeGreaterThan(1);
  });
  it('keeps a month-precise event in any window that touches its month', () => {
    const v = visibleData(fixtureModel, { ...all, from: '2020-05-30', to: '2020-06-02' }, geoStory);
    expect(v.events.map((e) => e.id)).toEqual(['e-claim']);
  });
  it('treats the window as inclusive at both ends', () => {
    expect(eventInWindow({ start: '2020-05-18', end: '2020-05-18' }, '2020-05-18', '2020-05-18')).toBe(true);
    expect(eventInWindow({ start: '2020-05-18', end: '2020-05-18' }, '2020-05-19', '2020-05-20')).toBe(false);
  });
});

describe('lastVisibleData', () => {
  it('answers a filter asked again with what it gave, and any other filter afresh, as visibleData would', () => {
    const first = lastVisibleData(fixtureModel, all, geoStory);
    expect(lastVisibleData(fixtureModel, { ...all, layers: [...all.layers] }, geoStory)).toBe(first);
    const changes = [{ ...all, layers: LAYER_IDS.filter((l) => l !== 'lna') }, { ...all, to: '2020-05-16' }, { ...all, from: '2020-05-18' }, { ...all, minArticles: 2 }];
    for (const filter of changes) {
      const { visible, indices } = lastVisibleData(fixtureModel, filter, geoStory);
      expect(visible.events).toEqual(visibleData(fixtureModel, filter, geoStory).events);
      expect(indices.map((i) => fixtureModel.events[i])).toEqual(visible.events);
    }
    expect(lastVisibleData(fixtureModel, all, geoStory).visible.events.map((e) => e.id)).toEqual(['e-claim', 'e-capture']);
  });
});
