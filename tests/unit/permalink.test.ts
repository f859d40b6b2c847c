import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYERS } from '../../src/layers';
import { formatPermalink, parsePermalink, type PermalinkKey, type PermalinkOptions, type ViewState } from '../../src/url/permalink';
import { decimalsForZoom, permalinkKeys } from '../../src/url/permalinkKeys';
import { permalinkTestOptions } from './permalinkTestOptions';

const WATIYA = '2020-05-18-watiya-captured';
const TARHUNA = '2020-06-05-tarhuna-captured';

const options: PermalinkOptions = permalinkTestOptions([WATIYA, TARHUNA]);
const { defaults } = options;

const shared: ViewState = {
  center: [32.123, 12.457],
  zoom: 8,
  layers: ['gna', 'lna', 'zones'],
  event: WATIYA,
  from: '2020-05-15',
  to: '2020-05-23',
};
const SHARED_LINK = '#map=8/32.123/12.457&layers=gna,lna,zones&event=2020-05-18-watiya-captured&from=2020-05-15&to=2020-05-23';

function parse(hash: string) {
  return parsePermalink(hash, options);
}

/** Parses a link that must be accepted whole, and returns its state. */
function accepted(hash: string): ViewState {
  const parsed = parse(hash);
  expect(parsed.notices).toEqual([]);
  return parsed.state;
}

describe('formatPermalink', () => {
  it('writes every key in a fixed order, event only when one is open', () => {
    expect(formatPermalink(shared)).toBe(SHARED_LINK);
    expect(formatPermalink({ ...shared, event: null })).toBe('#map=8/32.123/12.457&layers=gna,lna,zones&from=2020-05-15&to=2020-05-23');
  });

  it('writes keys equal to the defaults too, so the link outlives a change of defaults', () => {
    expect(formatPermalink(defaults)).toBe('#map=6/32.500/13.500&layers=gna,lna,other,zones,events,route,labels&from=2020-05-01&to=2020-06-30');
  });

  it('rounds lat/lng to more decimals as the zoom grows, like openstreetmap.org', () => {
    expect([0, 1, 2, 3, 4, 5, 8, 9, 12, 16, 17, 18].map(decimalsForZoom)).toEqual([0, 0, 1, 2, 2, 3, 3, 4, 4, 4, 5, 5]);
    const center = [32.123456, -12.987654] as const;
    expect(formatPermalink({ ...shared, center, zoom: 3 })).toContain('map=3/32.12/-12.99&');
    expect(formatPermalink({ ...shared, center, zoom: 7 })).toContain('map=7/32.123/-12.988&');
    expect(formatPermalink({ ...shared, center, zoom: 12 })).toContain('map=12/32.1235/-12.9877&');
  });

  it('writes 0 rather than -0 when a small negative rounds away', () => {
    expect(formatPermalink({ ...shared, center: [-0.0001, -0], zoom: 3 })).toContain('map=3/0.00/0.00&');
  });

  it('turns any view Leaflet reports into a link that parses: wraps lng, clamps lat, rounds zoom', () => {
    const wrapped = formatPermalink({ ...shared, center: [85.04, 372.5], zoom: 4.6 });
    expect(wrapped).toContain('map=5/85.000/12.500&');
    expect(accepted(wrapped).center).toEqual([85, 12.5]);
    expect(formatPermalink({ ...shared, center: [-89, -190], zoom: 5 })).toContain('map=5/-85.000/170.000&');
    expect(formatPermalink({ ...shared, center: [0, 180], zoom: 5 })).toContain('map=5/0.000/180.000&');
  });

  it('keeps zoom in the range it is given, 0..18 by default', () => {
    expect(formatPermalink({ ...shared, zoom: 25 })).toContain('map=18/');
    expect(formatPermalink({ ...shared, zoom: 25 }, options)).toContain('map=12/');
    expect(formatPermalink({ ...shared, zoom: 1 }, options)).toContain('map=3/');
  });

  it('writes layers in canonical order without duplicates', () => {
    expect(formatPermalink({ ...shared, layers: ['zones', 'gna', 'zones', 'lna'] })).toContain('&layers=gna,lna,zones&');
  });
});

