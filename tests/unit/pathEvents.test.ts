// The reported jet transfer is an ordinary event with a path: filtered by its
// own faction, the date window and the article minimum like any event, drawn
// as a line (not a marker), exported with its own status, and opened by its
// id from a permalink.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGeoDir } from '../../src/data/loadDataset';
import { hasLine } from '../../src/data/model';
import { validateRecords } from '../../src/data/validateRecords';
import { modelOf } from '../../src/data/validatedModel';
import { filteredGeoJson } from '../../src/export/filteredGeoJson';
import { LAYER_IDS, type LayerId } from '../../src/layers';
import { kmText, routeLabel, routeScaleText } from '../../src/routeText';
import { distanceKm, distanceOutsideKm, type AreaGeometry } from '../../src/geometry/geometry';
import { visibleData } from '../../src/state/visibleData';
import { parsePermalink } from '../../src/url/permalink';
import { permalinkOptions } from '../../src/url/permalinkOptions';
import { geoStory } from '../fixtures/fixtureStory';
import { repoRoot, validDir } from './fixtureDirs';

const modelIn = (dir: string) => modelOf(validateRecords(readGeoDir(dir)).dataset!);
const model = modelIn(validDir);
const PATH_ID = 'hmeimim-to-eastern-libya';
const week = { layers: LAYER_IDS, from: '2020-05-15', to: '2020-05-23' };
const without = (...off: LayerId[]) => LAYER_IDS.filter((l) => !off.includes(l));
const shown = (filter: Parameters<typeof visibleData>[1]) => {
  const v = visibleData(model, filter, geoStory);
  return { routes: v.routes.map((e) => e.id), listed: v.events.some((e) => e.id === PATH_ID) };
};

describe('an event with a path', () => {
  it('is drawn as a line and listed, but is no marker', () => {
    const v = visibleData(model, week, geoStory);
    expect(v.routes.map((e) => e.id)).toEqual([PATH_ID]);
    expect(v.events.map((e) => e.id)).toContain(PATH_ID);
    expect(v.groups.flatMap((g) => g.events.map((e) => e.id))).not.toContain(PATH_ID);
  });

  it('follows its own faction layer and the route layer, not the events layer', () => {
    expect(shown({ ...week, layers: without('lna') })).toEqual({ routes: [], listed: false });
    expect(shown({ ...week, layers: without('route') })).toEqual({ routes: [], listed: false });
    expect(shown({ ...week, layers: without('events') })).toEqual({ routes: [PATH_ID], listed: true });
    expect(shown({ ...week, layers: without('gna', 'other') })).toEqual({ routes: [PATH_ID], listed: true });
  });

  it('is in the date window and the article minimum like any event', () => {
    expect(shown({ ...week, to: '2020-05-20' }).routes).toEqual([]);
    expect(shown({ ...week, from: '2020-05-21', to: '2020-05-21' }).routes).toEqual([PATH_ID]);
    // The fixture's transfer is reported by one article.
    expect(shown({ ...week, minArticles: 2 }).routes).toEqual([]);
  });

  it('gives the map the same list of lines on a date step that keeps them, so they are not redrawn', () => {
    const before = visibleData(model, week, geoStory).routes;
    expect(visibleData(model, { ...week, from: '2020-05-16' }, geoStory).routes).toBe(before);
    expect(visibleData(model, { ...week, to: '2020-05-20' }, geoStory).routes).not.toBe(before);
  });

  it('is exported as the line the map draws, with its own status and claimant', () => {
    const v = visibleData(model, week, geoStory);
    const json = JSON.parse(JSON.stringify(filteredGeoJson(model, v, week)));
    const line = json.features.find((f: { id: string }) => f.id === PATH_ID);
    const event = model.eventsById.get(PATH_ID)!;
    expect(line.geometry.type).toBe('LineString');
    expect(line.geometry.coordinates[0]).toEqual([35.945, 35.41167]);
    expect(line.geometry.coordinates).toHaveLength(event.line!.positions.length);
    expect(line.properties).toMatchObject({
      kind: 'event', status: event.status, claimedBy: event.claimedBy, faction: event.faction,
      path: { from: 'hmeimim-air-base', to: 'eastern-libya' }, distanceKm: event.line!.distanceKm, articleCount: 1,
    });
    expect(json.features.map((f: { properties: { kind: string } }) => f.properties.kind)).not.toContain('route');
  });

  it('is labelled with what moved and where to, as a claim when it is one, and with no distance in the claim', () => {
    const event = model.eventsById.get(PATH_ID)!;
    if (!hasLine(event)) throw new Error('the fixture transfer has a line');
    expect(routeLabel(event)).toBe('Claimed: at least 8 jet, escorted by 2 jet, to Eastern Libya (destination not named)');
    expect(routeLabel(event)).not.toMatch(/\d+ km/);
    const reported = { ...event, status: 'reported' as const, aircraft: undefined, title: 'A convoy' };
    expect(routeLabel(reported)).toBe('A convoy, to Eastern Libya (destination not named)');
    // The fixture's region has no anchor town: the distance says only that it is the drawn line's.
    expect(routeScaleText(event)).toBe(`Drawn line, for scale: about ${kmText(event.line.distanceKm)} km`);
  });
});

describe('the jet transfer in geo/', () => {
  const real = modelIn(join(repoRoot, 'geo'));
  const ID = '2020-05-hmeimim-to-eastern-libya-jets';

  it('keeps the id that permalinks opened it by', () => {
    const parsed = parsePermalink(`#map=5/29.000/22.000&event=${ID}`, permalinkOptions(real));
    expect(parsed.state.event).toBe(ID);
    expect(parsed.notices).toEqual([]);
    const event = real.eventsById.get(ID);
    expect(event?.path).toEqual({ from: 'hmeimim-air-base', to: 'eastern-libya' });
    expect(event?.line?.positions).toHaveLength(64);
  });

  it('runs from Hmeimim into eastern Libya as reported, ending inside the region, with Benghazi for scale apart from the claim', () => {
    const event = real.eventsById.get(ID);
    if (!event || !hasLine(event)) throw new Error('the transfer has a line');
    const east = real.locations.get('eastern-libya')!;
    const [lat, lng] = event.line.positions.at(-1)!;
    expect(distanceOutsideKm([lng, lat], east.geometry as AreaGeometry)).toBe(0);
    const hmeimim = real.locations.get('hmeimim-air-base')!.geometry.coordinates as [number, number];
    const anchor = east.properties.anchor!;
    expect(anchor.name).toBe('Benghazi');
    expect(routeScaleText(event)).toBe(`Drawn line, Hmeimim Air Base to Benghazi, for scale: about ${kmText(distanceKm(hmeimim, anchor.coordinates))} km`);
    expect(routeLabel(event)).toBe('Claimed: at least 6 MiG-29 and 2 Su-24, escorted by 2 Su-35, to Eastern Libya (destination not named)');
  });

  it('is shown in the default week on the LNA layer, as the route was', () => {
    const v = visibleData(real, { layers: LAYER_IDS, from: '2020-05-15', to: '2020-05-23' }, geoStory);
    expect(v.routes.map((e) => e.id)).toEqual([ID]);
    expect(visibleData(real, { layers: without('lna'), from: '2020-05-15', to: '2020-05-23' }, geoStory).routes).toEqual([]);
  });
});
