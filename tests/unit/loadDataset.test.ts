import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticles, readGeoDir, readCountryOutline } from '../../src/data/loadDataset';
import { UnreadableFile } from '../../src/data/validateDataset';
import { areaKm2, bboxOf } from '../../src/geometry/geometry';
import { fixtureArticlesDir } from './fixtureDirs';

describe('readGeoDir', () => {
  it('hands on a missing or broken file as an UnreadableFile with the line of the error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'geo-read-'));
    writeFileSync(join(dir, 'sources.json'), '[]');
    writeFileSync(join(dir, 'events.json'), '[\n  {"id": "a"}\n  {"id": "b"}\n]\n');
    writeFileSync(join(dir, 'zones.geojson'), '{"type": "FeatureCollection", "features": [}');
    const raw = readGeoDir(dir);
    expect(raw.sources).toEqual([]);
    expect(raw.locations).toEqual(new UnreadableFile('file is missing'));
    expect(raw.events).toEqual(new UnreadableFile("not valid JSON: Expected ',' or ']' after array element at line 3, column 3"));
    expect(raw.zones).toEqual(new UnreadableFile("not valid JSON: Unexpected token '}' at line 1, column 44"));
  });
});

describe('readArticles', () => {
  it('reads the .txt files by name', () => {
    const articles = readArticles(fixtureArticlesDir);
    expect([...articles.keys()]).toEqual(['fixture-article.txt']);
    expect(articles.get('fixture-article.txt')).toContain('Al-Watiya air base');
  });
});

describe('readCountryOutline', () => {
  it("is Natural Earth's Libya", () => {
    const libya = readCountryOutline('Libya');
    expect(libya.properties).toEqual({ name: 'Libya' });
    const [west, south, east, north] = bboxOf(libya);
    expect([west, south, east, north].map(Math.round)).toEqual([9, 19, 25, 33]);
    // Libya is about 1.7 million km².
    expect(areaKm2(libya)).toBeGreaterThan(1_500_000);
    expect(areaKm2(libya)).toBeLessThan(1_900_000);
    expect(readCountryOutline('Libya')).toBe(libya);
  });
});
