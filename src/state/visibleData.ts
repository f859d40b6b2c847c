// The one place where the view's filters combine: layers, date window and the
// model go in, the plain data each map layer draws comes out.
import type { EventView, LatLng, Model, RouteView, Snapshot } from '../data/model';
import type { ZoneFeature } from '../data/schema';
import type { LayerId } from '../layers';

export interface ViewFilter {
  layers: readonly LayerId[];
  /** inclusive YYYY-MM-DD */
  from: string;
  to: string;
}

/** Events that share one location, drawn as one marker with a count. */
export interface EventGroup {
  locationId: string;
  anchor: LatLng;
  events: readonly EventView[];
}

export interface VisibleData {
  events: readonly EventView[];
  groups: readonly EventGroup[];
  /** the zones snapshot in force on `to`, or null when none is recorded for that day */
  snapshot: Snapshot | null;
  /** the snapshot's zones whose faction layer is on; contested and neutral zones follow the zones layer alone */
  zones: readonly ZoneFeature[];
  routes: readonly RouteView[];
  showLabels: boolean;
}

export function eventInWindow(event: Pick<EventView, 'start' | 'end'>, from: string, to: string): boolean {
  return event.end >= from && event.start <= to;
}

export function snapshotOn(snapshots: readonly Snapshot[], day: string): Snapshot | null {
  return snapshots.find((s) => s.validFrom <= day && day <= s.validTo) ?? null;
}

export function visibleData(model: Model, filter: ViewFilter): VisibleData {
  const on = new Set(filter.layers);
  const events = on.has('events')
    ? model.events.filter((e) => on.has(e.faction) && eventInWindow(e, filter.from, filter.to))
    : [];
  const byLocation = new Map<string, EventView[]>();
  for (const event of events) {
    const list = byLocation.get(event.locationId);
    if (list) list.push(event);
    else byLocation.set(event.locationId, [event]);
  }
  const groups = [...byLocation.entries()].map(([locationId, list]) => ({
    locationId,
    anchor: list[0]!.anchor,
    events: list,
  }));
  // The jets' route is the LNA's backers' move, reported as a GNA minister's claim:
  // it belongs to the LNA layer, and is shown while its report date is in the window.
  const routes = on.has('route') && on.has('lna')
    ? model.routes.filter((r) => filter.from <= r.properties.reportedOn && r.properties.reportedOn <= filter.to)
    : [];
  const snapshot = on.has('zones') ? snapshotOn(model.snapshots, filter.to) : null;
  const zones = snapshot
    ? snapshot.zones.filter((z) => {
        const f = z.properties.faction;
        return f === 'contested' || f === 'none' || on.has(f);
      })
    : [];
  return {
    events,
    groups,
    snapshot,
    zones,
    routes,
    showLabels: on.has('labels'),
  };
}
