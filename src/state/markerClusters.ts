// Screen-space clustering of event markers with supercluster, so markers that
// would overlap at the current zoom become one marker with a count that
// expands on click. Pure: the map asks for clusters of a bbox and zoom.
import Supercluster from 'supercluster';
import type { EventGroup } from './visibleData';

/** Markers are 30 px wide: closer than this, they overlap and one hides the other. */
export const CLUSTER_RADIUS_PX = 30;

export interface MarkerCounts {
  gna: number;
  lna: number;
  other: number;
  /** events that are a party's claim or threat rather than reported fact */
  claims: number;
  total: number;
}

export interface PlaceProps extends MarkerCounts {
  locationId: string;
}

function countsOf(group: EventGroup): MarkerCounts {
  // Plain counters, not c[e.faction] += 1: at 100,000 events the keyed store is most of a rebuild.
  let gna = 0;
  let lna = 0;
  let claims = 0;
  for (const e of group.events) {
    if (e.faction === 'gna') gna++;
    else if (e.faction === 'lna') lna++;
    if (e.status !== 'reported') claims++;
  }
  const total = group.events.length;
  return { gna, lna, other: total - gna - lna, claims, total };
}

export type MarkerIndex = Supercluster<PlaceProps, MarkerCounts>;

export function markerIndex(groups: readonly EventGroup[], maxZoom: number): MarkerIndex {
  const index = new Supercluster<PlaceProps, MarkerCounts>({
    radius: CLUSTER_RADIUS_PX,
    // Leaflet's tiles are 256 px, the extent supercluster measures its radius in.
    extent: 256,
    maxZoom,
    map: (p) => ({ gna: p.gna, lna: p.lna, other: p.other, claims: p.claims, total: p.total }),
    reduce: (acc, p) => {
      acc.gna += p.gna;
      acc.lna += p.lna;
      acc.other += p.other;
      acc.claims += p.claims;
      acc.total += p.total;
    },
  });
  index.load(
    groups.map((g) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [g.anchor[1], g.anchor[0]] },
      properties: { locationId: g.locationId, ...(g.counts ?? countsOf(g)) },
    })),
  );
  return index;
}

/** Location ids of every place inside a cluster. */
export function clusterPlaces(index: MarkerIndex, clusterId: number): string[] {
  return index.getLeaves(clusterId, Infinity).map((leaf) => leaf.properties.locationId);
}
