// The permalink's keys as one table (the shape of timemap's urlState schema):
// each row says how its key is written from the view (encode), read back
// (decode, which gives the value or the notice saying why it was ignored) and
// put into the view (apply). parsePermalink and formatPermalink (permalink.ts)
// loop over this table in its order, so adding a key is one row here. Limits
// (zoom range, date bounds, number of articles, known events) come from the
// PermalinkOptions the model gives (permalinkOptions.ts), never from here.
// What spans rows (repeated keys, from ≤ to, the cap on notices) is
// permalink.ts's job.
import { LAYER_IDS, isLayerId, type LayerId } from '../layers';
import type { PermalinkOptions, ViewState } from './permalink';
import { quoteForNotice } from './quoteForNotice';

export type Decoded<T> =
  /** notice: part of the value was dropped but the rest still applies */
  | { ok: true; value: T; notice?: string }
  /** reason: finishes the sentence 'Ignored NAME “value”: …' (permalink.ts), in a reader's words */
  | { ok: false; reason: string };

export interface MapView {
  /** [lat, lng] in degrees */
  center: readonly [number, number];
  /** whole zoom level */
  zoom: number;
}

/** Inclusive range of whole zoom levels. */
export interface ZoomRange {
  minZoom: number;
  maxZoom: number;
}

/** The view being built from a link; rows write their part of it. */
export type MutableViewState = { -readonly [K in keyof ViewState]: ViewState[K] };

/** One key of the link. Method syntax, so rows of different value types fit one table. */
export interface PermalinkKeyRow<T> {
  /** What a notice calls the key, in a reader's words ('the From date'), never the key itself. */
  name: string;
  /** A value that is an id of the data's ('event=…'): a notice names the part, not the id. */
  unquoted?: boolean;
  /** The key's value as written in a link, or null to leave the key out. Always a value decode accepts. */
  encode(state: ViewState, range: ZoomRange): string | null;
  /** Reads the already percent-decoded value: the value to apply, or the notice's reason for ignoring it. */
  decode(text: string, options: PermalinkOptions): Decoded<T>;
  /** Puts an accepted value into the view. */
  apply(state: MutableViewState, value: T): void;
}

/** Spelled out so each row's value type is checked against its own encode, decode and apply. */
function row<T>(r: PermalinkKeyRow<T>): PermalinkKeyRow<T> {
  return r;
}

// Web Mercator ends at ±85.0511°, so Leaflet cannot centre beyond it; 85 is the
// round number just inside that a person would type.
const MAX_LAT = 85;
const MAX_LNG = 180;

