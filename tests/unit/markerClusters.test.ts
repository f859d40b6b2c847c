import { describe, expect, it } from 'vitest';
import { clusterPlaces, markerIndex } from '../../src/state/markerClusters';
import type { EventGroup } from '../../src/state/visibleData';
import { fixtureModel } from '../fixtures/fixtureModel';
import { geoStory } from '../fixtures/fixtureStory';

const FACTION_IDS = geoStory.factions.map((f) => f.id);

const [claim, capture] = fixtureModel.events as [typeof fixtureModel.events[0], typeof fixtureModel.events[0]];
// Tripoli and a point 1 km east: they overlap until the map is zoomed far in.
const groups: EventGroup[] = [
  { locationId: 'tripoli', anchor: [32.8872, 13.1913], events: [capture] },
  { locationId: 'embassy', anchor: [32.8872, 13.2020], events: [claim] },
  { locationId: 'benghazi', anchor: [32.1167, 20.0667], events: [claim] },
];
const world: [number, number, number, number] = [-180, -85, 180, 85];

describe('markerIndex', () => {
  it('merges markers that would overlap into one cluster that sums their events', () => {
    const index = markerIndex(groups, 12, FACTION_IDS);
    const atFive = index.getClusters(world, 5);
    expect(atFive).toHaveLength(2);
    const cluster = atFive.find((c) => 'cluster' in c.properties && c.properties.cluster)!;
    expect(cluster.properties).toMatchObject({ total: 2, byFaction: [1, 1, 0], claims: 1 });
    const id = (cluster.properties as { cluster_id: number }).cluster_id;
    expect(clusterPlaces(index, id).sort()).toEqual(['embassy', 'tripoli']);
  });
  it('separates them when zoomed in far enough, and says at which zoom', () => {
    const index = markerIndex(groups, 14, FACTION_IDS);
    const cluster = index.getClusters(world, 5).find((c) => 'cluster' in c.properties && c.properties.cluster)!;
    const zoom = index.getClusterExpansionZoom((cluster.properties as { cluster_id: number }).cluster_id);
    expect(zoom).toBeGreaterThan(5);
    expect(index.getClusters(world, zoom)).toHaveLength(3);
  });
  it('keeps markers that do not overlap apart at the default zoom', () => {
    const index = markerIndex(groups.slice(1), 12, FACTION_IDS);
    expect(index.getClusters(world, 5)).toHaveLength(2);
  });
});
