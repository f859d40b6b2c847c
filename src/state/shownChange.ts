// The day of change as the map shows it: only the zone kinds whose zones are
// shown (a faction turned off takes its gains with its zones). The hatching
// and its name (map/zoneChangeLayer.ts, map/zoneChangeLabelLayer.ts) draw this;
// the sentence beside the time control (panel/ZoneChangeNote.tsx) tells the
// whole change and says whether the ground it tells is hatched.
import type { KindChange, ZoneChange } from '../data/zoneChanges';
import type { VisibleData } from './visibleData';

/** The change on the window's last day with only the kinds whose zones are shown; null when none is. `key` names what it draws. */
export function shownChange({ change, zones }: Pick<VisibleData, 'change' | 'zones'>): (ZoneChange & { key: string }) | null {
  if (!change) return null;
  const shown = new Set(zones.map((z) => z.properties.faction));
  const kinds: KindChange[] = change.kinds.filter((k) => shown.has(k.kind));
  return kinds.length > 0 ? { ...change, kinds, key: `${change.day} ${kinds.map((k) => k.kind).join(' ')}` } : null;
}

/** The zone kinds whose gained ground the map hatches now. */
export function hatchedKinds(visible: Pick<VisibleData, 'change' | 'zones'>): string[] {
  return (shownChange(visible)?.kinds ?? []).filter((k) => k.gained !== null).map((k) => k.kind);
}