// Deliberately narrower than Number(): no exponents (1e400), no Infinity/NaN,
// no hex, no leading '+' or spaces. Anything a formatted link contains passes.
const WHOLE_NUMBER = /^\d+$/;
const DECIMAL = /^-?\d+(?:\.\d+)?$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Decimals written for lat/lng at a zoom: ceil(log2(zoom)), the rule
 * openstreetmap.org uses, so links look familiar (zoom 3–4 → 2, 5–8 → 3,
 * 9–16 → 4). One screen pixel is 360 / (256 · 2^zoom) degrees of longitude; for
 * this app's zooms (3..12) the rounding moves the centre by at most 0.15 px of
 * longitude and 0.18 px of latitude at 33°N (geo/'s story), so a shared link reopens
 * the same view, without the 15-digit noise of raw floats.
 */
export function decimalsForZoom(zoom: number): number {
  return Math.max(0, Math.ceil(Math.log2(zoom)));
}

function formatDecimal(value: number, decimals: number): string {
  const text = value.toFixed(decimals);
  // -0.0001 rounds to "-0.00"; write the 0 it means.
  return Number(text) === 0 ? (0).toFixed(decimals) : text;
}

/** Leaflet reports lng past ±180 after panning round the world; it is the same place. */
function wrapLng(lng: number): number {
  if (lng >= -MAX_LNG && lng <= MAX_LNG) return lng;
  return ((((lng + MAX_LNG) % 360) + 360) % 360) - MAX_LNG;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

// Comparisons on Number('…') would let '-0.5' pass as zoom or 1e400 as lat;
// the grammar check comes first, then the range.
function decodeDecimal(text: string, limit: number): number | null {
  if (!DECIMAL.test(text)) return null;
  const value = Number(text);
  if (!Number.isFinite(value) || Math.abs(value) > limit) return null;
  return value + 0; // '-0' → 0, so -0 never reaches the state
}

const map = row<MapView>({
  name: "the map's position",
  /**
   * Makes any view Leaflet reports into a link decode accepts: zoom rounded
   * and kept in range, lat kept within ±85, lng wrapped into ±180.
   */
  encode(view, range) {
    const zoom = clamp(Math.round(view.zoom), range.minZoom, range.maxZoom);
    const decimals = decimalsForZoom(zoom);
    const lat = clamp(view.center[0], -MAX_LAT, MAX_LAT);
    const lng = wrapLng(view.center[1]);
    return `${zoom}/${formatDecimal(lat, decimals)}/${formatDecimal(lng, decimals)}`;
  },

  // The view is one thing: a link whose zoom is bad still had a reason for its
  // centre, but landing on half of someone's view is more confusing than the
  // default view plus a notice. So one bad part ignores all three.
  decode(text, options) {
    const range: ZoomRange = options;
    const parts = text.split('/');
    if (parts.length !== 3) return { ok: false, reason: 'it should be zoom/latitude/longitude' };
    const [zoomText = '', latText = '', lngText = ''] = parts;
    const zoom = WHOLE_NUMBER.test(zoomText) ? Number(zoomText) : NaN;
    if (!(zoom >= range.minZoom && zoom <= range.maxZoom)) {
      return { ok: false, reason: `the zoom must be a whole number from ${range.minZoom} to ${range.maxZoom}` };
    }
    const lat = decodeDecimal(latText, MAX_LAT);
    if (lat === null) return { ok: false, reason: `the latitude must be a number from -${MAX_LAT} to ${MAX_LAT}` };
    // Out-of-range lng is rejected, not wrapped: nobody writes 200 by hand on
    // purpose, and format never does.
    const lng = decodeDecimal(lngText, MAX_LNG);
    if (lng === null) return { ok: false, reason: `the longitude must be a number from -${MAX_LNG} to ${MAX_LNG}` };
    return { ok: true, value: { zoom, center: [lat, lng] } };
  },

  apply(state, view) {
    state.center = view.center;
    state.zoom = view.zoom;
  },
});

/** Room for the quoted names in a notice, so it stays under ~120 characters. */
const LAYER_LIST_CHARS = 66;

function listForNotice(names: readonly string[]): string {
  const quoted = names.map((name) => `“${quoteForNotice(name)}”`);
  let list = quoted[0] ?? '';
  let shown = 1;
  while (shown < quoted.length && list.length + 2 + (quoted[shown]?.length ?? 0) <= LAYER_LIST_CHARS) {
    list += `, ${quoted[shown]}`;
    shown++;
  }
  return shown < quoted.length ? `${list} and ${quoted.length - shown} more` : list;
}

const layers = row<LayerId[]>({
  name: 'the layers',
  /** Canonical LAYER_IDS order, so one set of layers always makes one link. */
  encode(state) {
    return LAYER_IDS.filter((id) => state.layers.includes(id)).join(',');
  },

  decode(text) {
    // 'layers=' means every layer off. Empty items ('zones,,events', a trailing
    // comma) carry no meaning and are skipped without a notice.
    const items = text.split(',').filter((item) => item !== '');
    const listed = new Set(items);
    const unknown = [...listed].filter((item) => !isLayerId(item));
    const value = LAYER_IDS.filter((id) => listed.has(id));
    if (unknown.length === 0) return { ok: true, value };
    // A link whose layers were all renamed since it was shared would otherwise
    // open a blank map; the default layers are the better guess.
    if (value.length === 0) {
      return { ok: false, reason: unknown.length === 1 ? 'this map has no such layer' : 'this map has none of these layers' };
    }
    const noun = unknown.length === 1 ? 'a layer' : 'layers';
    return { ok: true, value, notice: `Ignored ${noun} this map does not have: ${listForNotice(unknown)}.` };
  },

  apply(state, ids) {
    state.layers = ids;
  },
});

/** event: written only when one is open. */
const event = row<string | null>({
  name: "the link's event",
  unquoted: true,
  encode(state) {
    return state.event === null ? null : encodeURIComponent(state.event);
  },

  /** 'event=' means no event open, like 'layers=' means no layers. */
  decode(text, options) {
    if (text === '') return { ok: true, value: null };
    if (options.knownEventIds.has(text)) return { ok: true, value: text };
    // A link shared before the event was merged into another or renamed opens it under its id now.
    const now = options.formerEventIds?.get(text);
    return now === undefined ? { ok: false, reason: 'this map has no such event' } : { ok: true, value: now };
  },

  apply(state, id) {
    state.event = id;
  },
});

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

// Arithmetic rather than Date.UTC, which reads years 0–99 as 1900–1999.
function isCalendarDay(year: number, month: number, day: number): boolean {
  const daysInMonth = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return daysInMonth !== undefined && day >= 1 && day <= daysInMonth;
}

/** A real calendar day, YYYY-MM-DD, within the data's inclusive bounds. */
function decodeDay(text: string, bounds: readonly [string, string]): Decoded<string> {
  const match = DAY.exec(text);
  if (!match || !isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]))) {
    return { ok: false, reason: 'it is not a real date like 2020-05-15' };
  }
  // Zero-padded YYYY-MM-DD strings order like the days they name.
  const [min, max] = bounds;
  if (text < min || text > max) return { ok: false, reason: `the map covers ${min} to ${max}` };
  return { ok: true, value: text };
}

