// How exactly a place is known, in readers' words, wherever its name is shown
// or exported: an area's events stand at a stand-in point (its main city, or
// the point its sources name), and a reader or a GIS that takes that point
// for the place must be told it is approximate and by how much.
import type { LocationFeature } from './schema';

/** The radius, km, within which an approximate place lies; null for an exact one. */
export function withinKm(location: LocationFeature): number | null {
  const p = location.properties.precision;
  return p.type === 'approximate' ? p.radiusKm : null;
}

/** "A town", or "A region (approximate, within about 300 km)", from a place's name and its radius (null: exact). */
export function namedWithin(name: string, km: number | null): string {
  return km === null ? name : `${name} (approximate, within about ${km} km)`;
}

export function placeWithPrecision(location: LocationFeature): string {
  return namedWithin(location.properties.name, withinKm(location));
}
