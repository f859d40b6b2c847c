import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../src/layers';
import { MAX_NOTICES, formatPermalink, parsePermalink, type PermalinkOptions, type ViewState } from '../../src/url/permalink';
import { decimalsForZoom, MAX_MIN_ARTICLES, permalinkKeys } from '../../src/url/permalinkKeys';
import { permalinkTestOptions } from './permalinkTestOptions';

const KEYS = Object.keys(permalinkKeys);

const EVENT_IDS = ['2020-05-18-watiya-captured', '2020-05-20-watiya-strikes', '2020-06-05-tarhuna-captured'];

const options: PermalinkOptions = permalinkTestOptions(EVENT_IDS);

const MAX_NOTICE_CHARS = 120;

/** Every way a state can be wrong, as a list of what is wrong (empty: valid). */
function problems(state: ViewState): string[] {
  const found: string[] = [];
  const [lat, lng] = state.center;
  if (!Number.isInteger(state.zoom) || state.zoom < options.minZoom || state.zoom > options.maxZoom) found.push(`zoom ${state.zoom}`);
  if (state.center.length !== 2 || !Number.isFinite(lat) || Math.abs(lat) > 85 || Object.is(lat, -0)) found.push(`lat ${lat}`);
  if (!Number.isFinite(lng) || Math.abs(lng) > 180 || Object.is(lng, -0)) found.push(`lng ${lng}`);
  if (state.layers.join() !== LAYER_IDS.filter((id) => state.layers.includes(id)).join()) found.push(`layers ${state.layers.join()}`);
  if (state.event !== null && !options.knownEventIds.has(state.event)) found.push(`event ${state.event}`);
  const [min, max] = options.dateBounds;
  for (const day of [state.from, state.to]) {
    const parsed = new Date(`${day}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day) found.push(`date ${day}`);
    if (day < min || day > max) found.push(`date out of bounds ${day}`);
  }
  if (state.from > state.to) found.push(`from ${state.from} > to ${state.to}`);
  const articles = state.minArticles;
  if (articles !== undefined && !(Number.isInteger(articles) && articles >= 1 && articles <= MAX_MIN_ARTICLES)) found.push(`minArticles ${articles}`);
  if (state.embed !== undefined && typeof state.embed !== 'boolean') found.push(`embed ${String(state.embed)}`);
  if (state.story !== undefined && !options.narratives?.has(state.story)) found.push(`story ${state.story}`);
  if (state.step !== undefined && !(state.story !== undefined && Number.isInteger(state.step) && state.step >= 1 && state.step <= (options.narratives?.get(state.story) ?? 0))) found.push(`step ${state.step}`);
  return found;
}

function expectSafe(hash: string) {
  const parsed = parsePermalink(hash, options);
  expect(problems(parsed.state)).toEqual([]);
  expect(parsed.notices.length).toBeLessThanOrEqual(MAX_NOTICES);
  for (const notice of parsed.notices) expect(notice.length).toBeLessThanOrEqual(MAX_NOTICE_CHARS);
  for (const key of parsed.present) expect(KEYS).toContain(key);
}

// Values chosen to break number parsing, date parsing, decoding and display.
const HOSTILE_VALUES = [
  '',
  '99999999999999999999',
  '1e400',
  '-1e400',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '0x10',
  ' 5',
  '5.',
  '.5',
  '"><img src=x onerror=alert(1)>',
  '%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  'javascript:alert(1)',
  'x'.repeat(10_000),
  '%E0%A4%A',
  '%',
  '%%',
  '%ZZ',
  '%C0%80',
  '%00',
  '%0A',
  '%E2%80%AE',
  '%F0%9F%92%A9',
  '\u202E',
  '__proto__',
  'constructor',
  'toString',
  '2020-02-30',
  '2020-05-18',
  '2020-06-30',
  '2020-04-30',
  '0000-02-29',
  '2020-05-18-watiya-captured',
  'gna,lna,zones',
  'gna,gna,GNA,',
  ',,,',
  '3/85/180',
  '12/-85/-180',
  '3/85.0001/0',
  '1.5/1/1',
  '-1/0/0',
  '5/1/1/1',
  '5//',
  '/',
];

const keyArb = fc.constantFrom(...KEYS, 'zoom', '', 'MAP', '__proto__', '%6Dap', '%E0%A4%A');
const numberText = fc.oneof(
  fc.double().map(String),
  fc.integer().map(String),
  fc.double({ min: -200, max: 200, noNaN: true }).map((n) => n.toFixed(4)),
);
const valueArb = fc.oneof(
  fc.constantFrom(...HOSTILE_VALUES),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.tuple(numberText, numberText, numberText).map((parts) => parts.join('/')),
  fc.array(fc.constantFrom(...LAYER_IDS, 'tanks', ''), { maxLength: 10 }).map((ids) => ids.join(',')),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.string().map(encodeURIComponent),
);
const partArb = fc.oneof(
  fc.tuple(keyArb, valueArb).map(([key, value]) => `${key}=${value}`),
  keyArb,
  fc.string(),
);
const hostileHashArb = fc
  .tuple(fc.boolean(), fc.array(partArb, { maxLength: 30 }))
  .map(([hash, parts]) => (hash ? '#' : '') + parts.join('&'));

describe('parsePermalink on any string', () => {
  it('never throws and always gives a valid state, for arbitrary strings', () => {
    fc.assert(fc.property(fc.string(), expectSafe), { numRuns: 1000 });
  });

  it('… for arbitrary code points, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), expectSafe), { numRuns: 1000 });
  });

  it('… for arbitrary graphemes', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), expectSafe), { numRuns: 500 });
  });

  it('… for links built from the real keys with hostile values', () => {
    fc.assert(fc.property(hostileHashArb, expectSafe), { numRuns: 2000 });
  });

  it('… for every hostile value under every key', () => {
    for (const key of KEYS) {
      for (const value of HOSTILE_VALUES) expectSafe(`#${key}=${value}`);
    }
  });
});

