// The shapes of the files in geo/. One zod schema per file; the inferred types
// are what the rest of the app reads. Geometry validity (rings, ranges, order,
// overlap) is checked with turf in validateDataset, not here.
//
// zod/mini, not zod: the same checks and, with its English messages loaded,
// the same problem texts, in a fraction of the bundle (the app validates geo/
// in the browser, so this is part of what every reader downloads).
import * as z from 'zod/mini';

z.config(z.locales.en());

/** A stable, human-readable id: lower-case words joined by hyphens. */
export const Slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug like "al-watiya-air-base"'));

/** 2020, 2020-05 or 2020-05-18, matching datePrecision. */
export const PartialDate = z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'));
export const DatePrecision = z.enum(['day', 'month', 'year']);

/** Id of a faction in story.json (an actor's or event's side; backers count with the side they back). Checked against the story, not here. */
export const Faction = Slug;
export type Faction = z.infer<typeof Faction>;

/** reported: the articles state it as fact; claim: one party says it; threat: one party threatens it. */
export const ClaimStatus = z.enum(['reported', 'claim', 'threat']);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

export const Citation = z.object({
  /** id of a record in geo/sources.json */
  source: Slug,
  /** short verbatim excerpt of that article (whitespace and quote style may differ) */
  quote: z.string().check(z.minLength(8), z.maxLength(400)),
});
export type Citation = z.infer<typeof Citation>;

export const Inference = z.object({ field: z.string(), note: z.string().check(z.minLength(1)) });

export const SourceRecord = z.object({
  id: Slug,
  /** how readers know the article (outlet, or a description, with its date or "undated"); panels and data notes use this name */
  readerName: z.optional(z.string().check(z.minLength(3))),
  /** file name in shared/articles/ */
  file: z.string().check(z.regex(/^[\w.-]+\.txt$/)),
  outlet: z.nullable(z.string()),
  headline: z.nullable(z.string()),
  byline: z.nullable(z.string()),
  /** ISO date (YYYY-MM-DD) as far as the text shows it, or null */
  publishedDate: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  /** local time as printed (HH:MM or HH:MM:SS), or null */
  publishedTime: z.nullable(z.string().check(z.regex(/^\d{2}:\d{2}(:\d{2})?$/))),
  /** BCP 47 language tag of the text as we have it */
  language: z.string().check(z.minLength(2)),
  /** every value above that is inferred rather than printed in the text */
  inferred: z.array(Inference),
});
export type SourceRecord = z.infer<typeof SourceRecord>;
export const SourcesFile = z.array(SourceRecord).check(z.minLength(1));

export const Precision = z.discriminatedUnion('type', [
  z.object({ type: z.literal('exact') }),
  z.object({ type: z.literal('approximate'), radiusKm: z.number().check(z.positive()) }),
]);
export type Precision = z.infer<typeof Precision>;

export const LocationKind = z.enum(['city', 'capital', 'air-base', 'region', 'front-line', 'district', 'country']);

/** A GeoNames feature id (https://www.geonames.org/<id>). */
export const GeoNamesId = z.int().check(z.positive());

/** An airport's ident in OurAirports' open data (its ICAO code where it has one, else a local code such as "HL77"). */
export const OurAirportsIdent = z.string().check(z.regex(/^[A-Z0-9-]{3,10}$/));

const Position = z.tuple([z.number(), z.number()], z.number());

/**
 * The point where an area's markers stand: a town it holds, or the point its
 * sources name, rather than a point in the middle of the area.
 */
export const Anchor = z.object({
  /** [lng, lat], GeoJSON order */
  coordinates: z.tuple([z.number(), z.number()]),
  /** the town's name as readers know it ("Benghazi") */
  name: z.string().check(z.minLength(1)),
  /** GeoNames id of that town; its gazetteer point is checked like a place's */
  geonamesId: z.optional(GeoNamesId),
  /** why the markers stand here, for the data guide */
  reason: z.string().check(z.minLength(10)),
});
export type Anchor = z.infer<typeof Anchor>;

