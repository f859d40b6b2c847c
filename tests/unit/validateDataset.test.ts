import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/data/model';
import { DATA_FILES, isOptional, type RawDataset } from '../../src/data/dataFiles';
import { UnreadableFile, validateDataset } from '../../src/data/validateDataset';
import { readArticles, readGeoDir, readCountryOutline } from '../../src/data/loadDataset';
import { storyIds } from '../../src/data/storySchema';
import { geoStory } from '../fixtures/fixtureStory';
import { brokenDir, fixtureArticlesDir, validateDir, validDir } from './fixtureDirs';

const options = () => ({ articles: readArticles(fixtureArticlesDir), outline: readCountryOutline('Libya'), story: storyIds(geoStory) });

/** The valid fixture, parsed, to break in memory. */
function validRaw(): any {
  return structuredClone(readGeoDir(validDir));
}

function problemsOf(raw: RawDataset): Problem[] {
  return validateDataset(raw, options()).problems;
}

describe('validateDataset on the valid fixture', () => {
  it('passes with every check on, and returns the data', () => {
    const { dataset, problems } = validateDir(validDir);
    expect(problems).toEqual([]);
    expect(dataset?.events.map((e) => e.id)).toContain('2020-05-18-watiya-captured');
    expect(dataset?.zones).toHaveLength(5);
  });

  it('passes without articles or outline too (as in the browser)', () => {
    expect(validateDataset(readGeoDir(validDir)).problems).toEqual([]);
  });
});

describe('validateDataset on the broken fixtures', () => {
  // Each fixture breaks one thing, and that one thing is all that is reported.
  const cases: [string, Problem][] = [
    ['unknown-location', { file: 'events.json', id: '2020-05-20-battery-paraded', field: 'locationId', reason: 'unknown location "nowhere"' }],
    [
      'swapped-coordinates',
      {
        file: 'locations.geojson',
        id: 'tripoli',
        field: 'geometry.coordinates',
        reason: '[32.88722, 13.19139] is outside Libya but [13.19139, 32.88722] is inside: is it [lat, lng]? GeoJSON order is [lng, lat]',
      },
    ],
    ['self-intersecting-zone', { file: 'zones.geojson', id: 'before-lna', field: 'geometry.coordinates', reason: 'intersects itself at [22.25, 27.25]' }],
    ['missing-source', { file: 'events.json', id: '2019-offensive-on-tripoli', field: 'sources', reason: 'every event needs at least one source' }],
    ['unknown-source', { file: 'events.json', id: '2020-05-18-watiya-captured', field: 'sources.0.source', reason: 'unknown source "nowhere-news"' }],
    [
      'quote-not-in-article',
      {
        file: 'events.json',
        id: '2020-05-20-battery-paraded',
        field: 'sources.0.quote',
        reason: 'quote not found in fixture-article.txt; it matches up to "The captured battery was paraded in " (36 of 58 characters)',
      },
    ],
    ['duplicate-id', { file: 'locations.geojson', id: 'tripoli', field: 'properties.id', reason: 'duplicate id: records 0 and 5 share it' }],
    // V8's own wording (Node 20), with the line and column added.
    ['malformed-json', { file: 'events.json', id: null, field: '', reason: "not valid JSON: Unexpected token ']' at line 84, column 1" }],
  ];

  it.each(cases)('%s', (name, expected) => {
    const { dataset, problems } = validateDir(brokenDir(name));
    expect(problems).toEqual([expected]);
    expect(dataset).toBeNull();
  });
});

