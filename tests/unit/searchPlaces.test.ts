import { describe, expect, it } from 'vitest';
import type { LocationFeature } from '../../src/data/schema';
import { foldName, searchPlaces } from '../../src/state/searchPlaces';

function place(id: string, name: string, aliases: string[]): LocationFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: { id, name, aliases, kind: 'city', country: 'Libya', precision: { type: 'exact' }, coordinateSource: 'test' },
  };
}

const places = [
  place('al-watiya-air-base', 'Al-Watiya air base', ['Watiya', 'al-Wattiya', 'Uqba bin Nafi']),
  place('hmeimim-air-base', 'Hmeimim Air Base', ['Khmeimim', 'Humaymim']),
  place('tripoli', 'Tripoli', ['Ṭarābulus']),
];

describe('searchPlaces', () => {
  it('finds Al-Watiya by "Watiya", ignoring case', () => {
    expect(searchPlaces(places, 'watiya').map((m) => m.id)).toEqual(['al-watiya-air-base']);
  });
  it('finds a place by a transliteration and says which alias matched', () => {
    expect(searchPlaces(places, 'khmeimim')).toEqual([{ id: 'hmeimim-air-base', name: 'Hmeimim Air Base', matched: 'Khmeimim' }]);
  });
  it('ignores accents and hyphens', () => {
    expect(searchPlaces(places, 'tarabulus').map((m) => m.id)).toEqual(['tripoli']);
    expect(searchPlaces(places, 'al watiya').map((m) => m.id)).toEqual(['al-watiya-air-base']);
  });
  it('ranks a match at the start of a name before one inside it', () => {
    const list = [place('a', 'Sabratha', []), place('b', 'Ras Lanuf', [])];
    expect(searchPlaces(list, 'ra').map((m) => m.id)).toEqual(['b', 'a']);
  });
  it('returns nothing for an empty or unmatched query', () => {
    expect(searchPlaces(places, '   ')).toEqual([]);
    expect(searchPlaces(places, 'benghazi')).toEqual([]);
  });
  it('folds names to comparable text', () => {
    expect(foldName(' Al-Wattiya’s  ')).toBe('al wattiya s');
  });
});
