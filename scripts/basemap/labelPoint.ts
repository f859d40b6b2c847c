// Where a country's name goes: the point of its polygon farthest from any
// edge (the "pole of inaccessibility"), so the text sits in the middle of
// the land. The centre of mass can fall outside a crescent or an L-shaped
// country, and a point on the boundary puts the name half outside it.
import type { Polygon, Position } from 'geojson';

/** Candidate points tried across the polygon's bounding box, per side. */
const GRID = 48;

/**
 * A grid search is coarse next to polylabel's quadtree, but it is exact
 * enough for a name (the box side / GRID, under 0.5° for Algeria) and needs
 * no extra package. Distances are planar, in degrees, with longitude scaled
 * by cos(latitude) so that northern countries are not stretched sideways.
 */
export function labelPoint(polygon: Polygon): Position {
  const rings = polygon.coordinates;
  const outer = rings[0] ?? [];
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of outer) {
    west = Math.min(west, x);
    east = Math.max(east, x);
    south = Math.min(south, y);
    north = Math.max(north, y);
  }
  const kx = Math.cos((((south + north) / 2) * Math.PI) / 180);
  let best: Position = outer[0] ?? [0, 0];
  let bestDistance = -Infinity;
  for (let i = 0; i < GRID; i++) {
    for (let j = 0; j < GRID; j++) {
      // Cell centres, so that no candidate lies on the box (and so on a clipped edge).
      const x = west + ((i + 0.5) * (east - west)) / GRID;
      const y = south + ((j + 0.5) * (north - south)) / GRID;
      const d = signedDistance(x, y, rings, kx);
      if (d > bestDistance) [best, bestDistance] = [[x, y], d];
    }
  }
  return best;
}

/** Distance to the nearest edge of any ring; negative outside the polygon (or inside a hole). */
function signedDistance(x: number, y: number, rings: Position[][], kx: number): number {
  let inside = false;
  let nearest = Infinity;
  for (const ring of rings) {
    for (let k = 1; k < ring.length; k++) {
      const [ax = 0, ay = 0] = ring[k - 1]!;
      const [bx = 0, by = 0] = ring[k]!;
      // Even-odd rule over all rings: crossing a hole's edge flips back to outside.
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      nearest = Math.min(nearest, segmentDistance(x, y, ax, ay, bx, by, kx));
    }
  }
  return inside ? nearest : -nearest;
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number, kx: number): number {
  const dx = (bx - ax) * kx;
  const dy = by - ay;
  const qx = (px - ax) * kx;
  const qy = py - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, (qx * dx + qy * dy) / lengthSquared));
  return Math.hypot(qx - t * dx, qy - t * dy);
}
