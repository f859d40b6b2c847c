// A country cut to the basemap's region keeps its real borders and coasts, but
// not the straight edges of the cut, which would draw the region's rectangle.
import { describe, expect, it } from 'vitest';
import { cutEdgesRemoved } from '../../src/map/cutEdges';

const box: GeoJSON.BBox = [-10, 10, 50, 46];
/** A country whose north was cut at 46°N and whose west was cut at 10°W: a real coast from (0, 30) round to (20, 46). */
const cut: GeoJSON.Feature<GeoJSON.Polygon> = {
  type: 'Feature',
  properties: {},
  geometry: { type: 'Polygon', coordinates: [[[-10, 30], [0, 30], [20, 40], [20, 46], [-10, 46], [-10, 30]]] },
};

describe('cutEdgesRemoved', () => {
  const lines = cutEdgesRemoved([cut], box).geometry.coordinates;
  it('keeps every real edge', () => {
    expect(lines).toEqual([[[-10, 30], [0, 30], [20, 40], [20, 46]]]);
  });
  it('draws no segment along a side of the region', () => {
    for (const line of lines) for (let i = 1; i < line.length; i++) {
      const [a, b] = [line[i - 1]!, line[i]!];
      expect(a[1] === 46 && b[1] === 46).toBe(false);
      expect(a[0] === -10 && b[0] === -10).toBe(false);
    }
  });
  it('keeps a whole ring when the file names no region', () => {
    expect(cutEdgesRemoved([cut], undefined).geometry.coordinates).toEqual([cut.geometry.coordinates[0]]);
  });
});
