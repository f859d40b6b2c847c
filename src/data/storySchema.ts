// The shape of story.json: everything that makes one story's map its own
// (title, dates, default view, factions and their colours, zone kinds, event
// types, the vocabulary its sources are compared in, the country its zones
// must stay inside). The code names no story; it reads these. Checked once,
// when the app is built (scripts/storyPlugin.ts) and by npm run validate, so a
// bad story stops the build with a list of what is wrong, as the data files do.
import * as z from 'zod/mini';
import type { Problem } from './model';
import { Slug } from './schema';

z.config(z.locales.en());

export const STORY_FILE = 'story.json';

/** The map's layers other than factions (src/layers.ts KIND_LAYERS): a faction may not take their ids. */
const KIND_LAYER_IDS = ['zones', 'events', 'route', 'labels'] as const;

const Day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day, YYYY-MM-DD'));
const Colour = z.string().check(z.regex(/^#[0-9A-Fa-f]{6}$/, 'must be a colour like "#0072B2"'));
const Text = z.string().check(z.minLength(1));
const LatLngPair = z.tuple([z.number().check(z.gte(-90), z.lte(90)), z.number().check(z.gte(-180), z.lte(180))]);

/** A country the gazetteer keeps towns of: ISO 3166-1 alpha-2 code, and the smallest town kept (people; GeoNames lists 1,000 and up). */
const GazetteerCountry = z.object({ code: z.string().check(z.regex(/^[A-Z]{2}$/)), minPopulation: z.number().check(z.nonnegative()) });

/** From which zoom towns of at least minPopulation people are labelled; capitals take the first tier's zoom. */
const GazetteerTier = z.object({ minZoom: z.int(), minPopulation: z.number().check(z.nonnegative()) });

/** Names a reader may search a town by that GeoNames does not give, each with the public reference that uses them. */
const TownAlias = z.object({ geonamesId: z.int(), names: z.array(Text).check(z.minLength(1)), reference: Text });

const Gazetteer = z.object({
  countries: z.array(GazetteerCountry).check(z.minLength(1)),
  /** most important first: minZoom rising, minPopulation falling; a town below the last tier is not kept */
  tiers: z.array(GazetteerTier).check(z.minLength(1)),
  aliases: z.optional(z.array(TownAlias)),
});

export const StoryFaction = z.object({
  /** stable: permalinks name it (layers=…), events and zone kinds point at it */
  id: Slug,
  /** as the layer panel and the event panel say it, with its backers: "Blue side and backers (…)" */
  name: Text,
  /** as a marker's title and the embed legend say it, short: "Blue" */
  short: Text,
  /** who counts with this side; shown nowhere on its own, documented here */
  backers: z.array(Text),
  /** markers and the layer swatch; pick from a palette colour-blind readers can tell apart */
  colour: Colour,
  /** position in the layer panel, the legend, a marker's colour wheel and every count: lowest first */
  order: z.number(),
});

export const ZoneKind = z.object({
  /** what a zone's `faction` field says */
  id: Slug,
  label: Text,
  colour: Colour,
  /** the faction that holds zones of this kind: they follow its layer toggle; absent, they follow the zones layer alone */
  faction: z.optional(Slug),
  /** drawn with a dashed swatch, for a kind that is nobody's for sure */
  dashed: z.optional(z.boolean()),
});

export const EventTypeDef = z.object({
  /** what an event's `type` field says */
  id: Slug,
  label: Text,
  /** one character drawn on a single event's marker, so the type reads without colour */
  glyph: z.string().check(z.minLength(1), z.maxLength(2)),
});

export const ListPeriod = z.object({
  /** heading of the group in the event list */
  label: Text,
  /** inclusive days an event's start falls between; either end may be open */
  from: z.optional(Day),
  to: z.optional(Day),
});

export const SpellingGroup = z.object({
  /** the name the variants are of, as "Compare sources" says it */
  name: Text,
  /** a JavaScript regular expression (source only) matching every variant */
  pattern: Text,
  /** whether case tells variants apart; default false */
  caseSensitive: z.optional(z.boolean()),
  /** where the variants were seen */
  note: z.optional(z.string()),
});

export const Story = z.strictObject({
  /** the page's <title> and the heading of the problems page */
  title: Text,
  /** the toolbar's heading and the embed legend's */
  shortTitle: Text,
  /** the page's meta description; the About dialog opens with it */
  description: z.optional(z.string()),
  /** what the About dialog says that the data cannot: how the zones were drawn, in a reader's words */
  about: z.optional(z.object({ zones: z.optional(Text) })),
  /** downloads are named <fileStem>_<from>_<to>.geojson and <fileStem>-map_<from>_<to>.png */
  fileStem: Slug,
  /** the folder of article texts the quotes are checked against, relative to the story folder */
  articles: Text,
  /** Natural Earth's name of the country whose outline zones are clipped to and checked against */
  country: Text,
  /** the default frame, [[south, west], [north, east]] in degrees */
  bounds: z.tuple([LatLngPair, LatLngPair]),
  /** the view a permalink's map= is relative to when it names none: centre [lat, lng] and whole zoom */
  defaultView: z.object({ center: LatLngPair, zoom: z.int() }),
  /** the date window the map opens on, inclusive, with the words for it */
  window: z.object({ from: Day, to: Day, label: Text }),
  /** every day the story's events and zones can fall on, inclusive; a permalink's dates are kept inside it */
  dateRange: z.object({ from: Day, to: Day }),
  /** the embedded basemap: [west, south, east, north] it is cut to, and the countries drawn from the 1:10m file */
  basemap: z.object({
    region: z.tuple([z.number(), z.number(), z.number(), z.number()]),
    detailed: z.array(Text),
  }),
  /** the towns of the map and of search (`npm run gazetteer` cuts geo/gazetteer.json from GeoNames by these); absent for no towns */
  gazetteer: z.optional(Gazetteer),
  factions: z.array(StoryFaction).check(z.minLength(1)),
  /** what the layer of events with a path (drawn as lines, each in its own faction's colour) is called */
  routes: z.optional(z.object({ label: Text })),
  zoneKinds: z.array(ZoneKind).check(z.minLength(1)),
  eventTypes: z.array(EventTypeDef).check(z.minLength(1)),
  /** the event list's groups, newest first; an event goes in the first whose days hold its start */
  listPeriods: z.array(ListPeriod).check(z.minLength(1)),
  vocabulary: z.object({
    spellings: z.array(SpellingGroup),
    /** regular expressions of names with numbers in them (aircraft types…) that are not counts */
    designations: z.optional(z.array(Text)),
    /** words that frame a party rather than describe an event, matched as whole words */
    framing: z.array(Text),
  }),
});
export type Story = z.infer<typeof Story>;
export type StoryFaction = z.infer<typeof StoryFaction>;
export type ZoneKind = z.infer<typeof ZoneKind>;

/** The story checked against its schema and itself; the story (factions sorted by `order`) or what is wrong with it. */
export function parseStory(raw: unknown): { story: Story | null; problems: Problem[] } {
  const result = z.safeParse(Story, raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue): Problem => ({
      file: STORY_FILE,
      id: null,
      field: issue.path.map(String).join('.'),
      reason: issue.message,
    }));
    return { story: null, problems };
  }
  const story = { ...result.data, factions: [...result.data.factions].sort((a, b) => a.order - b.order) };
  const problems = storyProblems(story);
  return problems.length > 0 ? { story: null, problems } : { story, problems: [] };
}

