// The reported jet transfer: a dashed great-circle line (dashed because it is
// one party's claim) with arrowheads for its direction and a label giving the
// aircraft and the distance. The line itself is schematic: only its ends were reported.
import L from 'leaflet';
import type { RouteView } from '../data/model';
import { ROUTE_COLOUR } from '../factions';
import { routeLabel } from '../routeText';
import { labelMarker } from './labelMarker';
import { textElement } from './textElement';

/** Where along the line (as a fraction of its vertices) arrowheads go. */
const ARROW_AT = [0.35, 0.7, 1] as const;

function arrowAt(map: L.Map, line: L.LatLng[], fraction: number): L.Marker {
  const i = Math.max(1, Math.round(fraction * (line.length - 1)));
  const a = map.project(line[i - 1]!, 0);
  const b = map.project(line[i]!, 0);
  // Mercator is conformal, so a bearing measured at zoom 0 holds at every zoom.
  const degrees = (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;
  const el = textElement('span', 'route-arrow', '➤');
  el.style.setProperty('--route-colour', ROUTE_COLOUR);
  el.style.transform = `rotate(${degrees}deg)`;
  return L.marker(line[i]!, {
    pane: 'route',
    interactive: false,
    keyboard: false,
    icon: L.divIcon({ className: 'route-arrow-icon', html: el, iconSize: [18, 18], iconAnchor: [9, 9] }),
  });
}

/** Draws the routes, `selected` (a route id) thicker; returns the function that removes them. */
export function drawRoutes(map: L.Map, routes: readonly RouteView[], selected: string | null, onSelect: (id: string) => void): () => void {
  const layers = routes.flatMap((route) => {
    const line = route.geometry.coordinates.map(([lng, lat]) => L.latLng(lat!, lng!));
    const isSelected = route.properties.id === selected;
    const drawn = L.polyline(line, {
      pane: 'route',
      color: ROUTE_COLOUR,
      weight: isSelected ? 5 : 3,
      dashArray: '10 8',
      className: 'route-line',
      interactive: false,
    });
    // A wide, invisible twin so the thin dashed line is easy to hit with a finger.
    const hit = L.polyline(line, { pane: 'route', weight: 22, opacity: 0, className: 'route-hit' });
    hit.on('click', () => onSelect(route.properties.id));
    // The label above the line's middle (styles.css .route-label), a button of its own.
    const label = textElement('span', 'route-label', '');
    label.style.setProperty('--route-colour', ROUTE_COLOUR);
    label.append(textElement('span', 'route-label-text', routeLabel(route)));
    // Where Leaflet puts a line's centre: halfway along it as drawn.
    hit.addTo(map);
    const middle = hit.getCenter();
    const labelled = labelMarker([middle.lat, middle.lng], label, { pane: 'zoneLabels', className: 'route-label-icon', interactive: true });
    labelled.on('click', () => onSelect(route.properties.id));
    const arrows = ARROW_AT.map((f) => arrowAt(map, line, f));
    return [drawn, hit, labelled, ...arrows];
  });
  const group = L.layerGroup(layers).addTo(map);
  return () => {
    group.remove();
  };
}
