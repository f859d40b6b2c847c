// Which markers the map keeps across a move (src/map/markerSpecs.ts): the
// eventMarkersLayer keeps a marker's element for as long as its key stays, so
// a focused marker is still there after a pan, and only the markers that
// changed are added or removed.
import { describe, expect, it } from 'vitest';
import { markerData, markerDiff, markerSpecs } from '../../src/map/markerSpecs';
import type { EventGroup } from '../../src/state/visibleData';
import { fixtureModel } from '../fixtures/fixtureModel';
import { geoStory } from '../fixtures/fixtureStory';

const [claim, capture] = fixtureModel.events as [typeof fixtureModel.events[0], typeof fixtureModel.events[0]];
// Tripoli and a point 1 km east overlap until the map is zoomed far in; Benghazi is far from both.
const groups: EventGroup[] = [
  { locationId: 'tripoli', anchor: [32.8872, 13.1913], events: [capture] },
  { locationId: 'embassy', anchor: [32.8872, 13.2020], events: [claim] },
  { locationId: 'benghazi', anchor: [32.1167, 20.0667], events: [claim, capture] },
];
const names = new Map([['tripoli', 'Tripoli'], ['embassy', 'Embassy'], ['benghazi', 'Benghazi']]);
const data = markerData(groups, 12, geoStory.factions.map((f) => f.id));
const libya: [number, number, number, number] = [9, 19, 26, 34];
const aroundTripoli: [number, number, number, number] = [12, 32, 14, 34];
const keys = (bbox: [number, number, number, number], zoom: number) => markerSpecs(data, bbox, zoom, names).map((s) => s.key).sort();

describe('markerSpecs', () => {
  it('names a place by its id and a cluster by its places, whatever the zoom', () => {
    const atFive = markerSpecs(data, libya, 5, names);
    const atSix = markerSpecs(data, libya, 6, names);
    const cluster5 = atFive.find((s) => s.clusterId !== null)!;
    const cluster6 = atSix.find((s) => s.clusterId !== null)!;
    expect(cluster5.key).toBe('cluster:embassy tripoli');
    expect(cluster5.names).toEqual(['Embassy', 'Tripoli']);
    expect(cluster6.key).toBe(cluster5.key);
    const benghazi = atFive.find((s) => s.key === 'place:benghazi')!;
    expect(benghazi).toMatchObject({ locations: ['benghazi'], single: null, clusterId: null });
    expect(benghazi.counts.total).toBe(2);
  });

  it('gives the one event of a place that has one, for the marker to open', () => {
    const apart = markerSpecs(data, aroundTripoli, 12, names);
    expect(apart.map((s) => s.key).sort()).toEqual(['place:embassy', 'place:tripoli']);
    expect(apart.find((s) => s.key === 'place:tripoli')!.single?.id).toBe(capture.id);
  });
});

describe('markerDiff', () => {
  it('keeps the markers still in view after a pan, and removes only those that left', () => {
    const before = keys(libya, 5);
    const after = keys(aroundTripoli, 5);
    expect(markerDiff(before, after)).toEqual({ enter: [], stay: ['cluster:embassy tripoli'], exit: ['place:benghazi'] });
  });

  it('replaces a cluster by its places when a zoom separates them, and keeps the rest', () => {
    const before = keys(libya, 5);
    const zoom = data.index.getClusterExpansionZoom(markerSpecs(data, libya, 5, names).find((s) => s.clusterId !== null)!.clusterId!);
    const after = keys(libya, zoom);
    const diff = markerDiff(before, after);
    expect(diff.stay).toEqual(['place:benghazi']);
    expect(diff.exit).toEqual(['cluster:embassy tripoli']);
    expect(diff.enter.sort()).toEqual(['place:embassy', 'place:tripoli']);
  });

  it('changes nothing when the view shows the same markers', () => {
    const same = keys(libya, 5);
    expect(markerDiff(same, same)).toEqual({ enter: [], stay: same, exit: [] });
  });
});
