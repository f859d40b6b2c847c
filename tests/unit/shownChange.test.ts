// The day of change as the map shows it: a faction turned off takes its gains
// with its zones, and the note beside the dates is told which sides' gains are hatched.
import { describe, expect, it } from 'vitest';
import type { ZoneChange } from '../../src/data/zoneChanges';
import type { ZoneFeature } from '../../src/data/schema';
import { hatchedKinds, shownChange } from '../../src/state/shownChange';

const square = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
const change: ZoneChange = {
  day: '2020-05-18',
  previous: { validFrom: '2020-05-01', validTo: '2020-05-17' },
  kinds: [
    { kind: 'a', gainedKm2: 2000, lostKm2: 0, gained: square },
    { kind: 'b', gainedKm2: 0, lostKm2: 2000, gained: null },
  ],
  zoneIds: ['z1'],
  event: { id: 'e1', kind: 'a' },
};
const zone = (kind: string) => ({ type: 'Feature', properties: { id: `z-${kind}`, faction: kind }, geometry: square }) as unknown as ZoneFeature;

describe('shownChange', () => {
  it('keeps every kind while both sides are shown, and hatches the ground gained', () => {
    const shown = shownChange({ change, zones: [zone('a'), zone('b')] });
    expect(shown?.kinds.map((k) => k.kind)).toEqual(['a', 'b']);
    expect(hatchedKinds({ change, zones: [zone('a'), zone('b')] })).toEqual(['a']);
  });

  it('drops the kind whose zones are turned off: the side that only lost ground hatches nothing', () => {
    const shown = shownChange({ change, zones: [zone('b')] });
    expect(shown?.kinds.map((k) => k.kind)).toEqual(['b']);
    expect(hatchedKinds({ change, zones: [zone('b')] })).toEqual([]);
  });

  it('is nothing with no change, or no zones of its kinds', () => {
    expect(shownChange({ change: null, zones: [zone('a')] })).toBeNull();
    expect(shownChange({ change, zones: [zone('c')] })).toBeNull();
    expect(hatchedKinds({ change, zones: [] })).toEqual([]);
  });

  it('names what it draws, so a layer given the same kinds keeps what it drew', () => {
    expect(shownChange({ change, zones: [zone('a'), zone('b')] })?.key).toBe(shownChange({ change, zones: [zone('b'), zone('a')] })?.key);
    expect(shownChange({ change, zones: [zone('a')] })?.key).not.toBe(shownChange({ change, zones: [zone('a'), zone('b')] })?.key);
  });
});
