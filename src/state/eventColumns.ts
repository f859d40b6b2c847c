// The model's events as columns of numbers, made once per model, for the one
// loop that filters them on every view change (visibleData). At 100,000 events,
// comparing day numbers in typed arrays instead of reading date strings from
// 100,000 objects is what keeps a date step or a layer toggle under a frame or two.
import type { Model } from '../data/model';
import { articleCount } from './articleCount';

export interface EventColumns {
  /** first and last possible day of each event (model.events order), in days since 1970-01-01 */
  startDay: Int32Array;
  endDay: Int32Array;
  /** index into `factions` (the story's faction ids, in order); factions.length for an id the story does not have */
  faction: Uint16Array;
  /** 1 when the event is a party's claim or threat, 0 when reported as fact */
  claim: Uint8Array;
  /** how many different articles report the event (articleCount), capped at 65,535 */
  articles: Uint16Array;
  /** a number per place, 0, 1, 2… in order of first event; locationIds[place] is its id */
  place: Int32Array;
  locationIds: string[];
  /** the faction ids `faction` indexes */
  factions: readonly string[];
}

const columnsByModel = new WeakMap<Model, EventColumns>();

/** The columns of `model`'s events, factions numbered in the order of `factions` (the story's). Made once per model and story. */
export function eventColumns(model: Model, factions: readonly string[]): EventColumns {
  const known = columnsByModel.get(model);
  if (known && sameList(known.factions, factions)) return known;
  const n = model.events.length;
  const code = new Map(factions.map((id, i) => [id, i]));
  const columns: EventColumns = {
    startDay: new Int32Array(n),
    endDay: new Int32Array(n),
    faction: new Uint16Array(n),
    claim: new Uint8Array(n),
    articles: new Uint16Array(n),
    place: new Int32Array(n),
    locationIds: [],
    factions: [...factions],
  };
  const placeOf = new Map<string, number>();
  model.events.forEach((e, i) => {
    columns.startDay[i] = dayNumber(e.start);
    columns.endDay[i] = dayNumber(e.end);
    columns.faction[i] = code.get(e.faction) ?? factions.length;
    columns.claim[i] = e.status === 'reported' ? 0 : 1;
    columns.articles[i] = Math.min(65_535, articleCount(e.sources));
    let place = placeOf.get(e.locationId);
    if (place === undefined) {
      place = placeOf.size;
      placeOf.set(e.locationId, place);
      columns.locationIds.push(e.locationId);
    }
    columns.place[i] = place;
  });
  columnsByModel.set(model, columns);
  return columns;
}

/** Days since 1970-01-01 of a YYYY-MM-DD day. */
export function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
