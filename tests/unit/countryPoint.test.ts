// The story country's own place (kind "country") stands where geo/README.md
// says it does: the centre of the country's area on Natural Earth's outline,
// the one the basemap and the zones use. A point typed from an atlas site, or
// one a data author moved, fails here.
import { centerOfMass } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readCountryOutline, readGeoDir } from '../../src/data/loadDataset';
import { readStory } from '../../src/data/readStory';
import { distanceKm } from '../../src/geometry/geometry';
import { repoRoot } from './fixtureDirs';

describe('the story country’s point', () => {
  it('is the centre of its Natural Earth outline, within a kilometre', () => {
    const geo = join(repoRoot, 'geo');
    const story = readStory(geo);
    const places = (readGeoDir(geo).locations as { features: { geometry: { coordinates: [number, number] }; properties: { kind: string; name: string } }[] }).features;
    const country = places.filter((p) => p.properties.kind === 'country');
    expect(country.map((p) => p.properties.name)).toEqual([story.country]);
    const centre = centerOfMass(readCountryOutline(story.country)).geometry.coordinates as [number, number];
    expect(distanceKm(country[0]!.geometry.coordinates, centre)).toBeLessThan(1);
  });
});
