// The GeoJSON export: exactly what the filter shows, in a shape GIS tools read.
import { describe, expect, it } from 'vitest';
import { filteredGeoJson } from '../../src/export/filteredGeoJson';
import { LAYER_IDS } from '../../src/layers';
import { visibleData } from '../../src/state/visibleData';
import { fixtureModel } from '../fixtures/fixtureModel';
import { geoStory } from '../fixtures/fixtureStory';

const week = { layers: LAYER_IDS, from: '2020-05-15', to: '2020-05-23' };

function exported(filter: Parameters<typeof visibleData>[1]) {
  // Through JSON, as the file is written: what a GIS tool would read.
  return JSON.parse(JSON.stringify(filteredGeoJson(fixtureModel, visibleData(fixtureModel, filter, geoStory), filter)));
}

describe('filteredGeoJson', () => {
  it('exports the visible events as Points at their markers, with sources and quotes', () => {
    const json = exported(week);
    expect(json.type).toBe('FeatureCollection');
    const capture = json.features.find((f: { id: string }) => f.id === 'e-capture');
    expect(capture.geometry).toEqual({ type: 'Point', coordinates: [12, 32] });
    expect(capture.properties).toMatchObject({ kind: 'event', status: 'reported', articleCount: 2, place: expect.stringContaining('Base') });
    expect(capture.properties.sources).toEqual([
      { id: 'paper-a', name: 'Paper A', outlet: 'Paper A', headline: null, publishedDate: '2020-05-21', quote: expect.stringContaining('quote one') },
      { id: 'paper-b', name: expect.stringContaining('Head'), outlet: null, headline: expect.stringContaining('Head'), publishedDate: null, quote: 'quote two from b' },
    ]);
    const claim = json.features.find((f: { id: string }) => f.id === 'e-claim');
    expect(claim.properties).toMatchObject({ status: 'claim', claimedBy: 'A spokesman' });
  });
  it('leaves out what the filter hides, and records the filter', () => {
    const json = exported({ ...week, minArticles: 2 });
    expect(json.features.map((f: { id: string }) => f.id)).toEqual(['e-capture']);
    expect(json.filter).toEqual({ layers: [...LAYER_IDS], from: '2020-05-15', to: '2020-05-23', minArticles: 2 });
    expect(exported({ ...week, layers: ['gna', 'lna', 'other'] }).features).toEqual([]);
  });
  it('gives every feature a kind, an id and a geometry', () => {
    for (const f of exported(week).features) {
      expect(['event', 'zone', 'route']).toContain(f.properties.kind);
      expect(f.id).toBeTruthy();
      expect(f.geometry.type).toBeTruthy();
    }
  });
});
