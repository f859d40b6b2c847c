import { describe, expect, it } from 'vitest';
import { dayRange } from '../../src/data/buildModel';
import { modelOf } from '../../src/data/validatedModel';
import type { Dataset } from '../../src/data/model';
import { validateDir, validDir } from './fixtureDirs';
import { distanceKm, distanceOutsideKm, type AreaGeometry } from '../../src/geometry/geometry';

function fixtureDataset(): Dataset {
  const { dataset } = validateDir(validDir);
  if (!dataset) throw new Error('the valid fixture must validate');
  return dataset;
}

describe('dayRange', () => {
  it('spans what a partial date can mean', () => {
    expect(dayRange('2020')).toEqual({ start: '2020-01-01', end: '2020-12-31' });
    expect(dayRange('2020-05')).toEqual({ start: '2020-05-01', end: '2020-05-31' });
    expect(dayRange('2020-02')).toEqual({ start: '2020-02-01', end: '2020-02-29' });
    expect(dayRange('2019-02')).toEqual({ start: '2019-02-01', end: '2019-02-28' });
    expect(dayRange('2020-05-18')).toEqual({ start: '2020-05-18', end: '2020-05-18' });
  });
});

describe('buildModel', () => {
  const model = modelOf(fixtureDataset());

  it('sorts events by first possible day, then id, with their date ranges', () => {
    expect(model.events.map((e) => [e.id, e.start, e.end])).toEqual([
      ['2019-offensive-on-tripoli', '2019-01-01', '2019-12-31'],
      ['2020-05-jets-arrive-in-the-east', '2020-05-01', '2020-05-31'],
      ['2020-05-18-watiya-captured', '2020-05-18', '2020-05-18'],
      ['2020-05-20-battery-paraded', '2020-05-20', '2020-05-20'],
      ['hmeimim-to-eastern-libya', '2020-05-21', '2020-05-21'],
    ]);
    expect(model.eventsById.get('2020-05-18-watiya-captured')).toBe(model.events[2]);
  });

  it('joins each event to its place and anchors it at [lat, lng]', () => {
    const watiya = model.eventsById.get('2020-05-18-watiya-captured');
    expect(watiya?.location.properties.name).toBe('Al-Watiya Air Base');
    expect(watiya?.anchor).toEqual([32.47222, 11.9]);
    // An event at an area sits inside it: the fixture's eastern-libya box is 20–24.5°E, 26–31°N.
    const [lat, lng] = model.eventsById.get('2020-05-jets-arrive-in-the-east')?.anchor ?? [];
    expect(lng).toBeCloseTo(22.25, 6);
    expect(lat).toBeGreaterThan(26);
    expect(lat).toBeLessThan(31);
  });

  it('has a label point for every place', () => {
    expect([...model.labelPoints.keys()].sort()).toEqual(
      ['al-watiya-air-base', 'eastern-libya', 'hmeimim-air-base', 'tripoli', 'tripoli-southern-front'],
    );
    expect(model.labelPoints.get('tripoli')).toEqual([32.88722, 13.19139]);
  });

  it('groups zones into snapshots by period, in time order', () => {
    expect(model.snapshots.map((s) => [s.validFrom, s.validTo, s.zones.map((z) => z.properties.id)])).toEqual([
      ['2020-04-14', '2020-05-17', ['before-gna', 'before-lna']],
      ['2020-05-18', '2020-05-31', ['after-contested', 'after-gna', 'after-lna']],
    ]);
  });

  it('draws a path into an area as a great circle from its start that stops just inside the area, measured in whole km', () => {
    const line = model.eventsById.get('hmeimim-to-eastern-libya')?.line;
    const area = model.locations.get('eastern-libya')!.geometry as AreaGeometry;
    const first = line!.positions[0]!;
    const last = line!.positions.at(-1)!;
    expect(first).toEqual([35.41167, 35.945]);
    // The sources name no destination in the area: the line ends inside its edge, not at a point in its middle.
    expect(distanceOutsideKm([last[1], last[0]], area)).toBe(0);
    expect(line?.to).toEqual({ name: 'Eastern Libya', destinationNamed: false });
    expect(line?.distanceKm).toBe(Math.round(distanceKm([first[1], first[0]], [last[1], last[0]])));
    expect(line?.positions).toHaveLength(64);
    // An event without a path has no line.
    expect(model.eventsById.get('2020-05-jets-arrive-in-the-east')?.line).toBeUndefined();
  });

  it('is read-only all the way down, and leaves its input alone', () => {
    const dataset = fixtureDataset();
    const frozen = modelOf(dataset);
    expect(Object.isFrozen(dataset.events[0])).toBe(false);
    expect(Object.isFrozen(frozen)).toBe(true);
    expect(Object.isFrozen(frozen.events)).toBe(true);
    expect(Object.isFrozen(frozen.events[0]?.sources[0])).toBe(true);
    expect(Object.isFrozen(frozen.events[0]?.location.geometry)).toBe(true);
    expect(Object.isFrozen(frozen.snapshots[0]?.zones[0]?.geometry.coordinates[0])).toBe(true);
    expect(() => {
      (frozen.events as unknown as unknown[]).push(1);
    }).toThrow(TypeError);
    expect(() => (frozen.eventsById as Map<string, unknown>).set('x', 1)).toThrow('the model is read-only: Map.set is not allowed');
    expect(() => (frozen.sources as Map<string, unknown>).clear()).toThrow(TypeError);
    expect(frozen.sources.size).toBe(1);
  });
});