describe('round trip, key by key', () => {
  it('map', () => {
    const state = accepted(formatPermalink({ ...defaults, center: [31.0123, -9.5], zoom: 11 }));
    expect(state.center).toEqual([31.0123, -9.5]);
    expect(state.zoom).toBe(11);
    expect(parse('#map=11/31.0123/-9.5000').present).toEqual(new Set(['map']));
  });

  it('map at the edges of the ranges', () => {
    for (const view of [
      { center: [85, 180], zoom: 12 },
      { center: [-85, -180], zoom: 3 },
    ] as const) {
      expect(accepted(formatPermalink({ ...defaults, ...view }))).toMatchObject(view);
    }
  });

  it('layers, some of them', () => {
    expect(accepted(formatPermalink({ ...defaults, layers: ['other', 'route'] })).layers).toEqual(['other', 'route']);
  });

  it('layers, all of them', () => {
    expect(accepted(formatPermalink({ ...defaults, layers: DEFAULT_LAYERS })).layers).toEqual(DEFAULT_LAYERS);
  });

  it('layers, none: an empty layers= turns every layer off', () => {
    const link = formatPermalink({ ...defaults, layers: [] });
    expect(link).toContain('&layers=&');
    const parsed = parse(link);
    expect(parsed.state.layers).toEqual([]);
    expect(parsed.present.has('layers')).toBe(true);
  });

  it('event', () => {
    expect(accepted(formatPermalink({ ...defaults, event: TARHUNA })).event).toBe(TARHUNA);
  });

  it('event, none: not written, so the default applies; an explicit event= also means none', () => {
    const parsed = parse(formatPermalink({ ...defaults, event: null }));
    expect(parsed.state.event).toBeNull();
    expect(parsed.present.has('event')).toBe(false);
    const explicit = parsePermalink('#event=', { ...options, defaults: { ...defaults, event: WATIYA } });
    expect(explicit.state.event).toBeNull();
    expect(explicit.present.has('event')).toBe(true);
  });

  it('from', () => {
    expect(accepted(formatPermalink({ ...defaults, from: '2020-05-18' })).from).toBe('2020-05-18');
  });

  it('to', () => {
    expect(accepted(formatPermalink({ ...defaults, to: '2020-05-18' })).to).toBe('2020-05-18');
  });

  // One change away from the defaults per key of the table; typed by the
  // table, so a key added without its round trip does not compile.
  const changeFor: Record<PermalinkKey, Partial<ViewState>> = {
    map: { center: [-12.25, 101.5], zoom: 4 },
    layers: { layers: ['lna', 'labels'] },
    event: { event: WATIYA },
    from: { from: '2020-06-02' },
    to: { to: '2020-05-02' },
    min: { minArticles: 4 },
    embed: { embed: true },
    story: { story: 'the-escalation', step: 1 },
    step: { story: 'the-escalation', step: 3 },
  };

  it.each(Object.keys(permalinkKeys) as PermalinkKey[])('%s, from the table: written, read back whole, present, and written again the same', (key) => {
    const view = { ...defaults, ...changeFor[key] };
    const link = formatPermalink(view, options);
    expect(link).toMatch(new RegExp(`[#&]${key}=[^&]+`));
    const parsed = parse(link);
    expect(parsed.notices).toEqual([]);
    expect(parsed.state).toEqual(view);
    expect(parsed.present.has(key)).toBe(true);
    expect(formatPermalink(parsed.state, options)).toBe(link);
  });

  it('a whole shared link', () => {
    const parsed = parse(SHARED_LINK);
    expect(parsed).toEqual({ state: shared, present: new Set(['map', 'layers', 'event', 'from', 'to']), notices: [] });
    expect(formatPermalink(parsed.state)).toBe(SHARED_LINK);
  });
});

