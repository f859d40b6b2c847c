// The articles filter (min=) and embed= in the view state and the permalink:
// combined in visibleData, round-tripped through the link, rejected when malformed.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYERS, LAYER_IDS } from '../../src/layers';
import { visibleData } from '../../src/state/visibleData';
import { formatPermalink, parsePermalink, type PermalinkOptions } from '../../src/url/permalink';
import { fixtureModel } from '../fixtures/fixtureModel';
import { geoStory } from '../fixtures/fixtureStory';

const options: PermalinkOptions = {
  defaults: { center: [32.5, 13.5], zoom: 6, layers: DEFAULT_LAYERS, event: null, from: '2020-05-01', to: '2020-06-30' },
  knownEventIds: new Set(['e-capture']),
  minZoom: 3,
  maxZoom: 12,
  dateBounds: ['2020-05-01', '2020-06-30'],
};

describe('visibleData with minArticles', () => {
  const all = { layers: LAYER_IDS, from: '2020-05-15', to: '2020-05-23' };
  it('keeps every event at 1 and when absent', () => {
    expect(visibleData(fixtureModel, all, geoStory).events).toHaveLength(2);
    expect(visibleData(fixtureModel, { ...all, minArticles: 1 }, geoStory).events).toHaveLength(2);
  });
  it('hides single-source events at 2, and combines with the other filters', () => {
    expect(visibleData(fixtureModel, { ...all, minArticles: 2 }, geoStory).events.map((e) => e.id)).toEqual(['e-capture']);
    expect(visibleData(fixtureModel, { ...all, minArticles: 2, layers: LAYER_IDS.filter((l) => l !== 'gna') }, geoStory).events).toEqual([]);
    expect(visibleData(fixtureModel, { ...all, minArticles: 3 }, geoStory).groups).toEqual([]);
  });
});

describe('permalink min=', () => {
  it('round-trips every value from 1 to 5', () => {
    for (const n of [1, 2, 3, 4, 5]) {
      const link = formatPermalink({ ...options.defaults, minArticles: n });
      const parsed = parsePermalink(link, options);
      expect(parsed.notices).toEqual([]);
      expect(parsed.state.minArticles ?? 1).toBe(n);
    }
  });
  it('is written only when it hides something, so older links stay as they were', () => {
    expect(formatPermalink({ ...options.defaults, minArticles: 1 })).not.toContain('min=');
    expect(formatPermalink({ ...options.defaults, minArticles: 3 })).toMatch(/&to=2020-06-30&min=3$/);
  });
  it.each(['0', '6', '2.5', '-1', '+2', ' 2', 'two', '1e1', ''])('rejects min=%s with a notice and keeps the default', (value) => {
    const parsed = parsePermalink(`#min=${value}`, options);
    expect(parsed.state.minArticles).toBeUndefined();
    expect(parsed.present.has('min')).toBe(false);
    expect(parsed.notices).toHaveLength(1);
    expect(parsed.notices[0]).toMatch(/^Ignored the articles filter/);
  });
});

describe('permalink embed=', () => {
  it('round-trips embed=1 after every other key, and leaves it out when off', () => {
    const link = formatPermalink({ ...options.defaults, minArticles: 2, embed: true });
    expect(link).toMatch(/&min=2&embed=1$/);
    const parsed = parsePermalink(link, options);
    expect(parsed.notices).toEqual([]);
    expect(parsed.state.embed).toBe(true);
    expect(formatPermalink(parsed.state)).toBe(link);
    expect(formatPermalink({ ...options.defaults, embed: false })).not.toContain('embed');
  });
  it('reads embed=0 as the whole app', () => {
    expect(parsePermalink('#embed=0', options).state.embed).toBe(false);
  });
  it.each(['true', 'yes', '2', '', '<script>'])('rejects embed=%s with a notice', (value) => {
    const parsed = parsePermalink(`#embed=${encodeURIComponent(value)}`, options);
    expect(parsed.state.embed).toBeUndefined();
    expect(parsed.notices).toHaveLength(1);
  });
});
