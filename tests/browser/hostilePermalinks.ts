// Fragments for the permalink fuzz: what people paste, truncate and forge.
// Each is the part after '#'. A seed makes a run repeatable.
import fc from 'fast-check';
import { LAYER_IDS } from '../../src/layers';
import { formatPermalink, type PermalinkKey, type PermalinkOptions, type ViewState } from '../../src/url/permalink';
import { permalinkKeys } from '../../src/url/permalinkKeys';

/** Markup and script that must never run or become elements, as typed and as %-encoded. */
export const INJECTIONS = [
  '"><img src=x onerror=window.__pwned=1>',
  'javascript:window.__pwned=1',
  '<script>window.__pwned=1</script>',
  "'><svg onload=window.__pwned=1>",
  '%22%3E%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E',
  '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  "');window.__pwned=1;//",
  '${window.__pwned=1}',
  "{{constructor.constructor('window.__pwned=1')()}}",
  '<iframe srcdoc="<script>parent.__pwned=1</script>">',
];

/** Numbers that break naive parsing: huge, not-a-number, negative, fractional, hex, exponents. */
const NUMBERS = [
  '9'.repeat(400), `-${'9'.repeat(400)}`, '1e400', '-1e400', '1e3', 'NaN', 'Infinity', '-Infinity',
  '-0', '-1', '-3', '0', '2.5', '5.5', '3.', '.5', '0x10', ' 5', '+5', '13', '99', '85.0001', '-85.5',
  '180.5', '-181', '360', '1000000', '4294967296', '9007199254740993', '',
];

const BROKEN_ENCODING = ['%', '%%', '%E0%A4%A', '%ZZ', '%C0%80', '%FF', '%ED%A0%80', '%2', '%u0041', '%00', '%0A'];

const UNICODE = ['é', 'ليبيا', 'طرابلس', '\u202E', '\u200B', '\uFEFF', '💥', '👨‍👩‍👧', 'e\u0301', 'Ω', '\u0000', '\t', '\n'];

/** A 10,000-character value: the parser must ignore it unread, and the page must not choke on it. */
const HUGE = ['x'.repeat(10_000), encodeURIComponent('é').repeat(3_400), '9'.repeat(10_000)];

export interface FuzzContext {
  options: PermalinkOptions;
  eventIds: readonly string[];
}

