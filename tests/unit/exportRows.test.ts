// The CSV, KML and PNG-caption exports from the valid fixture, through the
// real validation and model code: what a spreadsheet, Google Earth or a reader
// of the published picture would read. The KML is parsed back with jsdom's
// DOMParser, as a KML reader would parse it.
// @ts-expect-error jsdom (installed for the component tests) ships no types and @types/jsdom is not installed
import { JSDOM } from 'jsdom';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readStory } from '../../src/data/readStory';
import { modelOf } from '../../src/data/validatedModel';
import { EVENT_ROW_FIELDS, type EventRow, eventRows } from '../../src/export/eventRows';
import { eventsCsv } from '../../src/export/eventsCsv';
import { eventsKml, kmlColour } from '../../src/export/eventsKml';
import { exportFrame, type Measure, wrapText } from '../../src/export/exportFrame';
import { filteredGeoJson } from '../../src/export/filteredGeoJson';
import { GEONAMES_CREDIT, type ImageCaption, imageCaption } from '../../src/export/imageCaption';
import { articleLabel } from '../../src/panel/articleLabel';
import { visibleData } from '../../src/state/visibleData';
import { validateDir, validDir } from './fixtureDirs';

const story = readStory(validDir);
const { dataset } = validateDir(validDir);
if (!dataset) throw new Error('the valid fixture must validate');
const model = modelOf(dataset);
const allLayers = [...story.factions.map((f) => f.id), 'zones', 'events', 'route', 'labels'];
const whole = { layers: allLayers, from: story.dateRange.from, to: story.dateRange.to };
const sourceName = (id: string) => {
  const s = model.sources.get(id);
  return s ? articleLabel(s) : id;
};
const exported = (filter: typeof whole) => visibleData(model, filter, story);

// Read and checked by hand against tests/fixtures/valid/events.json: commas
// and double quotes quoted as RFC 4180 asks, an area's anchor to five decimals,
// and how far from it an area's event may be (empty for a place known exactly).
const GOLDEN = [
  'date,precision,date note,title,place,lat,lng,"approximate, within km",faction,status,claimed by,source,quote',
  '2019,year,,Offensive on the capital begins,Southern Tripoli front,32.70087,13.19655,5,"LNA and backers (UAE, Egypt, Russia, Wagner)",reported,,Unnamed article of 2020-05-21,The offensive on the capital began more than a year ago.',
  '2020-05,month,,Jets said to arrive in the east,Eastern Libya,28.5,22.25,300,"LNA and backers (UAE, Egypt, Russia, Wagner)",claim,Fixture security chief,Unnamed article of 2020-05-21,"said ""at least eight jets have arrived in the east"" from a Russian base"',
  "2020-05-18,day,'on Monday' in a 21 May fixture article,GNA takes Al-Watiya air base,Al-Watiya Air Base,32.47222,11.9,,GNA and backers (Turkey),reported,,Unnamed article of 2020-05-21,Forces of the government in Tripoli took the Al-Watiya air base on Monday",
  '2020-05-20,day,,Captured battery paraded in Tripoli,Tripoli,32.88722,13.19139,,GNA and backers (Turkey),reported,,Unnamed article of 2020-05-21,The captured battery was paraded in Tripoli on Wednesday.',
  "2020-05-21,day,,Jets said to fly from Hmeimim to the east,Eastern Libya,28.5,22.25,300,\"LNA and backers (UAE, Egypt, Russia, Wagner)\",claim,Fixture security chief,Unnamed article of 2020-05-21,they were 'escorted' by two more",
].join('\r\n');

