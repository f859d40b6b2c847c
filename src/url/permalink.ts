// The only code that reads or writes the URL's format (useUrlState.ts only moves
// strings between here and window.location). OpenStreetMap style:
//   #map=ZOOM/LAT/LNG&layers=<faction ids>,zones&event=<event id>&from=2020-05-15&to=2020-05-23
// A link is untrusted input that may come from anyone, so parsing never throws,
// applies every part it understands and says in a short notice what it ignored.
import type { LayerId } from '../layers';
import { permalinkKeys, type MutableViewState, type PermalinkKeyRow, type ZoomRange } from './permalinkKeys';
import { quoteForNotice } from './quoteForNotice';

export interface ViewState {
  /** [lat, lng] in degrees; lat within ±85, lng within ±180 */
  center: readonly [number, number];
  /** whole zoom level */
  zoom: number;
  /** in LAYER_IDS order, no duplicates */
  layers: readonly LayerId[];
  /** id of the open event, or null */
  event: string | null;
  /** first day shown, YYYY-MM-DD */
  from: string;
  /** last day shown, YYYY-MM-DD, inclusive; never before from */
  to: string;
  /** show only events reported by at least this many articles, 1–5; absent means 1 */
  minArticles?: number;
  /** only the map and its legend, for an iframe; absent means false */
  embed?: boolean;
  /** id of the story tour being followed (geo/narratives.json); absent: none */
  story?: string;
  /** the tour's step shown, from 1 to its number of steps; absent means 1; only with story */
  step?: number;
}

export interface PermalinkOptions {
  /** the view without a link; must itself be valid under these options */
  defaults: ViewState;
  knownEventIds: ReadonlySet<string>;
  /** ids events had before (a merged or renamed event's formerIds) → their id now; a link naming one opens that event */
  formerEventIds?: ReadonlyMap<string, string>;
  /** whole zoom levels a link may ask for, inclusive */
  minZoom: number;
  maxZoom: number;
  /** first and last day a link may ask for, inclusive, YYYY-MM-DD */
  dateBounds: readonly [string, string];
  /** how many articles the data has: the most a min= may ask for; absent means MAX_MIN_ARTICLES (permalinkKeys.ts) */
  articleCount?: number;
  /** the story tours a link may name: id → its number of steps; absent means none */
  narratives?: ReadonlyMap<string, number>;
}

export type PermalinkKey = keyof typeof permalinkKeys;

export interface ParsedPermalink {
  /** defaults overridden by every valid part */
  state: ViewState;
  /** the keys whose value was valid and applied */
  present: ReadonlySet<PermalinkKey>;
  /**
   * One plain-text sentence per ignored part, at most ~120 characters, at most
   * MAX_NOTICES of them. Parts of the link are quoted as typed (cut to 40
   * characters), '<' included: render as text, never as HTML.
   */
  notices: string[];
}

/** Zooms formatPermalink writes when not told the app's range: OSM's tile zooms. */
export type FormatOptions = Partial<ZoomRange>;

/** Longest value read; longer ones are ignored unread. No real value is near it. */
export const MAX_VALUE_CHARS = 1000;

/** A hostile link can have thousands of parts; nobody reads more notices than this. */
export const MAX_NOTICES = 10;

const KEYS = Object.keys(permalinkKeys) as PermalinkKey[];

function isPermalinkKey(key: string): key is PermalinkKey {
  return (KEYS as string[]).includes(key);
}

function decodePart(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null; // URIError: '%E0%A4%A', '%ZZ', a lone '%'
  }
}

/** 'Ignored the From date “2020-13-01”: …': the part in a reader's words, then the value as typed, unless it is one of the data's ids. */
function ignored(key: PermalinkKey, value: string, reason: string): string {
  const row = permalinkKeys[key] as PermalinkKeyRow<unknown>;
  return `Ignored ${row.name}${row.unquoted ? '' : ` “${quoteForNotice(value)}”`}: ${reason}.`;
}

/**
 * The percent-decoded value of each known key. When a key is repeated the
 * last one counts (so appending '&from=…' to a link overrides it), even if
 * that last one turns out to be invalid: the key then keeps its default.
 */
function readParts(body: string, notices: string[]): Map<PermalinkKey, string> {
  // null: the last occurrence was unreadable, so the key keeps its default
  const last = new Map<PermalinkKey, string | null>();
  for (const part of body.split('&')) {
    if (part === '') continue; // '&&' or a trailing '&' says nothing
    const eq = part.indexOf('=');
    const key = decodePart(eq === -1 ? part : part.slice(0, eq));
    if (key === null) {
      notices.push(`Ignored “${quoteForNotice(part)}”: it could not be read (broken %-encoding).`);
      continue;
    }
    if (!isPermalinkKey(key)) {
      notices.push(`Ignored “${quoteForNotice(key)}”: this map's links have no such part.`);
      continue;
    }
    // An unreadable earlier one (null) already has its notice.
    const previous = last.get(key);
    if (previous != null) notices.push(ignored(key, previous, 'the link gives it twice; the last counts'));
    last.set(key, null);
    if (eq === -1) {
      notices.push(`Ignored ${(permalinkKeys[key] as PermalinkKeyRow<unknown>).name}: the link gives no value for it.`);
      continue;
    }
    const raw = part.slice(eq + 1);
    // Checked before decoding so a huge value is never decoded or copied.
    if (raw.length > MAX_VALUE_CHARS) {
      notices.push(ignored(key, raw, 'it is longer than 1,000 characters'));
      continue;
    }
    const value = decodePart(raw);
    if (value === null) {
      notices.push(ignored(key, raw, 'it could not be read (broken %-encoding)'));
      continue;
    }
    last.set(key, value);
  }
  const values = new Map<PermalinkKey, string>();
  for (const [key, value] of last) if (value !== null) values.set(key, value);
  return values;
}