export function hostilePermalinkArbitrary({ options, eventIds }: FuzzContext): fc.Arbitrary<string> {
  const [min, max] = options.dateBounds;
  const oneOf = <T>(values: readonly T[]) => fc.constantFrom(...values);
  const junk = fc.oneof(
    oneOf(INJECTIONS),
    oneOf(NUMBERS),
    oneOf(BROKEN_ENCODING),
    oneOf(UNICODE),
    fc.string({ maxLength: 30 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
  );
  const value = fc.oneof({ weight: 1, arbitrary: oneOf(HUGE) }, { weight: 20, arbitrary: junk });

  const zoom = fc.oneof(fc.integer({ min: options.minZoom, max: options.maxZoom }).map(String), oneOf(NUMBERS), junk);
  const lat = fc.oneof(fc.double({ min: -85, max: 85, noNaN: true }).map((n) => n.toFixed(3)), oneOf(NUMBERS), junk);
  const lng = fc.oneof(fc.double({ min: -180, max: 180, noNaN: true }).map((n) => n.toFixed(3)), oneOf(NUMBERS), junk);
  const map = fc.oneof(
    { weight: 6, arbitrary: fc.tuple(zoom, lat, lng).map((parts) => parts.join('/')) },
    { weight: 1, arbitrary: fc.array(fc.oneof(zoom, lat), { maxLength: 6 }).map((parts) => parts.join('/')) },
    { weight: 1, arbitrary: value },
  );
  const layers = fc.oneof(
    { weight: 4, arbitrary: fc.array(fc.oneof(oneOf(LAYER_IDS), oneOf(['', 'GNA', 'tanks', 'gna ', '__proto__']), junk), { maxLength: 9 }).map((ids) => ids.join(',')) },
    { weight: 1, arbitrary: value },
  );
  const event = fc.oneof(
    { weight: 3, arbitrary: oneOf(eventIds) },
    { weight: 1, arbitrary: oneOf(eventIds).map((id) => `${id}-x`) },
    { weight: 1, arbitrary: oneOf(eventIds).map((id) => encodeURIComponent(id).replace(/-/g, '%2D')) },
    { weight: 2, arbitrary: value },
  );
  const dayInBounds = fc
    .integer({ min: Date.parse(`${min}T00:00:00Z`) / 86_400_000, max: Date.parse(`${max}T00:00:00Z`) / 86_400_000 })
    .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
  const day = fc.oneof(
    { weight: 4, arbitrary: dayInBounds },
    { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
    { weight: 1, arbitrary: oneOf(['2020-02-30', '2020-13-01', '2020-5-18', '20200518', '2020-05-18T00:00', '0000-01-01', '9999-12-31']) },
    { weight: 2, arbitrary: value },
  );

  // Keys added to the format later get small numbers, flags and junk.
  const other = fc.oneof(fc.integer({ min: -1, max: 7 }).map(String), oneOf(['0', '1', 'true', 'yes']), value);
  const special: Partial<Record<PermalinkKey, fc.Arbitrary<string>>> = { map, layers, event, from: day, to: day };
  const knownKey = oneOf(Object.keys(permalinkKeys) as PermalinkKey[]);
  const valueFor = (key: PermalinkKey) => special[key] ?? other;
  const part = fc.oneof(
    { weight: 8, arbitrary: knownKey.chain((key) => valueFor(key).map((v) => `${key}=${v}`)) },
    { weight: 1, arbitrary: fc.tuple(fc.oneof(oneOf(['zoom', 'MAP', '%6Dap', '__proto__', 'constructor', '']), junk), value).map(([k, v]) => `${k}=${v}`) },
    { weight: 1, arbitrary: fc.oneof(knownKey, junk) },
  );
  const parts = fc.array(part, { minLength: 1, maxLength: 8 }).map((ps) => ps.join('&'));

  const validState: fc.Arbitrary<ViewState> = fc
    .record({
      zoom: fc.integer({ min: options.minZoom, max: options.maxZoom }),
      lat: fc.double({ min: -85, max: 85, noNaN: true }),
      lng: fc.double({ min: -180, max: 180, noNaN: true }),
      layers: fc.subarray([...LAYER_IDS]),
      event: fc.option(oneOf(eventIds), { nil: null }),
      days: fc.tuple(dayInBounds, dayInBounds),
    })
    .map(({ zoom, lat, lng, layers, event, days }) => {
      const [from, to] = [...days].sort() as [string, string];
      return { center: [lat, lng] as const, zoom, layers, event, from, to };
    });
  const valid = validState.map((state) => formatPermalink(state, options).slice(1));
  const truncated = fc.tuple(valid, fc.nat()).map(([link, cut]) => link.slice(0, cut % (link.length + 1)));
  const validWithJunk = fc.tuple(valid, parts).map(([link, extra]) => `${link}&${extra}`);

  return fc.oneof(
    { weight: 10, arbitrary: parts },
    { weight: 3, arbitrary: valid },
    { weight: 3, arbitrary: truncated },
    { weight: 3, arbitrary: validWithJunk },
    { weight: 2, arbitrary: fc.string({ maxLength: 200 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 100 }) },
    { weight: 1, arbitrary: oneOf(INJECTIONS) },
  );
}

/** `count` fragments, the same ones for the same seed. */
export function hostilePermalinks(context: FuzzContext, count: number, seed: number): string[] {
  return fc.sample(hostilePermalinkArbitrary(context), { numRuns: count, seed });
}
