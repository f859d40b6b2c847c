// The model's events as columns of numbers, made once per model, for the one
// loop that filters them on every view change (visibleData). At 100,000 events,
// comparing day numbers in typed arrays instead of reading date strings from
// 100,000 objects is what keeps a date step or a layer toggle under a frame or two.
import type { Model } from '../data/model';
import type { Faction } from '../data/schema';
import { articleCount } from './articleCount';

export interface EventColumns {
  /** first and last possible day of each event (model.events order), in days since 1970-01-01 */
  startDay: Int32Array;
  endDay: Int32Array;
  /** index into FACTION_CODES */
  faction: Uint8Array;
  /** 1 when the event is a party's claim or threat, 0 when reported as fact */
  claim: Uint8Array;
  /** how many different articles report the event (articleCount), capped at 65,535 */
  articles: Uint16Array;
  /** a number per place, 0, 1, 2… in order of first event; locationIds[place] is its id */
  place: Int32Array;
  locationIds: string[];
}

export const FACTION_CODES: readonly Faction[] = ['gna', 'lna', 'other'];

const columnsByModel = new WeakMap<Model, EventColumns>();

export function eventColumns(model: Model): EventColumns {
  const known = columnsByModel.get(model);
  if (known) return known;
  const n = model.events.length;
  const columns: EventColumns = {
    startDay: new Int32Array(n),
    endDay: new Int32Array(n),
    faction: new Uint8Array(n),
    claim: new Uint8Array(n),
    articles: new Uint16Array(n),
    place: new Int32Array(n),
    locationIds: [],
  };
  const placeOf = new Map<string, number>();
  model.events.forEach((e, i) => {
    columns.startDay[i] = dayNumber(e.start);
    columns.endDay[i] = dayNumber(e.end);
    columns.faction[i] = FACTION_CODES.indexOf(e.faction);
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
