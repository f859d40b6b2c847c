// visibleData filters through eventColumns (day numbers in typed arrays, a
// binary search for where the window can start); on a large dataset it must
// keep exactly the events the plain rule keeps, in the same order and groups,
// and count each group's factions and claims right.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelOf } from '../../src/data/validatedModel';
import { readGeoDir } from '../../src/data/loadDataset';
import { validateRecords } from '../../src/data/validateRecords';
import { addDays } from '../../src/dates';
import { LAYER_IDS, type LayerId } from '../../src/layers';
import { articleCount } from '../../src/state/articleCount';
import { dayNumber } from '../../src/state/eventColumns';
import { eventInWindow, visibleData } from '../../src/state/visibleData';
import { generateStress } from '../../scripts/stress/generateStress';
import { seededRandom } from '../../scripts/stress/seededRandom';
import { fourFactionStory, geoStory } from '../fixtures/fixtureStory';
import { repoRoot } from './fixtureDirs';

const real = validateRecords(readGeoDir(join(repoRoot, 'geo'))).dataset!;
const { files } = generateStress(real, { story: geoStory, events: 3000, seed: 3 });
const model = modelOf(validateRecords(structuredClone(files)).dataset!);

describe('dayNumber', () => {
  it('counts days since 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2020-05-18') - dayNumber('2020-05-17')).toBe(1);
    expect(dayNumber('2021-01-01') - dayNumber('2020-01-01')).toBe(366);
  });
});

describe('visibleData on 3,000 synthetic events', () => {
  const random = seededRandom(11);
  const windows = Array.from({ length: 40 }, () => {
    const from = addDays('2010-06-01', random.int(3900));
    return { from, to: addDays(from, random.int(random.next() < 0.5 ? 30 : 2000)) };
  });
  // Year- and month-precise events reach back: a window that starts on their last day must still hold them.
  windows.push({ from: '2019-12-31', to: '2019-12-31' }, { from: '2011-01-01', to: '2020-12-31' });

  it.each(windows)('keeps what the plain rule keeps, $from to $to', ({ from, to }) => {
    const layers: LayerId[] = LAYER_IDS.filter((l) => l !== 'lna');
    const minArticles = from < '2015' ? 2 : 1;
    const expected = model.events.filter(
      (e) => e.faction !== 'lna' && eventInWindow(e, from, to) && articleCount(e.sources) >= minArticles,
    );
    const visible = visibleData(model, { layers, from, to, minArticles }, geoStory);
    expect(visible.events.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    const byPlace = new Map<string, string[]>();
    for (const e of expected) byPlace.set(e.locationId, [...(byPlace.get(e.locationId) ?? []), e.id]);
    expect(visible.groups.map((g) => [g.locationId, g.events.map((e) => e.id)])).toEqual([...byPlace]);
    for (const g of visible.groups) {
      const count = (f: string) => g.events.filter((e) => e.faction === f).length;
      const claims = g.events.filter((e) => e.status !== 'reported').length;
      expect(g.counts).toEqual({ byFaction: geoStory.factions.map((f) => count(f.id)), claims, total: g.events.length });
    }
  });

  it('has a year-precise event in a window on its last day', () => {
    const yearly = model.events.find((e) => e.datePrecision === 'year')!;
    const visible = visibleData(model, { layers: LAYER_IDS, from: yearly.end, to: yearly.end }, geoStory);
    expect(visible.events).toContain(yearly);
  });
});

describe('visibleData with a story of four factions', () => {
  const story = fourFactionStory;
  const four = modelOf(validateRecords(structuredClone(generateStress(real, { story, events: 2000, seed: 5 }).files)).dataset!);
  const kinds = ['zones', 'events', 'route', 'labels'];
  const all = { layers: [...story.factions.map((f) => f.id), ...kinds], from: '2011-01-01', to: '2020-12-31' };

  it('counts every faction on its own, in the story order, claims apart', () => {
    const visible = visibleData(four, all, story);
    // The 2,000 generated events, and the real data's events with a path (drawn as lines, not counted in markers).
    const markers = four.events.filter((e) => !e.path);
    expect(markers).toHaveLength(2000);
    expect(visible.events).toHaveLength(four.events.length);
    const totals = story.factions.map(() => 0);
    let claims = 0;
    for (const g of visible.groups) {
      const counts = g.counts!;
      expect(counts.byFaction).toHaveLength(4);
      expect(counts.byFaction).toEqual(story.factions.map((f) => g.events.filter((e) => e.faction === f.id).length));
      expect(counts.byFaction.reduce((a, b) => a + b, 0)).toBe(counts.total);
      expect(counts.claims).toBe(g.events.filter((e) => e.status !== 'reported').length);
      for (const [i, n] of counts.byFaction.entries()) totals[i]! += n;
      claims += counts.claims;
    }
    // The fourth faction has events of its own, and they are not counted as claims or as "other".
    expect(totals[2]).toBe(markers.filter((e) => e.faction === 'fourth').length);
    expect(totals[2]).toBeGreaterThan(0);
    expect(claims).toBe(markers.filter((e) => e.status !== 'reported').length);
  });

  it('hides the fourth faction, and only it, when its layer is off', () => {
    const visible = visibleData(four, { ...all, layers: all.layers.filter((l) => l !== 'fourth') }, story);
    expect(visible.events.length).toBe(four.events.filter((e) => e.faction !== 'fourth').length);
    expect(visible.events.some((e) => e.faction === 'fourth')).toBe(false);
  });
});
