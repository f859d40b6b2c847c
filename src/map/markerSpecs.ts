// Which event markers a view shows, as plain data: one per place, or one per
// cluster of places that would overlap at this zoom (state/markerClusters.ts).
// Each has a key that stays the same for as long as it stands for the same
// places, so the map keeps its element across moves and selections
// (eventMarkersLayer.ts) and only adds and removes the ones that changed
// (markerDiff below). Pure: no Leaflet, no DOM; tested in plain Node.
import type { EventView } from '../data/model';
import { clusterPlaces, markerIndex, type MarkerCounts, type MarkerIndex } from '../state/markerClusters';
import type { EventGroup } from '../state/visibleData';

/** What the markers are drawn from: built once per set of groups, kept across selections and moves. */
export interface MarkerData {
  groups: readonly EventGroup[];
  index: MarkerIndex;
  byLocation: ReadonlyMap<string, EventGroup>;
}

/** `factionIds`: the story's factions, in the order the groups count them. */
export function markerData(groups: readonly EventGroup[], maxZoom: number, factionIds: readonly string[]): MarkerData {
  return { groups, index: markerIndex(groups, maxZoom, factionIds), byLocation: new Map(groups.map((g) => [g.locationId, g])) };
}

export interface MarkerSpec {
  /** `place:ID` for one place, `cluster:ID ID …` (sorted) for a cluster */
  key: string;
  /** [lat, lng] */
  at: [number, number];
  counts: MarkerCounts;
  /** the places it stands for: one, or a cluster's, sorted */
  locations: string[];
  /** their names, in the same order */
  names: string[];
  /** the one event of a place that has only one */
  single: EventView | null;
  /** supercluster's id of a cluster at this zoom (it may change with the zoom; the key does not); null for a place */
  clusterId: number | null;
}

/** The markers for a bounding box [west, south, east, north] at a zoom. */
export function markerSpecs(
  { index, byLocation }: MarkerData,
  bbox: [number, number, number, number],
  zoom: number,
  placeNames: ReadonlyMap<string, string>,
): MarkerSpec[] {
  return index.getClusters(bbox, Math.round(zoom)).map((c) => {
    const [lng, lat] = c.geometry.coordinates as [number, number];
    // The counts as supercluster keeps them (with its own fields beside them): never written to.
    const counts = c.properties as MarkerCounts;
    if ('cluster' in c.properties && c.properties.cluster) {
      const clusterId = c.properties.cluster_id;
      const locations = clusterPlaces(index, clusterId).sort();
      return { key: `cluster:${locations.join(' ')}`, at: [lat, lng], counts, locations,
        names: locations.map((p) => placeNames.get(p) ?? p), single: null, clusterId };
    }
    const { locationId } = c.properties as { locationId: string };
    const events = byLocation.get(locationId)?.events ?? [];
    return { key: `place:${locationId}`, at: [lat, lng], counts, locations: [locationId],
      names: [placeNames.get(locationId) ?? locationId], single: events.length === 1 ? events[0]! : null, clusterId: null };
  });
}

/** Keys to add, to keep and to remove, going from the markers drawn to the ones wanted. */
export function markerDiff(drawn: Iterable<string>, wanted: readonly string[]): { enter: string[]; stay: string[]; exit: string[] } {
  const before = new Set(drawn);
  const after = new Set(wanted);
  return {
    enter: wanted.filter((k) => !before.has(k)),
    stay: wanted.filter((k) => before.has(k)),
    exit: [...before].filter((k) => !after.has(k)),
  };
}
