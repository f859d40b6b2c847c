// How the reported jet transfer reads, on the map and in the panel.
import type { RouteView } from './data/model';

export function aircraftText(route: RouteView, role: 'transferred' | 'escort'): string {
  return route.properties.aircraft
    .filter((a) => a.role === role)
    .map((a) => `${a.qualifier === 'at-least' ? 'at least ' : ''}${a.count} ${a.type}`)
    .join(' and ');
}

/**
 * Whole kilometres with their thousands grouped, as en-GB writes them (1406 → "1,406").
 * Not toLocaleString: its first call loads the browser's locale data, a cost
 * paid before the map's first frame.
 */
export function kmText(km: number): string {
  return String(Math.round(km)).replace(/\B(?=(\d{3})+$)/g, ',');
}

export function routeLabel(route: RouteView): string {
  const escort = aircraftText(route, 'escort');
  const km = kmText(route.distanceKm);
  return `Claimed: ${aircraftText(route, 'transferred')}${escort ? `, escorted by ${escort}` : ''} · ${km} km`;
}