export const LocationProperties = z.object({
  id: Slug,
  name: z.string().check(z.minLength(1)),
  /** every spelling the articles use plus common transliterations */
  aliases: z.array(z.string().check(z.minLength(1))),
  kind: LocationKind,
  /** country the place is in, English short name */
  country: z.string().check(z.minLength(2)),
  precision: Precision,
  /** the public reference the coordinates came from */
  coordinateSource: z.string().check(z.minLength(3)),
  note: z.optional(z.string()),
  /** GeoNames id of the town, city or capital (https://www.geonames.org/<id>); validation checks the point against the gazetteer */
  geonamesId: z.optional(GeoNamesId),
  /** OurAirports ident of the airfield an air base is (or shares its runway with); validation checks the point against OurAirports' */
  ourAirportsIdent: z.optional(OurAirportsIdent),
  /** where a region's or country's markers stand, and why (instead of a point inside the area) */
  anchor: z.optional(Anchor),
  /** GeoNames ids of the towns the area holds; validation checks each one's gazetteer point is inside it */
  holds: z.optional(z.array(GeoNamesId).check(z.minLength(1))),
});
export type LocationProperties = z.infer<typeof LocationProperties>;

const PointGeom = z.object({ type: z.literal('Point'), coordinates: Position });
const LineGeom = z.object({ type: z.literal('LineString'), coordinates: z.array(Position).check(z.minLength(2)) });
const PolygonGeom = z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(Position).check(z.minLength(4))).check(z.minLength(1)) });
const MultiPolygonGeom = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(z.array(Position).check(z.minLength(4))).check(z.minLength(1))).check(z.minLength(1)),
});
const AreaGeom = z.union([PolygonGeom, MultiPolygonGeom]);

export const LocationFeature = z.object({
  type: z.literal('Feature'),
  geometry: z.union([PointGeom, LineGeom, PolygonGeom, MultiPolygonGeom]),
  properties: LocationProperties,
});
export const LocationsFile = z.object({ type: z.literal('FeatureCollection'), features: z.array(LocationFeature).check(z.minLength(1)) });

/** Id of an event type in story.json. Checked against the story, not here. */
export const EventType = Slug;
export type EventType = z.infer<typeof EventType>;

export const AircraftCount = z.object({
  type: z.string().check(z.minLength(2)),
  count: z.int().check(z.positive()),
  /** "transferred" aircraft or their "escort" */
  role: z.enum(['transferred', 'escort']),
  /** "at least" when the source says so */
  qualifier: z.enum(['exact', 'at-least']),
});

/** A movement between two places (location ids). Only its ends are reported: the line between them is a great circle derived from them (deriveGeometry.ts). */
export const EventPath = z.object({ from: Slug, to: Slug });
export type EventPath = z.infer<typeof EventPath>;

export const EventRecord = z.object({
  id: Slug,
  /** ids the event had before (merged into it, or renamed): a shared link naming one opens this event */
  formerIds: z.optional(z.array(Slug).check(z.minLength(1))),
  date: PartialDate,
  datePrecision: DatePrecision,
  /** how uncertain the date is, in words ("earlier this week" in a 21 May article) */
  dateNote: z.optional(z.string()),
  locationId: Slug,
  /** our own words */
  title: z.string().check(z.minLength(3), z.maxLength(120)),
  summary: z.string().check(z.minLength(10)),
  type: EventType,
  actors: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  faction: Faction,
  status: ClaimStatus,
  /** the party whose claim or threat this is; required unless status is "reported" */
  claimedBy: z.optional(z.string()),
  sources: z.array(Citation).check(z.minLength(1, 'every event needs at least one source')),
  /** a movement from one place to another, drawn as a line */
  path: z.optional(EventPath),
  /** the aircraft a transfer moved, each count as its sources word it */
  aircraft: z.optional(z.array(AircraftCount).check(z.minLength(1))),
});
export type EventRecord = z.infer<typeof EventRecord>;
export const EventsFile = z.array(EventRecord).check(z.minLength(1));

/** Id of a zone kind in story.json (who holds the zone). Checked against the story, not here. */
export const ZoneFaction = Slug;
export type ZoneFaction = z.infer<typeof ZoneFaction>;

export const ZoneProperties = z.object({
  id: Slug,
  faction: ZoneFaction,
  label: z.string().check(z.minLength(1)),
  /** first and last day (inclusive, YYYY-MM-DD) this snapshot describes */
  validFrom: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  validTo: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  confidence: z.enum(['low', 'medium', 'high']),
  /** the public reference the boundary came from */
  source: z.string().check(z.minLength(3)),
  note: z.optional(z.string()),
});
export type ZoneProperties = z.infer<typeof ZoneProperties>;
export const ZoneFeature = z.object({ type: z.literal('Feature'), geometry: AreaGeom, properties: ZoneProperties });
export const ZonesFile = z.object({ type: z.literal('FeatureCollection'), features: z.array(ZoneFeature).check(z.minLength(1)) });

export type LocationFeature = z.infer<typeof LocationFeature>;
export type ZoneFeature = z.infer<typeof ZoneFeature>;

export type { RawDataset } from './dataFiles';
