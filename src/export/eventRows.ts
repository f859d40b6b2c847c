// The visible events as table rows, one per event AND source, so that every
// quote sits on its own row beside the event it backs: the CSV export's
// content. Pure data; the columns are what a spreadsheet reader sorts and
// filters by, in readers' words: articles by their reader names, sides by
// their names. No column holds a record id: readers never see those (the
// GeoJSON export, a data format, keeps them for joins).
import type { Model } from '../data/model';
import type { Story } from '../data/storySchema';
import type { VisibleData } from '../state/visibleData';
import { articleLabel } from '../panel/articleLabel';
import { withinKm } from '../data/placePrecision';

export const EVENT_ROW_FIELDS = ['date', 'precision', 'date note', 'title', 'place', 'lat', 'lng', 'approximate, within km', 'faction', 'status', 'claimed by', 'source', 'quote'] as const;

export type EventRow = Record<(typeof EVENT_ROW_FIELDS)[number], string>;

/** Five decimals, about a metre: an area's computed anchor has more digits than meaning. */
const degrees = (value: number) => String(Number(value.toFixed(5)));

/** Rows in the order the events are shown (by start, then id), then their sources' order. */
export function eventRows(model: Model, visible: Pick<VisibleData, 'events'>, story: Pick<Story, 'factions'>): EventRow[] {
  const factionName = new Map(story.factions.map((f) => [f.id, f.name]));
  return visible.events.flatMap((e) =>
    e.sources.map((c): EventRow => {
      const source = model.sources.get(c.source);
      return {
        date: e.date,
        precision: e.datePrecision,
        'date note': e.dateNote ?? '',
        title: e.title,
        place: e.location.properties.name,
        lat: degrees(e.anchor[0]),
        lng: degrees(e.anchor[1]),
        // Empty for a place known exactly; for an area, how far from lat/lng the event may be.
        'approximate, within km': String(withinKm(e.location) ?? ''),
        faction: factionName.get(e.faction) ?? e.faction,
        status: e.status,
        'claimed by': e.claimedBy ?? '',
        source: source ? articleLabel(source) : c.source,
        quote: c.quote,
      };
    }),
  );
}
