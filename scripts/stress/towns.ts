// Real Libyan towns that synthetic sites are placed near, so a stress dataset
// clusters where Libya's conflict events really cluster. Coordinates are town
// centres rounded to 0.01° (about 1 km), as public gazetteers (GeoNames,
// Wikipedia) give them: good enough to scatter sites around, never shown as a
// real place. `weight` is how many events gather there, relative to the others,
// after the pattern of ACLED's Libya data: the coast, the capital and the
// 2019–2020 Tripoli front busiest, the south quietest.

export interface Town {
  name: string;
  /** [lng, lat] in degrees */
  at: readonly [number, number];
  weight: number;
}

export const LIBYAN_TOWNS: readonly Town[] = [
  { name: 'Tripoli', at: [13.19, 32.89], weight: 20 },
  { name: 'Benghazi', at: [20.07, 32.12], weight: 14 },
  { name: 'Misrata', at: [15.09, 32.38], weight: 9 },
  { name: 'Sirte', at: [16.59, 31.21], weight: 8 },
  { name: 'Derna', at: [22.64, 32.76], weight: 6 },
  { name: 'Ajdabiya', at: [20.23, 30.76], weight: 4 },
  { name: 'Zawiya', at: [12.73, 32.76], weight: 4 },
  { name: 'Gharyan', at: [13.02, 32.17], weight: 4 },
  { name: 'Tarhuna', at: [13.63, 32.44], weight: 4 },
  { name: 'Bani Walid', at: [13.99, 31.76], weight: 3 },
  { name: 'Sabha', at: [14.43, 27.04], weight: 3 },
  { name: 'Tobruk', at: [23.98, 32.08], weight: 2 },
  { name: 'Ras Lanuf', at: [18.55, 30.48], weight: 2 },
  { name: 'Brega', at: [19.57, 30.41], weight: 2 },
  { name: 'Zintan', at: [12.25, 31.93], weight: 2 },
  { name: 'Sabratha', at: [12.49, 32.79], weight: 2 },
  { name: 'Zuwara', at: [12.08, 32.93], weight: 1 },
  { name: 'Nalut', at: [10.98, 31.87], weight: 1 },
  { name: 'Al Bayda', at: [21.76, 32.76], weight: 1 },
  { name: 'Al Marj', at: [20.83, 32.5], weight: 1 },
  { name: 'Hun', at: [15.95, 29.13], weight: 1 },
  { name: 'Ubari', at: [12.78, 26.59], weight: 1 },
  { name: 'Murzuq', at: [13.92, 25.92], weight: 1 },
  { name: 'Ghat', at: [10.17, 24.96], weight: 0.5 },
  { name: 'Ghadames', at: [9.5, 30.13], weight: 0.5 },
  { name: 'Kufra', at: [23.29, 24.2], weight: 0.5 },
];

/** Towns by the story's `country` (story.json); a story without towns here scatters sites around its own places. */
export const TOWNS_BY_COUNTRY: Readonly<Record<string, readonly Town[]>> = { Libya: LIBYAN_TOWNS };
