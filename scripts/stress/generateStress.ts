// An ACLED-like dataset of any size for load testing: events clustered at
// synthetic sites around real towns of the story's country (and at its real
// places in the story folder), spread over the story's years, of every type and
// faction the story defines, each citing one to
// three synthetic sources by a sentence of their synthetic article. Pure and
// deterministic: the same input and seed give the same dataset.
import type { FeatureCollection } from 'geojson';
import type { Dataset } from '../../src/data/model';
import type { Story } from '../../src/data/storySchema';
import {
  ClaimStatus,
  type Citation,
  type EventRecord,
  type LocationFeature,
  type ZoneFeature,
} from '../../src/data/schema';
import { seededRandom, type Random } from './seededRandom';
import { syntheticSources, type SyntheticSource } from './syntheticArticles';
import type { Town } from './towns';

export interface StressOptions {
  /** the story the data is for: its factions, event types, country and years */
  story: Pick<Story, 'factions' | 'eventTypes' | 'country' | 'dateRange'>;
  /** towns sites are scattered around (towns.ts); default the story's own points in its country */
  towns?: readonly Town[];
  /** number of events; default 100,000 */
  events?: number;
  /** default 1 */
  seed?: number;
  /**
   * Whether a [lng, lat] is on the country's land; sites that are not are placed again.
   * Default: everywhere is (fine for tests that skip the outline check).
   */
  isOnLand?: (lngLat: readonly [number, number]) => boolean;
}

/** The geo/ files as written to disk, and the article text of every source. */
export interface StressDataset {
  files: {
    sources: Dataset['sources'];
    locations: FeatureCollection;
    events: EventRecord[];
    zones: FeatureCollection;
  };
  /** text by file name, as in sources.json's `file` */
  articles: Map<string, string>;
}

/** What is taken from the real geo/: places (kept, and used for events when points in the story's country), zones (kept as they are) and the events with a path (kept, re-cited). */
export interface RealData {
  locations: readonly LocationFeature[];
  zones: readonly ZoneFeature[];
  events: readonly EventRecord[];
}

/**
 * Events per year, relative, for the years that have a weight here (ACLED's
 * counts for geo/'s story have this shape: the 2011 war, the 2014 split, the
 * 2019–2020 offensive); any other year of the story's range weighs 5.
 */
const YEAR_WEIGHTS: readonly (readonly [number, number])[] = [
  [2011, 15], [2012, 5], [2013, 5], [2014, 12], [2015, 10], [2016, 10], [2017, 7], [2018, 7], [2019, 14], [2020, 15],
];
const PRECISION_WEIGHTS = [['day', 85], ['month', 10], ['year', 5]] as const;
const STATUS_WEIGHTS = [['reported', 70], ['claim', 20], ['threat', 10]] as const;
/** Sites are scattered this far from their town, in km. */
const SITE_DISTANCE_KM: readonly [number, number] = [2, 30];
/** Share of events at the real places of geo/ rather than at synthetic sites. */
const REAL_PLACE_SHARE = 0.1;

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function generateStress(real: RealData, options: StressOptions): StressDataset {
  const { story, events: eventCount = 100_000, seed = 1, isOnLand = () => true } = options;
  const random = seededRandom(seed);
  const realPlaces = real.locations.filter(
    (l) => l.properties.country === story.country && l.properties.kind !== 'country' && l.geometry.type === 'Point',
  );
  const towns = options.towns ?? realPlaces.map((l): Town => ({ name: l.properties.name, at: [l.geometry.coordinates[0] as number, l.geometry.coordinates[1] as number], weight: 1 }));
  if (towns.length < 2) throw new Error(`generateStress needs at least two towns in ${story.country}`);
  const types = story.eventTypes.map((t) => t.id);
  const typeLabel = new Map(story.eventTypes.map((t) => [t.id, t.label]));
  const factions = story.factions.map((f) => f.id);
  const actors = new Map(story.factions.map((f) => [f.id, [`${f.short} forces`, ...f.backers.map((b) => `${b} (backing ${f.short})`)]]));
  const firstYear = Number(story.dateRange.from.slice(0, 4));
  const lastYear = Number(story.dateRange.to.slice(0, 4));
  const yearWeights = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => {
    const year = firstYear + i;
    return [year, YEAR_WEIGHTS.find(([y]) => y === year)?.[1] ?? 5] as const;
  });
  const sources = syntheticSources(Math.min(250, Math.max(5, Math.ceil(eventCount / 400))), towns, random);
  const sites = syntheticSites(Math.min(2000, Math.max(10, Math.round(eventCount / 50))), towns, story.country, random, isOnLand);
  const names = new Map([...real.locations, ...sites].map((l) => [l.properties.id, l.properties.name]));

  const events = Array.from({ length: eventCount }, (_, i): EventRecord => {
    // The first events take every type, faction and status in turn, so even a small dataset has them all.
    const first = i < Math.max(types.length, factions.length);
    const type = first ? types[i % types.length]! : random.pick(types);
    const faction = first ? factions[i % factions.length]! : random.pick(factions);
    const status = first ? ClaimStatus.options[i % ClaimStatus.options.length]! : random.weighted(STATUS_WEIGHTS);
    const locationId = realPlaces.length > 0 && random.next() < REAL_PLACE_SHARE
      ? random.pick(realPlaces).properties.id
      : pickSite(sites, random);
    const actor = random.pick(actors.get(faction)!);
    const { date, datePrecision } = randomDate(random, yearWeights);
    return {
      id: `synthetic-${pad(i + 1, 6)}`,
      date,
      datePrecision,
      locationId,
      title: `${typeLabel.get(type)} at ${names.get(locationId) ?? locationId}`,
      summary: `Synthetic event for load testing (the stress generator, seed ${seed}); it reports nothing real.`,
      type,
      actors: [actor],
      faction,
      status,
      ...(status === 'reported' ? {} : { claimedBy: actor }),
      sources: citations(sources, 1 + random.int(3), random),
    };
  });

  const paths = real.events
    .filter((e) => e.path)
    .map((e): EventRecord => ({ ...e, sources: citations(sources, 1, random), summary: 'Synthetic citation: this copy of a real event with a path is stress-test data.' }));
  return {
    files: {
      sources: sources.map((s) => s.record),
      locations: { type: 'FeatureCollection', features: [...real.locations, ...sites] },
      events: [...events, ...paths],
      zones: { type: 'FeatureCollection', features: [...real.zones] },
    },
    articles: new Map(sources.map((s) => [s.record.file, s.text])),
  };
}

