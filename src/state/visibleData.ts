// The one place where the view's filters combine: layers, date window and the
// model go in, the plain data each map layer draws comes out.
import { hasLine, type EventView, type LatLng, type Model, type PathEventView, type Snapshot } from '../data/model';
import type { ZoneFeature } from '../data/schema';
import type { ZoneChange } from '../data/zoneChanges';
import type { LayerId } from '../layers';
import type { Story } from '../data/storySchema';
import { dayNumber, eventColumns } from './eventColumns';

/** What the filters need of the story: its factions in order, and the faction (if any) that holds each zone kind. */
export type StoryLayers = Pick<Story, 'factions' | 'zoneKinds'>;

export interface ViewFilter {
  layers: readonly LayerId[];
  /** inclusive YYYY-MM-DD */
  from: string;
  to: string;
  /** show only events reported by at least this many articles; absent means 1 (every event) */
  minArticles?: number;
}

/** Events that share one location, drawn as one marker with a count. */
export interface EventGroup {
  locationId: string;
  anchor: LatLng;
  events: readonly EventView[];
  /** how many of `events` each faction has, and how many are a party's claim or threat (visibleData counts them as it groups) */
  counts?: GroupCounts;
}

export interface GroupCounts {
  /** events of each of the story's factions, in the story's order */
  byFaction: number[];
  /** events that are a party's claim or threat rather than reported fact */
  claims: number;
  total: number;
}

export interface VisibleData {
  events: readonly EventView[];
  /**
   * How many of `events` are known only to a month or a year that reaches
   * beyond the window, so may fall outside it: a count of "events from 15 to
   * 15 May" must not pass them off as dated in it (timelineModel.ts windowCountText).
   */
  spanning: number;
  groups: readonly EventGroup[];
  /** the zones snapshot in force on `to`, or null when none is recorded for that day */
  snapshot: Snapshot | null;
  /** the snapshot's zones whose faction layer is on; zones of a kind no faction holds follow the zones layer alone */
  zones: readonly ZoneFeature[];
  /** the change of control on `to` when a zones snapshot begins that day (zones layer on), else null */
  change: ZoneChange | null;
  /** the events of `events` that have a path, drawn as lines while the route layer is on (they are in no group) */
  routes: readonly PathEventView[];
  showLabels: boolean;
}

/** The filter a view (a permalink's state) asks for: every event when it names no minimum of articles. */
export function viewFilter(view: Pick<ViewFilter, 'layers' | 'from' | 'to' | 'minArticles'>): ViewFilter {
  return { layers: view.layers, from: view.from, to: view.to, minArticles: view.minArticles ?? 1 };
}

export function eventInWindow(event: Pick<EventView, 'start' | 'end'>, from: string, to: string): boolean {
  return event.end >= from && event.start <= to;
}

export function snapshotOn(snapshots: readonly Snapshot[], day: string): Snapshot | null {
  return snapshots.find((s) => s.validFrom <= day && day <= s.validTo) ?? null;
}

/**
 * What `filter` shows of `model`. `indices`, when given, receives the index in
 * model.events of each event in the result's `events`, in the same order: for
 * what keeps something per model event in an array (timelineModel.ts), which a
 * lookup by object would make a hash lookup per event. Left out, nothing is paid.
 */
