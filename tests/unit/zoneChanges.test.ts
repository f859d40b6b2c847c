// What changed between zone snapshots, on hand-made squares whose areas are
// known without turf: a box between two meridians and two parallels has area
// R² · Δλ · (sin φ₂ − sin φ₁) on a sphere of radius R (the spherical-excess
// result; turf measures on the same sphere). The output is also compared with
// a golden file you can read: tests/fixtures/zone-changes/changes.json.
// UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/zoneChanges.test.ts rewrites it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventView, Model, Snapshot } from '../../src/data/model';
import type { ZoneFeature } from '../../src/data/schema';
import { zoneChanges } from '../../src/data/zoneChanges';
import { roundedKm2, zoneChangeText } from '../../src/state/zoneChangeText';
import { fixtures } from './fixtureDirs';

const dir = join(fixtures, 'zone-changes');
const zones = (JSON.parse(readFileSync(join(dir, 'zones.geojson'), 'utf8')) as { features: ZoneFeature[] }).features;

/** The mean Earth radius in metres (IUGG), the sphere turf measures on. */
const R = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;
/** km² of the box [west, east] × [south, north], in degrees. */
const boxKm2 = (west: number, south: number, east: number, north: number) =>
  (R * R * rad(east - west) * (Math.sin(rad(north)) - Math.sin(rad(south)))) / 1e6;

const places = new Map<string, [number, number]>([
  ['old-town', [0.5, 0.5]], // west held it already
  ['strip-town', [1.25, 0.5]], // in the strip the west takes on day 3
  ['band-town', [1.6, 0.5]], // in the band that becomes contested on day 5
]);
const events = [
  { id: 'a-capture-elsewhere', date: '2000-01-03', type: 'capture', locationId: 'old-town' },
  { id: 'b-strip-captured', date: '2000-01-03', type: 'capture', locationId: 'strip-town' },
  { id: 'c-strip-captured-a-day-late', date: '2000-01-04', type: 'capture', locationId: 'strip-town' },
  { id: 'd-band-statement', date: '2000-01-05', type: 'statement', locationId: 'band-town' },
];

describe('zoneChanges', () => {
  const changes = zoneChanges(zones, events, places);

  it('matches the golden file', () => {
    const out = join(dir, 'changes.json');
    if (process.env['UPDATE_GOLDEN']) writeFileSync(out, `${JSON.stringify(changes, null, 2)}\n`);
    expect(changes).toEqual(JSON.parse(readFileSync(out, 'utf8')));
  });

  it('lists a change only on days whose zones differ from the day before', () => {
    expect(changes.map((c) => c.day)).toEqual(['2000-01-03', '2000-01-05']);
    expect(changes[0]?.previous).toEqual({ validFrom: '2000-01-01', validTo: '2000-01-02' });
  });

  it('measures what each kind gained and lost, in km²', () => {
    const strip = Math.round(boxKm2(1, 0, 1.5, 1));
    const band = Math.round(boxKm2(1.5, 0, 1.75, 1));
    expect(strip).toBeGreaterThan(6000); // half a degree square near the equator: a sanity check of the formula
    expect(changes[0]?.kinds.map((k) => [k.kind, k.gainedKm2, k.lostKm2])).toEqual([
      ['west', strip, 0],
      ['east', 0, strip],
    ]);
    expect(changes[1]?.kinds.map((k) => [k.kind, k.gainedKm2, k.lostKm2])).toEqual([
      ['contested', band, 0],
      ['east', 0, band],
    ]);
  });

  it('draws the ground gained, and only that', () => {
    const gained = changes[0]?.kinds[0]?.gained;
    expect(gained?.type).toBe('Polygon');
    const xs = (gained?.coordinates.flat(2) as number[] | undefined ?? []).filter((_, i) => i % 2 === 0);
    expect([Math.min(...xs), Math.max(...xs)]).toEqual([1, 1.5]);
    expect(changes[0]?.kinds[1]?.gained).toBeNull();
  });

  it('links the capture dated that day inside the ground gained, not one outside it or a day late', () => {
    expect(changes[0]?.event).toEqual({ id: 'b-strip-captured', kind: 'west' });
    expect(changes[1]?.event).toBeNull(); // a statement does not change control
    expect(changes[1]?.zoneIds).toEqual(['d5-band']);
  });
});

describe('zoneChangeText', () => {
  const story = {
    factions: [{ id: 'w', name: 'The West', short: 'West', backers: [], colour: '#0072B2', order: 1 }],
    zoneKinds: [
      { id: 'west', label: 'Held by the West', colour: '#0072B2', faction: 'w' },
      { id: 'east', label: 'Held by the East', colour: '#E69F00' },
      { id: 'contested', label: 'Contested', colour: '#F0E442' },
    ],
  };
  const changes = zoneChanges(zones, events, places);
  const strip = boxKm2(1, 0, 1.5, 1);
  const event = { id: 'b-strip-captured', type: 'capture', faction: 'w', location: { properties: { name: 'Strip Town' } } } as unknown as EventView;
  const snapshots = [{ validFrom: '2000-01-05', validTo: '2000-01-05', zones: zones.filter((z) => z.properties.validFrom === '2000-01-05') }] as Snapshot[];
  const model = { eventsById: new Map([[event.id, event]]), snapshots } as unknown as Model;

  it('tells a linked change as who took which place, and about how much ground', () => {
    const told = zoneChangeText(changes[0]!, model, story as never);
    expect(told.text).toBe(`3 January 2000: the West took Strip Town and about ${roundedKm2(strip)} km² around it.`);
    expect(told.eventId).toBe('b-strip-captured');
    // The ground the sentence tells: the taker's gain, not the loser's.
    expect(told.gainedKinds).toEqual([changes[0]!.event!.kind]);
  });

  it('tells an unlinked change by kind, and names the zones’ references instead', () => {
    const told = zoneChangeText(changes[1]!, model, story as never);
    expect(told.eventId).toBeNull();
    expect(told.text).toMatch(/^5 January 2000: “Contested” zones gained about [\d,]+ km²; “Held by the East” zones lost about [\d,]+ km²\. No event dated that day reports it\.$/);
    expect(told.references).toEqual(['Reference for d5-band']);
    expect(told.gainedKinds).toEqual(changes[1]!.kinds.filter((k) => k.gainedKm2 > 0).map((k) => k.kind));
  });

  it('rounds areas to what a hand-drawn zone can say', () => {
    expect([roundedKm2(2003), roundedKm2(2345.6), roundedKm2(85.4), roundedKm2(12_499), roundedKm2(4)]).toEqual(['2,000', '2,300', '85', '12,000', 'under 10']);
  });
});