function storyProblems(story: Story): Problem[] {
  const problems: Problem[] = [];
  const problem = (field: string, reason: string, id: string | null = null) => problems.push({ file: STORY_FILE, id, field, reason });
  const unique = (list: readonly { id: string }[], field: string) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) problem(`${field}.${i}.id`, `duplicate id "${item.id}"`, item.id);
      seen.add(item.id);
    });
  };
  unique(story.factions, 'factions');
  story.factions.forEach((f, i) => {
    if ((KIND_LAYER_IDS as readonly string[]).includes(f.id)) problem(`factions.${i}.id`, `"${f.id}" is the id of a layer of the map (${KIND_LAYER_IDS.join(', ')}); permalinks could not tell them apart`, f.id);
  });
  unique(story.zoneKinds, 'zoneKinds');
  unique(story.eventTypes, 'eventTypes');
  const factionIds = new Set(story.factions.map((f) => f.id));
  story.zoneKinds.forEach((kind, i) => {
    if (kind.faction !== undefined && !factionIds.has(kind.faction)) problem(`zoneKinds.${i}.faction`, `unknown faction "${kind.faction}"`, kind.id);
  });
  const { window, dateRange } = story;
  if (dateRange.from > dateRange.to) problem('dateRange', 'from is after to');
  if (window.from > window.to) problem('window', 'from is after to');
  if (window.from < dateRange.from || window.to > dateRange.to) problem('window', 'must lie inside dateRange');
  const regex = (source: string, field: string) => {
    try {
      new RegExp(source, 'g');
    } catch (error) {
      problem(field, `not a regular expression: ${(error as Error).message}`);
    }
  };
  for (const [i, g] of story.vocabulary.spellings.entries()) regex(g.pattern, `vocabulary.spellings.${i}.pattern`);
  for (const [i, d] of (story.vocabulary.designations ?? []).entries()) regex(d, `vocabulary.designations.${i}`);
  return problems;
}

/** The ids the data files may use, for the reference checks (storyReferenceProblems.ts). */
export interface StoryIds {
  factions: ReadonlySet<string>;
  zoneKinds: ReadonlySet<string>;
  eventTypes: ReadonlySet<string>;
  /** the story's dates and frame, which a narrative's steps must stay inside (validation/narrativeProblems.ts) */
  dateRange?: Story['dateRange'];
  bounds?: Story['bounds'];
}

export function storyIds(story: Pick<Story, 'factions' | 'zoneKinds' | 'eventTypes'> & Partial<Pick<Story, 'dateRange' | 'bounds'>>): StoryIds {
  return {
    factions: new Set(story.factions.map((f) => f.id)),
    zoneKinds: new Set(story.zoneKinds.map((k) => k.id)),
    eventTypes: new Set(story.eventTypes.map((t) => t.id)),
    ...(story.dateRange ? { dateRange: story.dateRange } : {}),
    ...(story.bounds ? { bounds: story.bounds } : {}),
  };
}
