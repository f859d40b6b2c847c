// Search as a reader types it, over the real story: towns by their common
// English spellings and small typos, events by the words the articles use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Town } from '../../src/data/gazetteer';
import { EventsFile, LocationsFile } from '../../src/data/schema';
import { storySearch } from '../../src/state/searchPlaces';
import { repoRoot } from './fixtureDirs';

const read = (name: string): unknown => JSON.parse(readFileSync(join(repoRoot, 'geo', name), 'utf8'));
const places = LocationsFile.parse(read('locations.geojson')).features;
const events = EventsFile.parse(read('events.json'));
const towns = (read('gazetteer.json') as { towns: Town[] }).towns;
const search = storySearch(places, towns, events);
const first = (q: string) => search(q)[0];

describe('storySearch', () => {
  it.each([
    ['Misurata', 'Misrata'], ['Misrata', 'Misrata'], ['misratah', 'Misrata'], ['Zuwarah', 'Zuwara'], ['Zuwara', 'Zuwara'],
    ['Gharian', 'Gharyan'], ['Tarhunah', 'Tarhuna'], ['Derna', 'Derna'], ['Ghariyan', 'Gharyan'], ['Bani Walid', 'Bani Walid'],
  ])('finds the town %s as %s first', (query, name) => {
    const hit = first(query);
    expect(hit?.name).toBe(name);
    expect(hit?.kind === 'town' || hit?.kind === 'place').toBe(true);
  });
  it('gives a town its point, to move the map to', () => {
    const hit = first('Misurata');
    expect(hit?.kind).toBe('town');
    if (hit?.kind === 'town') expect(hit.at[0]).toBeCloseTo(32.38, 1);
  });
  it.each(['Pantsir', 'Gadhafi', 'Kalin'])('finds events by "%s", which their text spells so', (word) => {
    const found = search(word).filter((h) => h.kind === 'event');
    expect(found.length).toBeGreaterThan(0);
    for (const hit of found) {
      const e = events.find((x) => x.id === hit.id)!;
      expect(`${e.title} ${e.summary} ${e.actors.join(' ')}`.toLowerCase()).toContain(word.toLowerCase());
    }
  });
  it('still finds a place of the story by an alias before anything else', () => {
    expect(first('watiya')).toMatchObject({ kind: 'place', id: 'al-watiya-air-base' });
  });
  it('finds nothing for nonsense', () => {
    expect(search('qqqxz')).toEqual([]);
    expect(search('  ')).toEqual([]);
  });
});