/**
 * A from after to is rejected rather than swapped: swapping guesses which of
 * the two days is the typo. Both days make one mistake, so one notice. Returns
 * the notice, or null when the range is in order.
 */
function reversedRange(accepted: Map<PermalinkKey, unknown>, defaults: ViewState): string | null {
  const from = accepted.get('from') as string | undefined;
  const to = accepted.get('to') as string | undefined;
  if ((from ?? defaults.from) <= (to ?? defaults.to)) return null;
  if (from !== undefined && to !== undefined) return `Ignored the From date “${from}” and the To date “${to}”: From is after To.`;
  if (from !== undefined) return `Ignored the From date “${from}”: it is after the To date, ${defaults.to}.`;
  return `Ignored the To date “${to}”: it is before the From date, ${defaults.from}.`;
}

/**
 * A step belongs to its tour: without the tour it means nothing, and past the
 * tour's last step it is not there (the data changed since the link was
 * shared), so the tour opens at its start. Returns the notice, or null.
 */
function strayStep(accepted: Map<PermalinkKey, unknown>, options: PermalinkOptions): string | null {
  const step = accepted.get('step') as number | undefined;
  if (step === undefined) return null;
  const story = accepted.get('story') as string | undefined;
  if (story === undefined) return `Ignored the tour's step ${step}: the link names no tour.`;
  const steps = options.narratives?.get(story) ?? 0;
  if (step <= steps) return null;
  return `Ignored the tour's step ${step}: that tour has ${steps} step${steps === 1 ? '' : 's'}; it opens at step 1.`;
}

/** hash: with or without the leading '#'. Never throws, whatever the string. */
export function parsePermalink(hash: string, options: PermalinkOptions): ParsedPermalink {
  const { defaults } = options;
  const notices: string[] = [];
  const values = readParts(hash.startsWith('#') ? hash.slice(1) : hash, notices);

  // Each key read in the table's order, so notices come in the order a link is written.
  const accepted = new Map<PermalinkKey, unknown>();
  for (const key of KEYS) {
    const text = values.get(key);
    if (text !== undefined) {
      const result = (permalinkKeys[key] as PermalinkKeyRow<unknown>).decode(text, options);
      if (!result.ok) notices.push(ignored(key, text, result.reason));
      else {
        if (result.notice !== undefined) notices.push(result.notice);
        accepted.set(key, result.value);
      }
    }
    // The one rule across keys, said once both days are read.
    if (key === 'to') {
      const reversed = reversedRange(accepted, defaults);
      if (reversed !== null) {
        notices.push(reversed);
        accepted.delete('from');
        accepted.delete('to');
      }
    }
    if (key === 'step') {
      const stray = strayStep(accepted, options);
      if (stray !== null) {
        notices.push(stray);
        accepted.delete('step');
      }
    }
  }

  const state: MutableViewState = { ...defaults };
  for (const [key, value] of accepted) (permalinkKeys[key] as PermalinkKeyRow<unknown>).apply(state, value);

  if (notices.length > MAX_NOTICES) {
    const hidden = notices.length - (MAX_NOTICES - 1);
    notices.splice(MAX_NOTICES - 1, Infinity, `Ignored ${hidden} more parts of the link.`);
  }
  return { state, present: new Set(accepted.keys()), notices };
}

/**
 * '#map=…&layers=…[&event=…]&from=…&to=…[&min=…][&embed=1][&story=…&step=N]'. Every key but event, min, embed, story and step is always
 * written, even when it equals the default, so a shared link keeps meaning the
 * same view after the defaults change; event only when one is open. Any view
 * Leaflet reports gives a link parsePermalink accepts (see map.encode); pass
 * the app's PermalinkOptions to keep zoom in its range (default 0..18).
 */
export function formatPermalink(state: ViewState, options: FormatOptions = {}): string {
  const range = { minZoom: options.minZoom ?? 0, maxZoom: options.maxZoom ?? 18 };
  const parts: string[] = [];
  for (const key of KEYS) {
    const value = (permalinkKeys[key] as PermalinkKeyRow<unknown>).encode(state, range);
    if (value !== null) parts.push(`${key}=${value}`);
  }
  return `#${parts.join('&')}`;
}
