// npm run stress's generator: a synthetic dataset must pass exactly the checks
// the real data passes (quotes included), be the same for the same seed, and
// hold every kind of event the app draws.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelOf } from '../../src/data/validatedModel';
import { readGeoDir, readCountryOutline } from '../../src/data/loadDataset';
import { ClaimStatus } from '../../src/data/schema';
import { storyIds } from '../../src/data/storySchema';
import { geoStory } from '../fixtures/fixtureStory';
import { validateDataset } from '../../src/data/validateDataset';
import { validateRecords } from '../../src/data/validateRecords';
import { distanceOutsideKm } from '../../src/geometry/geometry';
import { generateStress } from '../../scripts/stress/generateStress';
import { LIBYAN_TOWNS } from '../../scripts/stress/towns';
import { repoRoot } from './fixtureDirs';

const real = validateRecords(readGeoDir(join(repoRoot, 'geo'))).dataset;
if (!real) throw new Error('geo/ must validate');
const outline = readCountryOutline('Libya');
const isOnLand = (at: readonly [number, number]) => distanceOutsideKm(at, outline) === 0;
const generated = generateStress(real, { story: geoStory, towns: LIBYAN_TOWNS, events: 500, seed: 7, isOnLand });

describe('generateStress', () => {
  it('makes data that passes every check, quotes against its own articles included, and joins', () => {
    const { files, articles } = generated;
    const { dataset, problems } = validateDataset(structuredClone(files), { articles, outline, story: storyIds(geoStory) });
    expect(problems).toEqual([]);
    const model = modelOf(dataset!);
    expect(model.events.filter((e) => !e.path)).toHaveLength(500);
    // The real events with a path come along, re-cited, so the lines are drawn too.
    expect(model.events.filter((e) => e.line).length).toBeGreaterThan(0);
    expect(model.snapshots.length).toBeGreaterThan(0);
  }, 60_000);

  it('is the same for the same seed, and differs for another', () => {
    const again = generateStress(real, { story: geoStory, towns: LIBYAN_TOWNS, events: 500, seed: 7, isOnLand });
    expect(JSON.stringify(again.files)).toBe(JSON.stringify(generated.files));
    expect([...again.articles]).toEqual([...generated.articles]);
    const other = generateStress(real, { story: geoStory, towns: LIBYAN_TOWNS, events: 500, seed: 8, isOnLand });
    expect(JSON.stringify(other.files.events)).not.toBe(JSON.stringify(generated.files.events));
  });

  it('has every faction, event type and claim status, spread over 2011–2020', () => {
    const { events } = generated.files;
    expect(new Set(events.map((e) => e.faction))).toEqual(new Set(geoStory.factions.map((f) => f.id)));
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(geoStory.eventTypes.map((t) => t.id)));
    expect(new Set(events.map((e) => e.status))).toEqual(new Set(ClaimStatus.options));
    const years = new Set(events.map((e) => Number(e.date.slice(0, 4))));
    expect(Math.min(...years)).toBe(2011);
    expect(Math.max(...years)).toBe(2020);
    expect(new Set(events.map((e) => e.datePrecision))).toEqual(new Set(['day', 'month', 'year']));
    for (const event of events) expect(event.sources.length).toBeGreaterThan(0);
  });

  it('puts events at real Libyan places and at synthetic sites named as such, near real towns', () => {
    const places = new Map(generated.files.locations.features.map((f) => [String(f.properties?.['id']), f]));
    const used = new Set(generated.files.events.map((e) => e.locationId));
    const synthetic = [...used].filter((id) => id.startsWith('synthetic-site-'));
    const realUsed = [...used].filter((id) => !id.startsWith('synthetic-site-'));
    expect(synthetic.length).toBeGreaterThan(0);
    expect(realUsed.length).toBeGreaterThan(0);
    for (const id of realUsed) expect(real.locations.find((l) => l.properties.id === id)?.properties.country).toBe('Libya');
    const towns = new Set(LIBYAN_TOWNS.map((t) => t.name));
    for (const id of synthetic) {
      const name = String(places.get(id)?.properties?.['name']);
      expect(name).toMatch(/^Synthetic site \d+ near /);
      expect(towns.has(name.replace(/^Synthetic site \d+ near /, ''))).toBe(true);
    }
  });

  it('says in every synthetic article that it is synthetic', () => {
    for (const text of generated.articles.values()) expect(text).toContain('SYNTHETIC TEXT');
    for (const source of generated.files.sources) expect(source.outlet).toMatch(/^Synthetic /);
  });
});