describe('CSV export', () => {
  it('writes one row per event and source, with the reader name and the quote', () => {
    expect(eventsCsv(eventRows(model, exported(whole), story))).toBe(`\ufeff${GOLDEN}`);
  });
  it('has one row per source of an event with several', () => {
    const twoSources = { ...model.events[0]!, sources: [{ source: 'fixture-article', quote: 'one' }, { source: 'fixture-article', quote: 'two' }] };
    const rows = eventRows(model, { events: [twoSources] }, story);
    expect(rows.map((r) => r.quote)).toEqual(['one', 'two']);
    expect(rows.map((r) => r.title)).toEqual([twoSources.title, twoSources.title]);
  });
  it('keeps only the filtered events', () => {
    const may18 = { ...whole, from: '2020-05-18', to: '2020-05-18' };
    const titles = new Set(eventRows(model, exported(may18), story).map((r) => r.title));
    expect(titles.has(model.eventsById.get('2020-05-18-watiya-captured')!.title)).toBe(true);
    expect(titles.has(model.eventsById.get('2020-05-20-battery-paraded')!.title)).toBe(false);
  });
  it('gives back, parsed by papaparse, a quote with commas, double quotes and line breaks as it was', () => {
    const awkward = 'He said, "we will respond", and then:\nsilence; a second line\r\nand a “curly” one, too';
    const event = { ...model.events[0]!, title: 'A title, with "quotes"', sources: [{ source: 'fixture-article', quote: awkward }] };
    const rows = eventRows(model, { events: [event] }, story);
    const parsed = Papa.parse<Record<string, string>>(eventsCsv(rows), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...EVENT_ROW_FIELDS]);
    expect(parsed.data).toEqual(rows);
    expect(parsed.data[0]?.quote).toBe(awkward);
  });
  it('names articles and sides as readers know them, and no column holds a record id', () => {
    const rows = eventRows(model, exported(whole), story);
    const ids = [...model.sources.keys(), ...model.events.map((e) => e.id), ...story.factions.map((f) => f.id)];
    for (const row of rows) {
      for (const field of EVENT_ROW_FIELDS.filter((f) => f !== 'faction')) {
        for (const id of ids) expect(row[field] === id || (id.length > 6 && row[field].includes(id)), `${field}: ${row[field]}`).toBe(false);
      }
      expect(story.factions.map((f) => f.name)).toContain(row.faction);
      expect(row.source).toBe(sourceName('fixture-article'));
    }
    expect(new Set(rows.map((r) => r.title))).toEqual(new Set(exported(whole).events.map((e) => e.title)));
  });
  it('defuses a cell a spreadsheet would run as a formula', () => {
    const row = Object.fromEntries(EVENT_ROW_FIELDS.map((f) => [f, ''])) as EventRow;
    const csv = eventsCsv([{ ...row, title: '=HYPERLINK("http://x")' }]);
    expect(csv.split('\r\n')[1]).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});

describe('GeoJSON export', () => {
  it("gives an event at an area how far from its point it may be, and an exactly known place no such figure", () => {
    const features = filteredGeoJson(model, exported(whole), whole).features.filter((f) => f.properties?.['kind'] === 'event');
    const byTitle = new Map(features.map((f) => [f.properties?.['title'], f.properties ?? {}]));
    expect(byTitle.get('Jets said to arrive in the east')?.['placeApproximateWithinKm']).toBe(300);
    expect(byTitle.get('Offensive on the capital begins')?.['placeApproximateWithinKm']).toBe(5);
    expect(byTitle.get('GNA takes Al-Watiya air base')).not.toHaveProperty('placeApproximateWithinKm');
  });
});

describe('KML export', () => {
  const kml = eventsKml(filteredGeoJson(model, exported(whole), whole), story);
  const doc = new (new JSDOM('').window as Window & typeof globalThis).DOMParser().parseFromString(kml, 'application/xml');
  const ns = 'http://www.opengis.net/kml/2.2';
  const placemarks = [...doc.getElementsByTagNameNS(ns, 'Placemark')];
  const child = (el: Element, tag: string) => el.getElementsByTagNameNS(ns, tag)[0]?.textContent ?? '';

  it('parses as XML, with a placemark per visible event and zone', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const visible = exported(whole);
    expect(placemarks).toHaveLength(visible.events.length + visible.zones.length);
    const names = placemarks.map((p) => child(p, 'name'));
    for (const e of visible.events) expect(names).toContain(e.title);
    for (const z of visible.zones) expect(names).toContain(z.properties.label);
  });
  it('writes coordinates lng,lat, and an event with a path as a line', () => {
    const watiya = placemarks.find((p) => p.getAttribute('id') === '2020-05-18-watiya-captured')!;
    expect(child(watiya, 'coordinates').trim()).toBe('11.9,32.47222');
    const route = placemarks.find((p) => p.getAttribute('id') === 'hmeimim-to-eastern-libya')!;
    expect(route.getElementsByTagNameNS(ns, 'LineString')).toHaveLength(1);
  });
  it('has one placemark per event, a line for each event with a path and a point for the others', () => {
    for (const e of exported(whole).events) {
      const marks = placemarks.filter((p) => p.getAttribute('id') === e.id);
      expect(marks).toHaveLength(1);
      const [lines, points] = ['LineString', 'Point'].map((tag) => marks[0]!.getElementsByTagNameNS(ns, tag).length);
      expect([lines, points]).toEqual(e.line ? [1, 0] : [0, 1]);
    }
  });
  it('names no article by its record id where Google Earth shows text', () => {
    for (const p of placemarks) {
      for (const id of model.sources.keys()) expect(child(p, 'description') + child(p, 'name')).not.toContain(id);
    }
  });
  it('puts the summary and each source with its quote in the description', () => {
    const watiya = placemarks.find((p) => p.getAttribute('id') === '2020-05-18-watiya-captured')!;
    const description = child(watiya, 'description');
    expect(description).toContain('Fixture event: gna takes al-watiya air base.');
    expect(description).toContain('Unnamed article of 2020-05-21');
    expect(description).toContain('Forces of the government in Tripoli took the Al-Watiya air base on Monday');
  });
  it('says in the description that an area\'s point is approximate, and by how much, and nothing of the sort for an exact place', () => {
    const east = placemarks.filter((p) => child(p, 'name') === 'Jets said to arrive in the east');
    expect(east).toHaveLength(1);
    expect(child(east[0]!, 'description')).toContain('Eastern Libya (approximate, within about 300 km)');
    const watiya = placemarks.find((p) => p.getAttribute('id') === '2020-05-18-watiya-captured')!;
    expect(child(watiya, 'description')).not.toContain('approximate');
  });
  it('draws each zone as a polygon in its kind’s colour', () => {
    const zones = placemarks.filter((p) => p.getElementsByTagNameNS(ns, 'Polygon').length + p.getElementsByTagNameNS(ns, 'MultiGeometry').length > 0);
    expect(zones.length).toBe(exported(whole).zones.length);
    for (const z of zones) {
      const styleId = child(z, 'styleUrl').slice(1);
      const style = [...doc.getElementsByTagNameNS(ns, 'Style')].find((s) => s.getAttribute('id') === styleId)!;
      const kind = story.zoneKinds.find((k) => `zone-${k.id}` === styleId)!;
      expect(child(style, 'PolyStyle').trim()).toBe(kmlColour(kind.colour, 0.35));
    }
    // aabbggrr: red #FF0000 opaque is ff0000ff.
    expect(kmlColour('#FF0000', 1)).toBe('ff0000ff');
  });
});