/** from: the first day shown. That it is not after to is checked across rows, in permalink.ts. */
const from = row<string>({
  name: 'the From date',
  encode: (state) => encodeURIComponent(state.from),
  decode: (text, options) => decodeDay(text, options.dateBounds),
  apply(state, date) {
    state.from = date;
  },
});

/** to: the last day shown, inclusive. */
const to = row<string>({
  name: 'the To date',
  encode: (state) => encodeURIComponent(state.to),
  decode: (text, options) => decodeDay(text, options.dateBounds),
  apply(state, date) {
    state.to = date;
  },
});

/**
 * The most a min= may ask for when PermalinkOptions does not say how many
 * articles there are: the five in geo/sources.json.
 */
export const MAX_MIN_ARTICLES = 5;

/**
 * min: show only events reported by at least this many articles, 1 to the
 * number of articles. Came after links were first shared: written only when it
 * changes what the view shows, so existing links stay exactly as they were.
 */
const min = row<number>({
  name: "the articles filter",
  encode(state) {
    return state.minArticles !== undefined && state.minArticles > 1 ? String(state.minArticles) : null;
  },

  decode(text, options) {
    const most = options.articleCount ?? MAX_MIN_ARTICLES;
    const count = WHOLE_NUMBER.test(text) ? Number(text) : NaN;
    if (!(count >= 1 && count <= most)) return { ok: false, reason: `it must be a whole number from 1 to ${most}` };
    return { ok: true, value: count };
  },

  apply(state, count) {
    state.minArticles = count;
  },
});

/** embed: '1' shows only the map and its legend, for an iframe; '0' the whole app. Written only when on, like min. */
const embed = row<boolean>({
  name: 'the embed setting',
  encode(state) {
    return state.embed ? '1' : null;
  },

  decode(text) {
    if (text === '1') return { ok: true, value: true };
    if (text === '0') return { ok: true, value: false };
    return { ok: false, reason: 'it must be 1 or 0' };
  },

  apply(state, on) {
    state.embed = on;
  },
});

/** Longest step number read; no tour is near it, and a longer number is not read as one. */
const MAX_STEP_DIGITS = 4;

/** story: the id of the tour being followed (geo/narratives.json); written only while one is open. */
const story = row<string>({
  name: "the link's story tour",
  unquoted: true,
  encode(state) {
    return state.story ? encodeURIComponent(state.story) : null;
  },

  decode(text, options) {
    if (!options.narratives?.has(text)) return { ok: false, reason: 'this map has no such tour' };
    return { ok: true, value: text };
  },

  apply(state, id) {
    state.story = id;
  },
});

/**
 * step: the step of the tour shown, from 1; written only with story. That it
 * is one of that tour's steps is checked across rows, in permalink.ts.
 */
const step = row<number>({
  name: "the tour's step",
  encode(state) {
    return state.story ? String(state.step ?? 1) : null;
  },

  decode(text) {
    const n = WHOLE_NUMBER.test(text) && text.length <= MAX_STEP_DIGITS ? Number(text) : NaN;
    if (!(n >= 1)) return { ok: false, reason: 'it must be a whole number from 1' };
    return { ok: true, value: n };
  },

  apply(state, n) {
    state.step = n;
  },
});

/** Every key of the link, in the order a formatted link writes them and a parse reads them. */
export const permalinkKeys = { map, layers, event, from, to, min, embed, story, step };