describe('parsePermalink reading the link', () => {
  it('gives the defaults, with nothing present, for an empty hash', () => {
    for (const hash of ['', '#', '#&', '&&&']) {
      expect(parse(hash)).toEqual({ state: defaults, present: new Set(), notices: [] });
    }
  });

  it('accepts the hash with or without its #', () => {
    expect(parse(SHARED_LINK.slice(1)).state).toEqual(shared);
  });

  it('applies each valid part and ignores the others', () => {
    const parsed = parse('#map=99/32/13&layers=gna&from=2020-02-30');
    expect(parsed.state).toEqual({ ...defaults, layers: ['gna'] });
    expect(parsed.present).toEqual(new Set(['layers']));
    expect(parsed.notices).toHaveLength(2);
  });

  it('decodes percent-encoding in keys and values', () => {
    expect(accepted('#%6Dap=5/1.5/2.5&layers=gna%2Clna').layers).toEqual(['gna', 'lna']);
  });

  it('reads more decimals than it writes, and leading zeros', () => {
    expect(accepted('#map=05/32.123456789/-000.5').center).toEqual([32.123456789, -0.5]);
  });

  it('reads -0 as 0', () => {
    expect(Object.is(accepted('#map=5/-0/-0.000').center[0], 0)).toBe(true);
  });

  it('when a key repeats, the last one counts, and earlier ones get a notice', () => {
    const parsed = parse('#from=2020-05-02&from=2020-05-03');
    expect(parsed.state.from).toBe('2020-05-03');
    expect(parsed.notices).toEqual(['Ignored the From date “2020-05-02”: the link gives it twice; the last counts.']);
  });

  it('when a key repeats and the last one is invalid, the key keeps its default', () => {
    const parsed = parse('#map=5/1/1&map=5/1/999');
    expect(parsed.state.center).toEqual(defaults.center);
    expect(parsed.present.has('map')).toBe(false);
    expect(parsed.notices).toEqual([
      "Ignored the map's position “5/1/1”: the link gives it twice; the last counts.",
      "Ignored the map's position “5/1/999”: the longitude must be a number from -180 to 180.",
    ]);
  });

  it('when a key repeats and the last one is unreadable, the key keeps its default', () => {
    const parsed = parse('#event=2020-05-18-watiya-captured&event=%E0%A4%A');
    expect(parsed.state.event).toBeNull();
    expect(parsed.notices).toEqual([
      "Ignored the link's event: the link gives it twice; the last counts.",
      "Ignored the link's event: it could not be read (broken %-encoding).",
    ]);
  });
});

