// The numbers the model takes from geometry: where each place's label and
// markers go, and how long each route is. Computed with turf (src/geometry),
// either when the app is built (scripts/verifiedData.ts, for the data it
// validated then) or in the browser for data it has not seen before
// (appModel.ts), so turf need not ship in the code every reader loads.
import { distanceKm, labelPoint } from '../geometry/geometry';
import type { Dataset, LatLng } from './model';

/** Plain JSON, so that the build can hand it to the app as it is. */
export interface DerivedGeometry {
  /** location id → label point, [lat, lng] */
  labelPoints: Record<string, LatLng>;
  /** route id → great-circle length from its first to its last position, whole km */
  routeKm: Record<string, number>;
}

export function deriveGeometry(dataset: Pick<Dataset, 'locations' | 'routes'>): DerivedGeometry {
  const labelPoints: Record<string, LatLng> = {};
  for (const location of dataset.locations) {
    const [lng, lat] = labelPoint(location.geometry);
    labelPoints[location.properties.id] = [lat, lng];
  }
  const routeKm: Record<string, number> = {};
  for (const route of dataset.routes) {
    const line = route.geometry.coordinates;
    const [first, last] = [line[0], line[line.length - 1]];
    if (!first || !last) throw new Error(`route "${route.properties.id}" has no positions`);
    routeKm[route.properties.id] = Math.round(distanceKm([first[0], first[1]], [last[0], last[1]]));
  }
  return { labelPoints, routeKm };
}
