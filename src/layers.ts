// The map's toggleable layers. Ids are stable strings: they appear in permalinks.
export const FACTION_LAYERS = ['gna', 'lna', 'other'] as const;
export const KIND_LAYERS = ['zones', 'events', 'route', 'labels'] as const;
export const LAYER_IDS = [...FACTION_LAYERS, ...KIND_LAYERS] as const;
export type LayerId = (typeof LAYER_IDS)[number];
export type FactionLayer = (typeof FACTION_LAYERS)[number];

/** Every layer is on when the map first opens. */
export const DEFAULT_LAYERS: readonly LayerId[] = LAYER_IDS;

export function isLayerId(value: string): value is LayerId {
  return (LAYER_IDS as readonly string[]).includes(value);
}
