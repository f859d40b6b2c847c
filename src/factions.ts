// Names and colours of the story's factions and zone kinds, from story.json
// (src/story.ts), by id, in the story's order. geo/'s story uses Okabe & Ito's
// palette (https://jfly.uni-koeln.de/color/), chosen so that the common forms
// of colour blindness can still tell its sides apart; a new story should too.
import type { StoryFaction, ZoneKind } from './data/storySchema';
import { STORY } from './story';

const byId = <T extends { id: string }, V>(list: readonly T[], value: (item: T) => V): Readonly<Record<string, V>> =>
  Object.freeze(Object.fromEntries(list.map((item) => [item.id, value(item)])));

/** The story's factions, lowest `order` first: the order of the layer panel, the legend, marker colours and counts. */
export const FACTIONS: readonly StoryFaction[] = STORY.factions;

export const FACTION_LABEL = byId(FACTIONS, (f) => f.name);
export const FACTION_SHORT = byId(FACTIONS, (f) => f.short);
export const FACTION_COLOUR = byId(FACTIONS, (f) => f.colour);

/** Zone kinds in the story's order (the legend's). */
export const ZONE_KINDS: readonly ZoneKind[] = STORY.zoneKinds;
export const ZONE_LABEL = byId(ZONE_KINDS, (k) => k.label);
export const ZONE_COLOUR = byId(ZONE_KINDS, (k) => k.colour);
/** Zone kinds drawn dashed: nobody's for sure. */
export const ZONE_DASHED: ReadonlySet<string> = new Set(ZONE_KINDS.filter((k) => k.dashed).map((k) => k.id));
/** A zone of a kind the story does not know (data changed after the build) is drawn grey. */
export const UNKNOWN_ZONE_COLOUR = '#999999';

/** The legend's swatch for the route layer: each line itself takes its own faction's colour. */
export const ROUTE_COLOUR = '#555555';
/** What the route layer is called (story.json routes.label). */
export const ROUTE_LABEL = STORY.routes?.label ?? 'Routes';

/** Glyph of each event type: type reads without colour. */
export const TYPE_GLYPH = byId(STORY.eventTypes, (t) => t.glyph);