describe('PNG caption', () => {
  it('lists in the legend only what the map shows', () => {
    const all = imageCaption(model, exported(whole), whole, story, { onlineTiles: false });
    const labels = all.legend.map((l) => l.label);
    expect(labels).toContain(story.factions.find((f) => f.id === 'gna')!.name);
    expect(labels.some((l) => story.zoneKinds.some((k) => k.label === l))).toBe(true);
    const noZones = imageCaption(model, exported({ ...whole, layers: allLayers.filter((l) => l !== 'zones') }), whole, story, { onlineTiles: false });
    expect(noZones.legend.map((l) => l.label).filter((l) => story.zoneKinds.some((k) => k.label === l))).toEqual([]);
    const gnaOnly = imageCaption(model, exported({ ...whole, layers: ['gna', 'events', 'zones'] }), whole, story, { onlineTiles: false });
    expect(gnaOnly.legend.map((l) => l.label)).not.toContain(story.factions.find((f) => f.id === 'lna')!.name);
  });
  it('explains the dashed ring only while a claim or threat is on the map', () => {
    const rings = (c: ImageCaption) => c.legend.filter((l) => l.mark === 'ring' || l.mark === 'ring-dotted').map((l) => l.mark);
    // The fixture's claims are all the LNA's: with the GNA alone every marker is reported as fact.
    expect(rings(imageCaption(model, exported({ ...whole, layers: ['gna', 'events'] }), whole, story, { onlineTiles: false }))).toEqual([]);
    expect(rings(imageCaption(model, exported({ ...whole, layers: ['lna', 'events'] }), whole, story, { onlineTiles: false }))).toContain('ring');
    expect(rings(imageCaption(model, exported(whole), whole, story, { onlineTiles: false }))).toEqual(['ring', 'ring-dotted']);
  });
  it('draws zone swatches as the map fills them, dashed kinds dashed', () => {
    const zones = imageCaption(model, exported(whole), whole, story, { onlineTiles: false }).legend.filter((l) => l.mark.startsWith('area'));
    expect(zones.length).toBeGreaterThan(0);
    for (const z of zones) {
      const kind = story.zoneKinds.find((k) => k.label === z.label)!;
      expect(z.colour).toBe(kind.colour);
      expect(z.mark).toBe(kind.dashed ? 'area-dashed' : 'area');
    }
  });
  it('credits GeoNames only while its town names are on the map', () => {
    expect(imageCaption(model, exported(whole), whole, story, { onlineTiles: false }).credits).not.toContain(GEONAMES_CREDIT);
    expect(imageCaption(model, exported(whole), whole, story, { onlineTiles: false, townLabels: true }).credits).toContain(GEONAMES_CREDIT);
    expect(GEONAMES_CREDIT).toMatch(/GeoNames.*CC BY 4\.0/);
  });
  it('names no article by its record id', () => {
    const text = imageCaption(model, exported(whole), whole, story, { onlineTiles: true, townLabels: true }).credits.join(' ');
    for (const id of model.sources.keys()) expect(text).not.toContain(id);
  });
  it('says the title and dates, and credits the basemap, the tiles only when on, and the articles', () => {
    const off = imageCaption(model, exported(whole), { from: '2020-05-15', to: '2020-05-23' }, story, { onlineTiles: false });
    expect(off.title).toBe(story.title);
    expect(off.dates).toBe('15 May 2020 – 23 May 2020');
    expect(off.credits.join(' ')).toContain('Natural Earth');
    expect(off.credits.join(' ')).toContain('Unnamed article of 2020-05-21');
    expect(off.credits.join(' ')).not.toContain('OpenStreetMap');
    const on = imageCaption(model, exported(whole), whole, story, { onlineTiles: true });
    expect(on.credits.join(' ')).toContain('OpenStreetMap contributors');
    // The tiles hide the embedded basemap; Natural Earth then only shapes the zones' edges.
    expect(on.credits.join(' ')).not.toContain('Basemap');
    expect(on.credits.join(' ')).toContain('Natural Earth');
    const noZones = imageCaption(model, exported({ ...whole, layers: allLayers.filter((l) => l !== 'zones') }), whole, story, { onlineTiles: true });
    expect(noZones.credits.join(' ')).not.toContain('Natural Earth');
  });
});