describe('parsePermalink rejections, each with its notice', () => {
  const cases: [string, string][] = [
    ['#map=99/32.9/13.2', "Ignored the map's position “99/32.9/13.2”: the zoom must be a whole number from 3 to 12."],
    ['#map=2/32.9/13.2', "Ignored the map's position “2/32.9/13.2”: the zoom must be a whole number from 3 to 12."],
    ['#map=5.5/32.9/13.2', "Ignored the map's position “5.5/32.9/13.2”: the zoom must be a whole number from 3 to 12."],
    ['#map=-5/32.9/13.2', "Ignored the map's position “-5/32.9/13.2”: the zoom must be a whole number from 3 to 12."],
    ['#map=5/85.0001/13.2', "Ignored the map's position “5/85.0001/13.2”: the latitude must be a number from -85 to 85."],
    ['#map=5/-90/13.2', "Ignored the map's position “5/-90/13.2”: the latitude must be a number from -85 to 85."],
    ['#map=5/32.9/180.5', "Ignored the map's position “5/32.9/180.5”: the longitude must be a number from -180 to 180."],
    ['#map=5/32.9/-181', "Ignored the map's position “5/32.9/-181”: the longitude must be a number from -180 to 180."],
    ['#map=5/NaN/13.2', "Ignored the map's position “5/NaN/13.2”: the latitude must be a number from -85 to 85."],
    ['#map=5/Infinity/13.2', "Ignored the map's position “5/Infinity/13.2”: the latitude must be a number from -85 to 85."],
    ['#map=5/1e1/13.2', "Ignored the map's position “5/1e1/13.2”: the latitude must be a number from -85 to 85."],
    ['#map=5/32.9/1e400', "Ignored the map's position “5/32.9/1e400”: the longitude must be a number from -180 to 180."],
    ['#map=5/+32/13', "Ignored the map's position “5/+32/13”: the latitude must be a number from -85 to 85."],
    ['#map=5/32./13', "Ignored the map's position “5/32./13”: the latitude must be a number from -85 to 85."],
    ['#map=5/32.9', "Ignored the map's position “5/32.9”: it should be zoom/latitude/longitude."],
    ['#map=5/32.9/13.2/1', "Ignored the map's position “5/32.9/13.2/1”: it should be zoom/latitude/longitude."],
    ['#map=', "Ignored the map's position “”: it should be zoom/latitude/longitude."],
    ['#map', "Ignored the map's position: the link gives no value for it."],
    ['#layers=nope', 'Ignored the layers “nope”: this map has no such layer.'],
    ['#layers=nope,nada', 'Ignored the layers “nope,nada”: this map has none of these layers.'],
    ['#event=2020-05-19-never-happened', "Ignored the link's event: this map has no such event."],
    ['#event=__proto__', "Ignored the link's event: this map has no such event."],
    ['#from=2020-02-30', 'Ignored the From date “2020-02-30”: it is not a real date like 2020-05-15.'],
    ['#from=2020-13-01', 'Ignored the From date “2020-13-01”: it is not a real date like 2020-05-15.'],
    ['#from=2020-5-18', 'Ignored the From date “2020-5-18”: it is not a real date like 2020-05-15.'],
    ['#to=2020-05-18T00:00', 'Ignored the To date “2020-05-18T00:00”: it is not a real date like 2020-05-15.'],
    ['#from=2020-04-30', 'Ignored the From date “2020-04-30”: the map covers 2020-05-01 to 2020-06-30.'],
    ['#to=2020-07-01', 'Ignored the To date “2020-07-01”: the map covers 2020-05-01 to 2020-06-30.'],
    ['#from=2020-05-23&to=2020-05-15', 'Ignored the From date “2020-05-23” and the To date “2020-05-15”: From is after To.'],
    ['#zoom=5', "Ignored “zoom”: this map's links have no such part."],
    ['#MAP=5/1/1', "Ignored “MAP”: this map's links have no such part."],
    ['#=5', "Ignored “”: this map's links have no such part."],
    ['#%E0%A4%A=1', 'Ignored “%E0%A4%A=1”: it could not be read (broken %-encoding).'],
    ['#map=%E0%A4%A', "Ignored the map's position “%E0%A4%A”: it could not be read (broken %-encoding)."],
    ['#layers=%', 'Ignored the layers “%”: it could not be read (broken %-encoding).'],
  ];

  it.each(cases)('%s', (hash, notice) => {
    const parsed = parse(hash);
    expect(parsed.notices).toEqual([notice]);
    expect(parsed.state).toEqual(defaults);
    expect(parsed.present).toEqual(new Set());
  });

  it('takes the most a min= may ask for from the options: the number of articles', () => {
    const three = { ...options, articleCount: 3 };
    expect(parsePermalink('#min=3', three).state.minArticles).toBe(3);
    expect(parsePermalink('#min=4', three).notices).toEqual(['Ignored the articles filter “4”: it must be a whole number from 1 to 3.']);
    expect(parsePermalink('#min=4', { ...options, articleCount: 4 }).state.minArticles).toBe(4);
  });

  it('takes the zoom range and the date bounds from the options', () => {
    const narrow = { ...options, minZoom: 5, maxZoom: 7, dateBounds: ['2020-05-10', '2020-05-20'] as const, defaults: { ...defaults, zoom: 6, from: '2020-05-10', to: '2020-05-20' } };
    expect(parsePermalink('#map=8/1/1', narrow).notices).toEqual(["Ignored the map's position “8/1/1”: the zoom must be a whole number from 5 to 7."]);
    expect(parsePermalink('#from=2020-05-09', narrow).notices).toEqual(['Ignored the From date “2020-05-09”: the map covers 2020-05-10 to 2020-05-20.']);
    expect(parsePermalink('#map=7/1/1&to=2020-05-20', narrow).notices).toEqual([]);
  });

  it('accepts 29 February only in a leap year', () => {
    const leap = parsePermalink('#from=2020-02-29', { ...options, dateBounds: ['1900-01-01', '2100-12-31'] });
    expect(leap.notices).toEqual([]);
    const notLeap = parsePermalink('#from=1900-02-29', { ...options, dateBounds: ['1900-01-01', '2100-12-31'] });
    expect(notLeap.notices).toEqual(['Ignored the From date “1900-02-29”: it is not a real date like 2020-05-15.']);
  });

  it('rejects a from after the default to, and a to before the default from', () => {
    const narrow = { ...options, defaults: { ...defaults, from: '2020-05-10', to: '2020-05-20' } };
    expect(parsePermalink('#from=2020-05-21', narrow).notices).toEqual(['Ignored the From date “2020-05-21”: it is after the To date, 2020-05-20.']);
    expect(parsePermalink('#to=2020-05-09', narrow).notices).toEqual(['Ignored the To date “2020-05-09”: it is before the From date, 2020-05-10.']);
    expect(parsePermalink('#from=2020-05-21', narrow).state).toEqual(narrow.defaults);
  });

  it('accepts a one-day range', () => {
    expect(accepted('#from=2020-05-18&to=2020-05-18')).toMatchObject({ from: '2020-05-18', to: '2020-05-18' });
  });

  it('drops unknown layers, naming them, and applies the rest', () => {
    const parsed = parse('#layers=zones,gna,tanks,gna,,');
    expect(parsed.state.layers).toEqual(['gna', 'zones']);
    expect(parsed.present.has('layers')).toBe(true);
    expect(parsed.notices).toEqual(['Ignored a layer this map does not have: “tanks”.']);
    expect(parse('#layers=gna,tanks,drones').notices).toEqual(['Ignored layers this map does not have: “tanks”, “drones”.']);
  });

  it("opens an event under its id now for a link to an id it had before (formerIds), with no notice", () => {
    const merged = { ...options, formerEventIds: new Map([['2020-05-18-watiya-retaken', WATIYA]]) };
    const parsed = parsePermalink('#event=2020-05-18-watiya-retaken', merged);
    expect(parsed.state.event).toBe(WATIYA);
    expect(parsed.notices).toEqual([]);
    expect(formatPermalink(parsed.state)).toContain(`&event=${WATIYA}&`);
    // Without the event's former ids it is unknown.
    expect(parse('#event=2020-05-18-watiya-retaken').notices).toEqual(["Ignored the link's event: this map has no such event."]);
  });

  it('cuts long layer names to 40 characters and lists only what fits', () => {
    const long = 'x'.repeat(60);
    const notice = parse(`#layers=gna,${long},${long}-2,${long}-3`).notices[0];
    expect(notice).toBe(`Ignored layers this map does not have: “${'x'.repeat(40)}…” and 2 more.`);
  });

  it('ignores a value over 1,000 characters without echoing it', () => {
    const value = 'a'.repeat(1001);
    const parsed = parse(`#layers=${value}`);
    expect(parsed.notices).toEqual([`Ignored the layers “${'a'.repeat(40)}…”: it is longer than 1,000 characters.`]);
    expect(parse(`#layers=${'a'.repeat(1000)}`).notices).toEqual([`Ignored the layers “${'a'.repeat(40)}…”: this map has no such layer.`]);
  });

  it('cuts long unknown keys in notices', () => {
    expect(parse(`#${'k'.repeat(5000)}=1`).notices).toEqual([`Ignored “${'k'.repeat(40)}…”: this map's links have no such part.`]);
  });

  it('shows invisible and control characters as U+FFFD so they cannot disguise a notice', () => {
    expect(parse('#from=a%E2%80%AEb%0Ac').notices).toEqual(['Ignored the From date “a\uFFFDb\uFFFDc”: it is not a real date like 2020-05-15.']);
  });

  it('quotes markup as text: notices are rendered as text, never as HTML', () => {
    expect(parse('#layers=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E').notices).toEqual([
      'Ignored the layers “"><img src=x onerror=alert(1)>”: this map has no such layer.',
    ]);
  });

  it('keeps at most 10 notices, the last one counting the rest', () => {
    const hash = Array.from({ length: 25 }, (_, i) => `k${i}=1`).join('&');
    const { notices } = parse(hash);
    expect(notices).toHaveLength(10);
    expect(notices[0]).toBe("Ignored “k0”: this map's links have no such part.");
    expect(notices[8]).toBe("Ignored “k8”: this map's links have no such part.");
    expect(notices[9]).toBe('Ignored 16 more parts of the link.');
  });
});