function syntheticSites(count: number, towns: readonly Town[], country: string, random: Random, isOnLand: (lngLat: readonly [number, number]) => boolean): LocationFeature[] {
  const weights = towns.map((t, i) => [i, t.weight] as const);
  return Array.from({ length: count }, (_, i) => {
    const town = towns[random.weighted(weights)]!;
    const at = placeNear(town, random, isOnLand);
    const n = i + 1;
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...at] },
      properties: {
        id: `synthetic-site-${pad(n, 4)}-near-${slug(town.name)}`,
        name: `Synthetic site ${n} near ${town.name}`,
        aliases: [],
        kind: 'district',
        country,
        precision: { type: 'approximate', radiusKm: 1 },
        coordinateSource: `synthetic: a random point ${SITE_DISTANCE_KM.join('–')} km from ${town.name}, made by the stress generator`,
      },
    };
  });
}

/** A point 2–30 km from the town in a random direction, on land; the town itself when ten tries all land in the sea. */
function placeNear(town: Town, random: Random, isOnLand: (lngLat: readonly [number, number]) => boolean): readonly [number, number] {
  const [lng, lat] = town.at;
  const [near, far] = SITE_DISTANCE_KM;
  for (let attempt = 0; attempt < 10; attempt++) {
    const km = near + random.next() * (far - near);
    const bearing = random.next() * 2 * Math.PI;
    // Degrees per km: 110.57 for latitude, 111.32·cos(lat) for longitude.
    const at = [
      round5(lng + (km * Math.sin(bearing)) / (111.32 * Math.cos((lat * Math.PI) / 180))),
      round5(lat + (km * Math.cos(bearing)) / 110.57),
    ] as const;
    if (isOnLand(at)) return at;
  }
  return town.at;
}

const round5 = (n: number): number => Math.round(n * 1e5) / 1e5;

/**
 * Skewed towards the first sites (the square of a uniform number), so that a
 * few places hold many events and most hold a few, as in ACLED's data. Busier
 * towns have more sites, so they have more events too.
 */
function pickSite(sites: readonly LocationFeature[], random: Random): string {
  return sites[Math.floor(sites.length * random.next() ** 2)]!.properties.id;
}

function randomDate(random: Random, yearWeights: readonly (readonly [number, number])[]): Pick<EventRecord, 'date' | 'datePrecision'> {
  const year = random.weighted(yearWeights);
  const precision = random.weighted(PRECISION_WEIGHTS);
  const dayOfYear = random.int(365);
  const day = new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
  if (precision === 'year') return { date: String(year), datePrecision: 'year' };
  if (precision === 'month') return { date: day.slice(0, 7), datePrecision: 'month' };
  return { date: day, datePrecision: 'day' };
}

/** `count` citations of different sources, each quoting a sentence of its article. */
function citations(sources: readonly SyntheticSource[], count: number, random: Random): Citation[] {
  const chosen = new Set<SyntheticSource>();
  while (chosen.size < Math.min(count, sources.length)) chosen.add(random.pick(sources));
  return [...chosen].map((s) => ({ source: s.record.id, quote: random.pick(s.quotable) }));
}