describe('PNG frame layout', () => {
  // A stand-in for the browser's measureText: 0.55 of the font's size per character.
  const measure: Measure = (text, font) => text.length * 0.55 * Number(/(\d+)px/.exec(font)?.[1] ?? 12);
  const caption = imageCaption(model, exported(whole), whole, story, { onlineTiles: true, townLabels: true });
  const layoutAt = (width: number, c: ImageCaption = caption) => exportFrame(c, { width, height: 600 }, measure);

  it('puts the title and dates above the map, the legend and credits below, at the map’s width', () => {
    for (const width of [390, 1280]) {
      const layout = layoutAt(width);
      expect(layout.width).toBe(width);
      expect(layout.map).toMatchObject({ x: 0, width, height: 600 });
      const above = layout.texts.filter((t) => t.y < layout.map.y).map((t) => t.text).join(' ');
      const below = layout.texts.filter((t) => t.y > layout.map.y + layout.map.height).map((t) => t.text).join(' ');
      expect(above).toBe(`${caption.title} ${caption.dates}`);
      for (const item of caption.legend) expect(below).toContain(item.label);
      for (const credit of caption.credits) expect(below).toContain(credit);
      expect(layout.height).toBeGreaterThan(layout.texts.at(-1)!.y);
    }
  });
  it('wraps every line inside the picture', () => {
    for (const width of [320, 390, 800, 1280]) {
      const layout = layoutAt(width);
      for (const t of layout.texts) expect(t.x + measure(t.text, t.font), t.text).toBeLessThanOrEqual(width);
      for (const s of layout.swatches) expect(s.box.x + s.box.width).toBeLessThanOrEqual(width);
    }
  });
  it('gives the legend one column on a phone and several on a desktop, a swatch beside each label', () => {
    const columns = (width: number) => new Set(layoutAt(width).swatches.map((s) => s.box.x)).size;
    expect(columns(390)).toBe(1);
    expect(columns(1280)).toBe(3);
    expect(layoutAt(1280).swatches.map((s) => s.item)).toEqual(caption.legend);
  });
  it('grows with the legend and shrinks without it', () => {
    expect(layoutAt(390, { ...caption, legend: [] }).height).toBeLessThan(layoutAt(390).height);
  });
  it('wraps by words, keeping every word, a too-long word on a line of its own', () => {
    const lines = wrapText('a sourced map of the escalation supercalifragilistic end', 60, '10px x', measure);
    expect(lines.join(' ')).toBe('a sourced map of the escalation supercalifragilistic end');
    expect(lines).toContain('supercalifragilistic');
    for (const l of lines) if (l.includes(' ')) expect(measure(l, '10px x')).toBeLessThanOrEqual(60);
  });
});