describe('validateDataset, more problems', () => {
  it('wants claimedBy for a claim or a threat', () => {
    const raw = validRaw();
    delete raw.events[1].claimedBy;
    expect(problemsOf(raw)).toEqual([
      { file: 'events.json', id: '2020-05-jets-arrive-in-the-east', field: 'claimedBy', reason: 'required when status is "claim"' },
    ]);
  });

  it('wants dates that are real and as precise as datePrecision says', () => {
    const raw = validRaw();
    raw.events[0].date = '2020-05';
    raw.events[3].date = '2020-02-30';
    expect(problemsOf(raw)).toEqual([
      { file: 'events.json', id: '2020-05-18-watiya-captured', field: 'date', reason: '"2020-05" does not match datePrecision "day"' },
      { file: 'events.json', id: '2020-05-20-battery-paraded', field: 'date', reason: '"2020-02-30" is not a calendar date' },
    ]);
  });

  it('names the record and the field of every schema problem', () => {
    const raw = validRaw();
    raw.events[2].faction = 'Rebels';
    delete raw.events[2].title;
    raw.locations.features[1].geometry = { type: 'Circle', coordinates: [11.9, 32.5] };
    raw.events[4].aircraft[0].count = 0;
    expect(problemsOf(raw)).toEqual([
      { file: 'locations.geojson', id: 'al-watiya-air-base', field: 'geometry.type', reason: 'must be one of "Point", "LineString", "Polygon", "MultiPolygon"' },
      { file: 'events.json', id: '2019-offensive-on-tripoli', field: 'title', reason: 'required' },
      { file: 'events.json', id: '2019-offensive-on-tripoli', field: 'faction', reason: 'must be a lower-case slug like "al-watiya-air-base"' },
      { file: 'events.json', id: 'hmeimim-to-eastern-libya', field: 'aircraft.0.count', reason: 'Too small: expected number to be >0' },
    ]);
  });

  it("checks factions, event types and zone kinds against the story's ids", () => {
    const raw = validRaw();
    raw.events[0].faction = 'rebels';
    raw.events[1].type = 'ambush';
    raw.zones.features[0].properties.faction = 'rebel-held';
    const known = (ids: { id: string }[]) => ids.map((i) => `"${i.id}"`).join(', ');
    expect(problemsOf(raw)).toEqual([
      { file: 'events.json', id: raw.events[0].id, field: 'faction', reason: `unknown faction "rebels"; story.json defines ${known(geoStory.factions)}` },
      { file: 'events.json', id: raw.events[1].id, field: 'type', reason: `unknown event type "ambush"; story.json defines ${known(geoStory.eventTypes)}` },
      { file: 'zones.geojson', id: 'before-gna', field: 'properties.faction', reason: `unknown zone kind "rebel-held"; story.json defines ${known(geoStory.zoneKinds)}` },
    ]);
  });

  it('finds a record without an id by its position', () => {
    const raw = validRaw();
    delete raw.events[1].id;
    expect(problemsOf(raw)).toEqual([{ file: 'events.json', id: null, field: '1.id', reason: 'required' }]);
  });

  it('reports the problem inside a geometry whose type is right', () => {
    const raw = validRaw();
    raw.zones.features[0].geometry.coordinates[0] = [[12, 29.5], [15, 29.5], [12, 29.5]];
    expect(problemsOf(raw)).toEqual([
      { file: 'zones.geojson', id: 'before-gna', field: 'geometry.coordinates.0', reason: 'Too small: expected array to have >=4 items' },
    ]);
  });

  it("wants an event's former ids to name no event now, and each to open one event", () => {
    const raw = validRaw();
    raw.events[0].formerIds = ['2020-05-watiya-retaken'];
    expect(problemsOf(raw)).toEqual([]);
    raw.events[1].formerIds = ['2020-05-watiya-retaken', raw.events[2].id];
    expect(problemsOf(raw)).toEqual([
      { file: 'events.json', id: raw.events[1].id, field: 'formerIds.0', reason: `"2020-05-watiya-retaken" is a former id of "${raw.events[0].id}" too; a link can open only one` },
      { file: 'events.json', id: raw.events[1].id, field: 'formerIds.1', reason: `"${raw.events[2].id}" is an event's id now; a former id names no event` },
    ]);
  });

  it('does not call a reference to a broken record unknown', () => {
    const raw = validRaw();
    raw.locations.features[0].properties.kind = 'metropolis';
    const problems = problemsOf(raw);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'locations.geojson', id: 'tripoli', field: 'properties.kind' });
  });

  it('reports out-of-range coordinates', () => {
    const raw = validRaw();
    raw.locations.features[0].geometry.coordinates = [13.2, 95];
    raw.locations.features[2].geometry.coordinates = [200, 35];
    expect(problemsOf(raw)).toEqual([
      {
        file: 'locations.geojson',
        id: 'tripoli',
        field: 'geometry.coordinates',
        reason: 'latitude 95 out of range in [13.2, 95]; is it [lat, lng]? GeoJSON order is [lng, lat]',
      },
      { file: 'locations.geojson', id: 'hmeimim-air-base', field: 'geometry.coordinates', reason: 'longitude 200 out of range in [200, 35]' },
    ]);
  });

  it('wants a Libyan place inside Libya', () => {
    const raw = validRaw();
    raw.locations.features[1].geometry.coordinates = [11.9, 34];
    expect(problemsOf(raw)).toEqual([
      { file: 'locations.geojson', id: 'al-watiya-air-base', field: 'geometry.coordinates', reason: "lies 97.8 km outside Libya's outline" },
    ]);
  });

  it('wants zones inside Libya, apart within a snapshot, and snapshots apart in time', () => {
    const raw = validRaw();
    const [beforeGna, beforeLna, , , afterLna] = raw.zones.features;
    beforeGna.geometry.coordinates = [[[12, 29.5], [15, 29.5], [15, 34], [12, 34], [12, 29.5]]];
    beforeLna.geometry.coordinates = [[[14, 29], [24, 29], [24, 30], [14, 30], [14, 29]]];
    afterLna.properties.validFrom = '2020-05-17';
    expect(problemsOf(raw)).toEqual([
      {
        file: 'zones.geojson',
        id: 'before-gna',
        field: 'geometry.coordinates',
        reason: "lies 38765.9 km² outside Libya's outline; npm run zones clips it",
      },
      {
        file: 'zones.geojson',
        id: 'before-lna',
        field: 'geometry.coordinates',
        reason: 'overlaps zone "before-gna" by 5367.3 km² in snapshot 2020-04-14 to 2020-05-17',
      },
      {
        file: 'zones.geojson',
        id: 'after-lna',
        field: 'properties.validFrom',
        reason: 'snapshot 2020-05-17 to 2020-05-31 overlaps snapshot 2020-04-14 to 2020-05-17 in time',
      },
      {
        file: 'zones.geojson',
        id: 'after-contested',
        field: 'properties.validFrom',
        reason: 'snapshot 2020-05-18 to 2020-05-31 overlaps snapshot 2020-05-17 to 2020-05-31 in time',
      },
    ]);
  });

  it('wants validFrom no later than validTo', () => {
    const raw = validRaw();
    raw.zones.features[1].properties.validTo = '2020-04-01';
    expect(problemsOf(raw)).toContainEqual({
      file: 'zones.geojson',
      id: 'before-lna',
      field: 'properties.validTo',
      reason: '2020-04-01 is before validFrom 2020-04-14',
    });
  });

  it('wants a path to join two known places', () => {
    const raw = validRaw();
    raw.events[4].path = { from: 'atlantis', to: 'eastern-libya' };
    expect(problemsOf(raw)).toEqual([{ file: 'events.json', id: 'hmeimim-to-eastern-libya', field: 'path.from', reason: 'unknown location "atlantis"' }]);
    raw.events[4].path = { from: 'eastern-libya', to: 'eastern-libya' };
    expect(problemsOf(raw)).toEqual([
      { file: 'events.json', id: 'hmeimim-to-eastern-libya', field: 'path.to', reason: 'is path.from too; a path joins two places' },
    ]);
  });

  it('wants a path whose great circle can be drawn', () => {
    const raw = validRaw();
    // Two places either side of the antimeridian: the great circle would be split in two.
    const [tripoli, hmeimim] = [raw.locations.features[0], raw.locations.features[2]];
    Object.assign(tripoli.properties, { country: 'Elsewhere' });
    tripoli.geometry.coordinates = [-170, 10];
    hmeimim.geometry.coordinates = [170, 10];
    raw.events[4].path = { from: 'hmeimim-air-base', to: 'tripoli' };
    expect(problemsOf(raw)).toEqual([
      { file: 'events.json', id: 'hmeimim-to-eastern-libya', field: 'path', reason: expect.stringMatching(/^cannot be drawn: great circle .* crosses the antimeridian$/) },
    ]);
  });

  it("wants words a reader text sets in single quotation marks to be an article's own", () => {
    const raw = validRaw();
    // In the fixture article, as written but for case and its curly marks; apostrophes open and close nothing.
    raw.events[0].summary = "The security chief's forces' men said 'At least eight jets' were ‘escorted’.";
    expect(problemsOf(raw)).toEqual([]);
    raw.events[0].summary = "Haftar's forces were 'routed', says the article.";
    const text = "The base fell 'on Monday', the spokesman said, 'to the government'.";
    raw.narratives = [{ id: 'a-tour', title: 'A tour', steps: [{ event: raw.events[0].id, text, sources: [raw.events[0].sources[0].source] }] }];
    expect(problemsOf(raw)).toEqual([
      {
        file: 'events.json',
        id: '2020-05-18-watiya-captured',
        field: 'summary',
        reason: "the words 'routed' are set in quotation marks but are in no article: quote the articles' own words, or drop the marks",
      },
      {
        file: 'narratives.json',
        id: 'a-tour',
        field: 'steps.0.text',
        reason: "the words 'to the government' are set in quotation marks but are in no article: quote the articles' own words, or drop the marks",
      },
    ]);
  });

  it('wants whom a party spoke to, in a summary or claimant, to be named in the event’s own quotes', () => {
    const raw = validRaw();
    // The fixture's quote names no outlet: saying the spokesman told one is more than it shows.
    raw.events[0].summary = 'A spokesman told Reuters the base was taken, and later spoke to the press.';
    raw.events[0].status = 'claim';
    raw.events[0].claimedBy = 'A spokesman (speaking to the BBC World Service)';
    expect(problemsOf(raw)).toEqual([
      {
        file: 'events.json',
        id: '2020-05-18-watiya-captured',
        field: 'summary',
        reason: "says they spoke to Reuters, but none of this event's quotes names Reuters: quote the words that say so, or say only what the quotes show",
      },
      {
        file: 'events.json',
        id: '2020-05-18-watiya-captured',
        field: 'claimedBy',
        reason: "says they spoke to BBC World Service, but none of this event's quotes names BBC World Service: quote the words that say so, or say only what the quotes show",
      },
    ]);
    // Named in a quote of the event (here the article's own "Tripoli"), but for case: nothing to say.
    raw.events[0].summary = 'A spokesman told TRIPOLI radio the base was taken.';
    raw.events[0].claimedBy = 'A spokesman (speaking to Tripoli)';
    expect(problemsOf(raw)).toEqual([]);
  });

  it('wants the article of every source when articles are given', () => {
    const { problems } = validateDataset(readGeoDir(validDir), { articles: new Map([['other.txt', 'text']]) });
    expect(problems).toEqual([
      { file: 'sources.json', id: 'fixture-article', field: 'file', reason: 'no article text "fixture-article.txt" in the articles folder' },
    ]);
  });

  it('reports an unreadable or missing file once, not every reference into it', () => {
    const raw = validRaw();
    raw.locations = new UnreadableFile('not valid JSON: Unexpected end of JSON input at line 1, column 1');
    raw.sources = undefined;
    expect(problemsOf(raw)).toEqual([
      { file: 'sources.json', id: null, field: '', reason: 'file is missing' },
      { file: 'locations.geojson', id: null, field: '', reason: 'not valid JSON: Unexpected end of JSON input at line 1, column 1' },
    ]);
  });

  it('never throws, whatever it is given', () => {
    const garbage = [null, 42, 'text', [], {}, { type: 'FeatureCollection', features: [null, 1, { properties: null }] }];
    for (const value of garbage) {
      const raw = Object.fromEntries(DATA_FILES.map((f) => [f.key, value])) as RawDataset;
      const { dataset, problems } = validateDataset(raw, options());
      expect(dataset).toBeNull();
      // An optional file may be an empty list ([] passes it).
      const files = new Set(problems.map((p) => p.file));
      for (const f of DATA_FILES) if (!isOptional(f) || value !== garbage[3]) expect(files, f.name).toContain(f.name);
    }
  });
});
