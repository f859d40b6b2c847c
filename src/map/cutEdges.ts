// Country outlines without the edges where the basemap script cut them to the
// story's region: a cut edge is not a border, and drawn it would show the
// region's rectangle across the land. Pure: GeoJSON in, GeoJSON out.

/** [west, south, east, north], degrees: where the polygons were cut (GeoJSON `bbox`). */
export type CutBox = GeoJSON.BBox | undefined;

type Shape = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

/** Whether the segment a–b lies along one side of the box (both ends on it). */
function alongCut(a: GeoJSON.Position, b: GeoJSON.Position, [west, south, east, north]: readonly number[]): boolean {
  return (a[0] === b[0] && (a[0] === west || a[0] === east)) || (a[1] === b[1] && (a[1] === south || a[1] === north));
}

/** Every ring of `shapes` as lines, broken wherever a segment runs along the box's sides. */
export function cutEdgesRemoved(shapes: readonly Shape[], box: CutBox): GeoJSON.Feature<GeoJSON.MultiLineString> {
  const lines: GeoJSON.Position[][] = [];
  const sides = box && box.length === 4 ? box : null;
  for (const shape of shapes) {
    const polygons = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
    for (const ring of polygons.flat()) {
      let run: GeoJSON.Position[] = [];
      for (let i = 0; i < ring.length; i++) {
        const point = ring[i]!;
        const previous = ring[i - 1];
        if (previous && sides && alongCut(previous, point, sides)) {
          if (run.length > 1) lines.push(run);
          run = [];
        }
        run.push(point);
      }
      if (run.length > 1) lines.push(run);
    }
  }
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: lines } };
}
