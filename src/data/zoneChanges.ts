// What changed between consecutive zone snapshots: for each zone kind (story
// zoneKinds: a faction's, contested, held by neither) the ground it gained and
// lost, in km², and where it gained. Computed once where the geometry is
// derived (deriveGeometry.ts: at build time for the data the build validated),
// so the browser does not load turf to tell a reader what changed.
// Each change is linked to the event that reports it, found rather than
// written by hand: an event of a control-changing type, dated that very day,
// whose place lies in the ground some kind gained.
import { areaKm2, dropSmallParts, overlapAreaKm2, roundCoordinates, type AreaGeometry, type LngLat } from '../geometry/geometry';
import { areaHoldsPoint, areaMinus, clipToBoxOf, unionOfAreas } from '../geometry/areaOverlay';
import type { EventRecord, ZoneFeature } from './schema';

/** How one zone kind's ground changed from one snapshot to the next. */
export interface KindChange {
  /** a zone kind id of the story (a zone's `faction`) */
  kind: string;
  /** km² this kind holds in the new snapshot and did not in the old, whole km² */
  gainedKm2: number;
  /** km² this kind held in the old snapshot and does not in the new, whole km² */
  lostKm2: number;
  /** where it gained, null when it gained nothing; [lng, lat], GeoJSON */
  gained: AreaGeometry | null;
}

/** The change of control on the first day of a snapshot, against the snapshot before it. */
export interface ZoneChange {
  /** the first day of the new snapshot, YYYY-MM-DD: the day of change */
  day: string;
  /** the snapshot it is compared with */
  previous: { validFrom: string; validTo: string };
  /** the kinds whose ground changed, most ground gained first */
  kinds: KindChange[];
  /** ids of the new snapshot's zones that overlap ground some kind gained: their references describe the change */
  zoneIds: string[];
  /** the event that reports the change, or null when none is found */
  event: { id: string; kind: string } | null;
}

export interface ZoneChangeOptions {
  /** event types that report a change of control (story eventTypes ids); default capture and withdrawal */
  eventTypes?: readonly string[];
  /**
   * Parts of a gain or loss smaller than this are dropped, km²; default 1. Two
   * snapshots drawn by hand and clipped to one coast share most edges only to
   * within rounding, which leaves slivers along them.
   */
  minPartKm2?: number;
}

/** Five decimals, about a metre, as the app's other derived geometry. */
const DECIMALS = 5;

/**
 * `zones`: every zone of every snapshot (validated: snapshots do not overlap
 * in time). `places`: location id → [lng, lat] of its label point. The changes
 * come in day order; the first snapshot has none (nothing before it to compare).
 */
export function zoneChanges(
  zones: readonly ZoneFeature[],
  events: readonly Pick<EventRecord, 'id' | 'date' | 'type' | 'locationId'>[],
  places: ReadonlyMap<string, LngLat>,
  options: ZoneChangeOptions = {},
): ZoneChange[] {
  const { eventTypes = ['capture', 'withdrawal'], minPartKm2 = 1 } = options;
  const snapshots = snapshotsOf(zones);
  const changes: ZoneChange[] = [];
  for (let i = 1; i < snapshots.length; i++) {
    const [before, after] = [snapshots[i - 1]!, snapshots[i]!];
    const kinds = [...new Set([...before.areasOf.keys(), ...after.areasOf.keys()])].sort();
    const changed: KindChange[] = [];
    for (const kind of kinds) {
      const [old, now] = [before.areasOf.get(kind) ?? [], after.areasOf.get(kind) ?? []];
      const gained = significant(oneSideOnly(now, old), minPartKm2);
      const lost = significant(oneSideOnly(old, now), minPartKm2);
      if (!gained && !lost) continue;
      changed.push({ kind, gainedKm2: wholeKm2(gained), lostKm2: wholeKm2(lost), gained: gained && roundCoordinates(gained, DECIMALS) });
    }
    if (changed.length === 0) continue;
    changed.sort((a, b) => b.gainedKm2 - a.gainedKm2 || b.lostKm2 - a.lostKm2 || (a.kind < b.kind ? -1 : 1));
    const day = after.validFrom;
    const gains = changed.filter((c): c is KindChange & { gained: AreaGeometry } => c.gained !== null);
    const zoneIds = after.zones
      .filter((z) => gains.some((g) => g.kind === z.properties.faction && overlapAreaKm2(z.geometry, g.gained) >= minPartKm2))
      .map((z) => z.properties.id);
    changes.push({ day, previous: { validFrom: before.validFrom, validTo: before.validTo }, kinds: changed, zoneIds, event: reportingEvent(day, gains, events, places, eventTypes) });
  }
  return changes;
}

