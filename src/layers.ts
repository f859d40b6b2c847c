// The map's toggleable layers. Ids are stable strings: they appear in permalinks
// (layers=…). One per faction of the story (story.json, in its order), then the kinds of mark.
import { STORY } from './story';

export const FACTION_LAYERS: readonly string[] = STORY.factions.map((f) => f.id);
export const KIND_LAYERS = ['zones', 'events', 'route', 'labels'] as const;
export const LAYER_IDS: readonly string[] = [...FACTION_LAYERS, ...KIND_LAYERS];
/** A faction's id or a kind of mark. */
export type LayerId = string;
export type FactionLayer = string;

/** Every layer is on when the map first opens. */
export const DEFAULT_LAYERS: readonly LayerId[] = LAYER_IDS;

export function isLayerId(value: string): value is LayerId {
  return LAYER_IDS.includes(value);
}

/**
 * Why the events' markers cannot show whatever the dates, for the count to say
 * so, or null: a link or a reader may turn the Events layer off, or every
 * faction, and a map with nothing on it and "0 events" under it read as if
 * nothing had happened (a line, the jets' route, may still show and count).
 */
export function eventsHiddenBy(layers: readonly LayerId[]): string | null {
  if (!layers.includes('events')) return 'the Events layer is off';
  if (!FACTION_LAYERS.some((id) => layers.includes(id))) return 'every faction is off';
  return null;
}
