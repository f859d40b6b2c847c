// Colours and names for factions and zone kinds. The palette is Okabe & Ito's
// (https://jfly.uni-koeln.de/color/), chosen so that the common forms of colour
// blindness can still tell GNA blue, LNA vermillion and "other" purple apart.
import type { Faction, ZoneFaction } from './data/schema';

export const FACTION_LABEL: Record<Faction, string> = {
  gna: 'GNA and backers (Turkey)',
  lna: 'LNA and backers (UAE, Egypt, Russia, Wagner)',
  other: 'Other actors (UN, Italy, US)',
};

export const FACTION_SHORT: Record<Faction, string> = { gna: 'GNA', lna: 'LNA', other: 'Other' };

export const FACTION_COLOUR: Record<Faction, string> = {
  gna: '#0072B2',
  lna: '#D55E00',
  other: '#CC79A7',
};

export const ZONE_LABEL: Record<ZoneFaction, string> = {
  gna: 'Held by the GNA',
  lna: 'Held by the LNA',
  contested: 'Contested',
  none: 'Held by neither',
};

export const ZONE_COLOUR: Record<ZoneFaction, string> = {
  gna: '#56B4E9',
  lna: '#E69F00',
  contested: '#F0E442',
  none: '#999999',
};