interface SnapshotAreas {
  validFrom: string;
  validTo: string;
  zones: ZoneFeature[];
  /** zone kind → its zones' areas */
  areasOf: Map<string, Keyed[]>;
}

/** A zone's area, and its coordinates as text: equal texts, the same zone drawn again. */
interface Keyed {
  key: string;
  area: AreaGeometry;
}

/**
 * What the zones `mine` cover and the zones `theirs` do not, both of one
 * kind. A zone drawn the same in both (C) changes nothing: with A and B the
 * rest, (A ∪ C) − (B ∪ C) = A − B − C. So only the zones that differ are
 * unioned, and the unchanged ones (often a kind's one large zone, along a
 * whole coast) are first cut to the box of A: turf's union and difference
 * are what makes this slow, and their cost grows with the outlines they get.
 */
function oneSideOnly(mine: readonly Keyed[], theirs: readonly Keyed[]): AreaGeometry | null {
  const theirKeys = new Set(theirs.map((z) => z.key));
  const mineOnly = unionOfAreas(mine.filter((z) => !theirKeys.has(z.key)).map((z) => z.area));
  if (mineOnly === null) return null;
  const myKeys = new Set(mine.map((z) => z.key));
  const cutters = [
    ...theirs.filter((z) => !myKeys.has(z.key)),
    ...mine.filter((z) => theirKeys.has(z.key)),
  ].flatMap((z) => clipToBoxOf(z.area, mineOnly) ?? []);
  return areaMinus(mineOnly, cutters);
}

function snapshotsOf(zones: readonly ZoneFeature[]): SnapshotAreas[] {
  const byPeriod = new Map<string, ZoneFeature[]>();
  for (const zone of zones) {
    const key = `${zone.properties.validFrom}/${zone.properties.validTo}`;
    byPeriod.set(key, [...(byPeriod.get(key) ?? []), zone]);
  }
  return [...byPeriod.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, list]) => {
      const [validFrom = '', validTo = ''] = key.split('/');
      const areasOf = new Map<string, Keyed[]>();
      for (const zone of list) {
        const kind = zone.properties.faction;
        areasOf.set(kind, [...(areasOf.get(kind) ?? []), { key: JSON.stringify(zone.geometry.coordinates), area: zone.geometry }]);
      }
      return { validFrom, validTo, zones: list, areasOf };
    });
}

function significant(area: AreaGeometry | null, minPartKm2: number): AreaGeometry | null {
  return area && dropSmallParts(area, minPartKm2);
}

const wholeKm2 = (area: AreaGeometry | null): number => (area ? Math.round(areaKm2(area)) : 0);

/** The first event (by id) of a control-changing type dated `day` whose place lies in a gain; the kind that gained it. */
function reportingEvent(
  day: string,
  gains: readonly (KindChange & { gained: AreaGeometry })[],
  events: readonly Pick<EventRecord, 'id' | 'date' | 'type' | 'locationId'>[],
  places: ReadonlyMap<string, LngLat>,
  eventTypes: readonly string[],
): ZoneChange['event'] {
  const candidates = events.filter((e) => e.date === day && eventTypes.includes(e.type)).sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const event of candidates) {
    const at = places.get(event.locationId);
    const gain = at && gains.find((g) => areaHoldsPoint(g.gained, at));
    if (gain) return { id: event.id, kind: gain.kind };
  }
  return null;
}