const DAY_MS = 86_400_000;
const [MIN_DAY, MAX_DAY] = options.dateBounds.map((day) => Date.parse(`${day}T00:00:00Z`) / DAY_MS) as [number, number];
const dayArb = fc.integer({ min: MIN_DAY, max: MAX_DAY }).map((n) => new Date(n * DAY_MS).toISOString().slice(0, 10));

const validStateArb: fc.Arbitrary<ViewState> = fc
  .record({
    zoom: fc.integer({ min: options.minZoom, max: options.maxZoom }),
    lat: fc.double({ min: -85, max: 85, noNaN: true }),
    lng: fc.double({ min: -180, max: 180, noNaN: true }),
    layers: fc.subarray([...LAYER_IDS]),
    event: fc.option(fc.constantFrom(...EVENT_IDS), { nil: null }),
    days: fc.tuple(dayArb, dayArb),
    // Written only when they change the view (min > 1, embed on), so only those round-trip.
    minArticles: fc.option(fc.integer({ min: 2, max: MAX_MIN_ARTICLES }), { nil: undefined }),
    embed: fc.option(fc.constant(true), { nil: undefined }),
  })
  .map(({ zoom, lat, lng, layers, event, days, minArticles, embed }) => {
    const [from, to] = days.sort();
    const state: ViewState = { center: [lat, lng] as const, zoom, layers, event, from: from!, to: to! };
    if (minArticles !== undefined) state.minArticles = minArticles;
    if (embed !== undefined) state.embed = embed;
    return state;
  });

describe('round trip over valid states', () => {
  it('format(parse(format(s)).state) === format(s), with every key applied and no notices', () => {
    fc.assert(
      fc.property(validStateArb, (state) => {
        const link = formatPermalink(state, options);
        const parsed = parsePermalink(link, options);
        expect(parsed.notices).toEqual([]);
        const optional = [
          ...(state.event === null ? [] : ['event']),
          ...(state.minArticles === undefined ? [] : ['min']),
          ...(state.embed === undefined ? [] : ['embed']),
        ];
        expect([...parsed.present].sort()).toEqual(['from', 'layers', 'map', 'to', ...optional].sort());
        expect(formatPermalink(parsed.state, options)).toBe(link);
      }),
      { numRuns: 2000 },
    );
  });

  it('parse(format(s)) equals s, its centre rounded to the zoom\'s decimals', () => {
    fc.assert(
      fc.property(validStateArb, (state) => {
        const parsed = parsePermalink(formatPermalink(state, options), options).state;
        const halfUnit = 0.5 * 10 ** -decimalsForZoom(state.zoom) + 1e-9;
        expect(Math.abs(parsed.center[0] - state.center[0])).toBeLessThanOrEqual(halfUnit);
        expect(Math.abs(parsed.center[1] - state.center[1])).toBeLessThanOrEqual(halfUnit);
        expect({ ...parsed, center: null }).toEqual({ ...state, center: null });
      }),
      { numRuns: 2000 },
    );
  });

  it('parse(format(s)) equals s exactly when the centre is already on the grid', () => {
    const onGridArb = validStateArb.chain((state) => {
      const scale = 10 ** decimalsForZoom(state.zoom);
      return fc
        .tuple(fc.integer({ min: -85 * scale, max: 85 * scale }), fc.integer({ min: -180 * scale, max: 180 * scale }))
        .map(([lat, lng]): ViewState => ({ ...state, center: [lat / scale + 0, lng / scale + 0] }));
    });
    fc.assert(
      fc.property(onGridArb, (state) => {
        expect(parsePermalink(formatPermalink(state, options), options).state).toEqual(state);
      }),
      { numRuns: 2000 },
    );
  });

  it('format gives a link parse accepts for any finite view Leaflet can report', () => {
    const leafletViewArb = fc.record({
      zoom: fc.double({ min: -5, max: 30, noNaN: true }),
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
      lng: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    });
    fc.assert(
      fc.property(validStateArb, leafletViewArb, (state, view) => {
        const link = formatPermalink({ ...state, zoom: view.zoom, center: [view.lat, view.lng] }, options);
        const parsed = parsePermalink(link, options);
        expect(parsed.notices).toEqual([]);
        expect(parsed.present.has('map')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