export function visibleData(model: Model, filter: ViewFilter, story: StoryLayers, indices?: number[]): VisibleData {
  const on = new Set(filter.layers);
  const minArticles = filter.minArticles ?? 1;
  const { from, to } = filter;
  const factionIds = story.factions.map((f) => f.id);
  const columns = eventColumns(model, factionIds);
  // One more than the factions: events of a faction the story does not know are never shown.
  const shown = [...factionIds.map((f) => on.has(f)), false];
  const stride = factionIds.length + 1;
  const [fromDay, toDay] = [dayNumber(from), dayNumber(to)];
  const events: EventView[] = [];
  // One list per place, found by its number: a Map lookup per event would be
  // most of the time a date step takes at 100,000 events.
  const lists: (EventView[] | undefined)[] = [];
  const placesInOrder: number[] = [];
  // Per place: events of each faction (in the story's order), then claims.
  const tally = new Int32Array(columns.locationIds.length * stride);
  // An event with a path is drawn as a line, under the route layer; every
  // other event as a marker, under the events layer. Both are filtered alike.
  const [showMarkers, showLines] = [on.has('events'), on.has('route')];
  const routes: PathEventView[] = [];
  let spanning = 0;
  if (showMarkers || showLines) {
    const all = model.events;
    for (let i = firstThatMayEndBy(columns.startDay, fromDay); i < all.length; i++) {
      // Sorted by start: past `to`, no event can be in the window.
      if (columns.startDay[i]! > toDay) break;
      if (!shown[columns.faction[i]!] || columns.endDay[i]! < fromDay || columns.articles[i]! < minArticles) continue;
      const e = all[i]!;
      const spans = columns.startDay[i]! < fromDay || columns.endDay[i]! > toDay ? 1 : 0;
      if (hasLine(e)) {
        if (showLines) {
          spanning += spans;
          events.push(e);
          indices?.push(i);
          routes.push(e);
        }
        continue;
      }
      if (!showMarkers) continue;
      spanning += spans;
      events.push(e);
      indices?.push(i);
      const place = columns.place[i]!;
      tally[place * stride + columns.faction[i]!]! += 1;
      tally[place * stride + stride - 1]! += columns.claim[i]!;
      const list = lists[place];
      if (list) list.push(e);
      else {
        lists[place] = [e];
        placesInOrder.push(place);
      }
    }
  }
  const groups = placesInOrder.map((place): EventGroup => {
    const list = lists[place]!;
    const byFaction = Array.from(tally.subarray(place * stride, place * stride + stride - 1));
    const claims = tally[place * stride + stride - 1]!;
    return { locationId: columns.locationIds[place]!, anchor: list[0]!.anchor, events: list, counts: { byFaction, claims, total: list.length } };
  });
  const snapshot = on.has('zones') ? snapshotOn(model.snapshots, filter.to) : null;
  const holder = new Map(story.zoneKinds.map((k) => [k.id, k.faction]));
  const zones = snapshot
    ? allOrSome(snapshot.zones, (z) => {
        const faction = holder.get(z.properties.faction);
        return faction === undefined || on.has(faction);
      })
    : NONE;
  return {
    events,
    spanning,
    groups,
    snapshot,
    zones,
    // The model's own object, so a layer given the same change keeps what it drew.
    change: snapshot?.validFrom === to ? (model.zoneChanges.find((c) => c.day === to) ?? null) : null,
    routes: sameRoutes(model, routes),
    showLabels: on.has('labels'),
  };
}

const NONE: readonly never[] = Object.freeze([]);

/** The routes last given for each model. */
const lastRoutes = new WeakMap<Model, readonly PathEventView[]>();

/**
 * The list given last time when it holds the same events, so that the route
 * layer keeps its lines instead of redrawing them on every date step.
 */
function sameRoutes(model: Model, routes: PathEventView[]): readonly PathEventView[] {
  const last = lastRoutes.get(model);
  if (last && last.length === routes.length && last.every((r, i) => r === routes[i])) return last;
  const list = routes.length === 0 ? NONE : Object.freeze(routes);
  lastRoutes.set(model, list);
  return list;
}

/**
 * `list` itself when every item passes, so that a layer given the same routes
 * or zones as before keeps them instead of redrawing them on every date step.
 */
function allOrSome<T>(list: readonly T[], keep: (item: T) => boolean): readonly T[] {
  return list.every(keep) ? list : list.filter(keep);
}

/** A partial date spans at most a year: "2020" is 2020-01-01 to 2020-12-31. */
const LONGEST_SPAN_DAYS = 366;

/**
 * Index of the first event (by start day, ascending) that can end on or after
 * `fromDay`: every event before it started more than a year before.
 */
function firstThatMayEndBy(startDay: Int32Array, fromDay: number): number {
  const earliest = fromDay - LONGEST_SPAN_DAYS;
  let low = 0;
  let high = startDay.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (startDay[middle]! < earliest) low = middle + 1;
    else high = middle;
  }
  return low;
}
