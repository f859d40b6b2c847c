// The shape of geo/narratives.json: guided tours through the story, each a
// sequence of steps (src/panel/StoryTour.tsx). A step shows an event, or a
// view of the map, with a short text in the data author's words and the
// articles that text rests on. What the ids point at (events, sources), and
// that dates and views lie inside the story, is checked between files
// (validation/narrativeProblems.ts), not here.
import * as z from 'zod/mini';
import { Slug } from './schema';

const Lat = z.number().check(z.gte(-90), z.lte(90));
const Lng = z.number().check(z.gte(-180), z.lte(180));
/** [lat, lng] in degrees, Leaflet's order (as story.json's bounds). */
const LatLngPair = z.tuple([Lat, Lng]);
const Day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'));

/** Where the map goes: a frame to fit ([south-west, north-east]), or a centre and whole zoom. */
export const NarrativeView = z.union([
  z.object({ bounds: z.tuple([LatLngPair, LatLngPair]) }),
  z.object({ center: LatLngPair, zoom: z.int().check(z.gte(0), z.lte(18)) }),
]);
export type NarrativeView = z.infer<typeof NarrativeView>;

/** Readers read a step beside the map: a few sentences at most. */
export const MAX_STEP_TEXT_CHARS = 280;

export const NarrativeStep = z.object({
  /** id of the event the step opens (events.json); a step has an event, a view, or both */
  event: z.optional(Slug),
  view: z.optional(NarrativeView),
  /** the date window the step sets, inclusive; absent: the event's own dates, or the story's window */
  from: z.optional(Day),
  to: z.optional(Day),
  /** what the reader reads, in our words; names no id (the sources are listed from their reader names) */
  text: z.string().check(z.minLength(10), z.maxLength(MAX_STEP_TEXT_CHARS)),
  /** ids of the sources (sources.json) the text rests on; each must cite the step's event */
  sources: z.array(Slug).check(z.minLength(1, 'every step names the articles it rests on')),
});
export type NarrativeStep = z.infer<typeof NarrativeStep>;

export const NarrativeRecord = z.object({
  id: Slug,
  title: z.string().check(z.minLength(3), z.maxLength(120)),
  steps: z.array(NarrativeStep).check(z.minLength(1)),
});
export type NarrativeRecord = z.infer<typeof NarrativeRecord>;

/** May be empty: a story need not have a tour. */
export const NarrativesFile = z.array(NarrativeRecord);
