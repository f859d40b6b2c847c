// The ground that changed hands on the day the window ends (when a zones
// snapshot begins that day: VisibleData.change), hatched in the colour of the
// zone kind that gained it and outlined with a dash, over the zones, so a
// change of control is seen as a change and not as a patch that changed colour.
// The words for it are beside the time control (panel/ZoneChangeNote.tsx),
// and on the ground itself (zoneChangeLabelLayer.ts).
// The hatching is an SVG pattern per kind, in a hidden <svg> of the map's
// container: Leaflet writes fillColor into the path's fill attribute as given.
// Only the kinds whose zones are shown: a faction turned off takes its gains
// with its zones. Its code comes after the first view (laterLayer.ts): the
// story's default window ends on no day of change.
import L from 'leaflet';
import type { ZoneChange } from '../data/zoneChanges';
import { shownChange } from '../state/shownChange';
import { UNKNOWN_ZONE_COLOUR, ZONE_COLOUR } from '../factions';
import type { MapState, LayerFactory } from './storyLayer';

/** Over the zones (350), under the route (450): createMap.ts's panes. */
const PANE = 'zoneChanges';
const PANE_Z_INDEX = 360;
const SVG = 'http://www.w3.org/2000/svg';
/** Pixels between hatch lines. */
const HATCH_SPACING = 7;

const patternId = (kind: string) => `zone-change-hatch-${kind}`;
const colourOf = (kind: string) => ZONE_COLOUR[kind] ?? UNKNOWN_ZONE_COLOUR;

function svgElement<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/** A hidden <svg> holding one diagonal hatch per kind of `change`. */
function hatchPatterns(change: ZoneChange): SVGSVGElement {
  const svg = svgElement('svg', { width: 0, height: 0, 'aria-hidden': 'true', class: 'zone-change-patterns' });
  svg.style.position = 'absolute';
  const defs = svgElement('defs', {});
  for (const { kind } of change.kinds) {
    const pattern = svgElement('pattern', { id: patternId(kind), width: HATCH_SPACING, height: HATCH_SPACING, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
    pattern.append(svgElement('line', { x1: 0, y1: 0, x2: 0, y2: HATCH_SPACING, stroke: colourOf(kind), 'stroke-width': 3 }));
    defs.append(pattern);
  }
  svg.append(defs);
  return svg;
}

function drawChange(map: L.Map, change: ZoneChange): L.LayerGroup {
  const features = change.kinds.flatMap((k) => (k.gained ? [{ type: 'Feature' as const, properties: { kind: k.kind }, geometry: k.gained }] : []));
  const shapes = L.geoJSON({ type: 'FeatureCollection', features } as GeoJSON.FeatureCollection, {
    pane: PANE,
    interactive: false,
    style: (feature) => {
      const kind = String(feature?.properties?.kind ?? '');
      return { pane: PANE, color: colourOf(kind), weight: 2.5, dashArray: '6 4', fillColor: `url(#${patternId(kind)})`, fillOpacity: 1, className: `zone-change zone-change-${kind}` };
    },
  });
  return L.layerGroup([shapes]).addTo(map);
}

export const zoneChangeLayer: LayerFactory = ({ map }) => {
  let drawn: { group: L.LayerGroup; patterns: SVGSVGElement; key: string } | null = null;
  const clear = () => {
    drawn?.group.remove();
    drawn?.patterns.remove();
    drawn = null;
  };
  const draw = (state: MapState) => {
    const change = shownChange(state.visible);
    if ((change?.key ?? null) === (drawn?.key ?? null)) return;
    clear();
    if (!change) return;
    const patterns = hatchPatterns(change);
    map.getContainer().append(patterns);
    drawn = { group: drawChange(map, change), patterns, key: change.key };
  };
  return {
    add(state) {
      if (!map.getPane(PANE)) map.createPane(PANE).style.zIndex = String(PANE_Z_INDEX);
      draw(state);
    },
    update(state, prev) {
      if (state.visible !== prev.visible) draw(state);
    },
    remove: clear,
  };
};
