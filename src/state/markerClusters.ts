// Screen-space clustering of event markers with supercluster, so markers that
// would overlap at the current zoom become one marker with a count that
// expands on click. Pure: the map asks for clusters of a bbox and zoom.
import Supercluster from 'supercluster';
import type { EventGroup } from './visibleData';

/** Markers are 30 px wide: closer than this, they overlap and one hides the other. */
export const CLUSTER_RADIUS_PX = 30;

export interface MarkerCounts {
  /** events of each of the story's factions, in the story's order */
  byFaction: number[];
  /** events that are a party's claim or threat rather than reported fact */
  claims: number;
  total: number;
}

export interface PlaceProps extends MarkerCounts {
  locationId: string;
}

function countsOf(group: EventGroup, factions: readonly string[]): MarkerCounts {
  const byFaction = factions.map(() => 0);
  let claims = 0;
  for (const e of group.events) {
    const i = factions.indexOf(e.faction);
    if (i >= 0) byFaction[i]! += 1;
    if (e.status !== 'reported') claims++;
  }
  return { byFaction, claims, total: group.events.length };
}

export type MarkerIndex = Supercluster<PlaceProps, MarkerCounts>;

/** `factions`: the story's faction ids in order, for groups that come without their counts. */
export function markerIndex(groups: readonly EventGroup[], maxZoom: number, factions: readonly string[]): MarkerIndex {
  const index = new Supercluster<PlaceProps, MarkerCounts>({
    radius: CLUSTER_RADIUS_PX,
    // Leaflet's tiles are 256 px, the extent supercluster measures its radius in.
    extent: 256,
    maxZoom,
    map: (p) => ({ byFaction: p.byFaction, claims: p.claims, total: p.total }),
    reduce: (acc, p) => {
      // A new array, not added into: supercluster copies a cluster's properties
      // shallowly for the zoom above, so the array would be shared and counted twice.
      acc.byFaction = acc.byFaction.map((n, i) => n + (p.byFaction[i] ?? 0));
      acc.claims += p.claims;
      acc.total += p.total;
    },
  });
  index.load(
    groups.map((g) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [g.anchor[1], g.anchor[0]] },
      properties: { locationId: g.locationId, ...(g.counts ?? countsOf(g, factions)) },
    })),
  );
  return index;
}

/** Location ids of every place inside a cluster. */
export function clusterPlaces(index: MarkerIndex, clusterId: number): string[] {
  return index.getLeaves(clusterId, Infinity).map((leaf) => leaf.properties.locationId);
}
