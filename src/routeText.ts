// How the reported jet transfer reads, on the map and in the panel.
import type { RouteView } from './data/model';

export function aircraftText(route: RouteView, role: 'transferred' | 'escort'): string {
  return route.properties.aircraft
    .filter((a) => a.role === role)
    .map((a) => `${a.qualifier === 'at-least' ? 'at least ' : ''}${a.count} ${a.type}`)
    .join(' and ');
}

export function routeLabel(route: RouteView): string {
  const escort = aircraftText(route, 'escort');
  const km = route.distanceKm.toLocaleString('en-GB');
  return `Claimed: ${aircraftText(route, 'transferred')}${escort ? `, escorted by ${escort}` : ''} · ${km} km`;
}
