// Faction control zones of one snapshot, shaded by faction and labelled.
// Redrawn when the zones shown change (another snapshot, a faction hidden),
// keeping those that look the same; a selection or a move leaves them as they are.
import L from 'leaflet';
import type { ZoneFeature } from '../data/schema';
import { UNKNOWN_ZONE_COLOUR, ZONE_COLOUR, ZONE_DASHED } from '../factions';
import { labelMarker } from './labelMarker';
import { DASHED_ZONE_FILL_OPACITY, ZONE_FILL_OPACITY } from './mapColours';
import type { LayerFactory } from './storyLayer';
import { textElement } from './textElement';

function zoneStyle(feature?: GeoJSON.Feature): L.PathOptions {
  const faction = (feature as ZoneFeature | undefined)?.properties.faction ?? '';
  const colour = ZONE_COLOUR[faction] ?? UNKNOWN_ZONE_COLOUR;
  const dashed = ZONE_DASHED.has(faction);
  return {
    pane: 'zones',
    color: colour,
    weight: 1.5,
    fillColor: colour,
    fillOpacity: dashed ? DASHED_ZONE_FILL_OPACITY : ZONE_FILL_OPACITY,
    dashArray: dashed ? '4 4' : undefined,
    className: `zone zone-${faction}`,
  };
}

/** One zone as drawn: its shape, its label and the label's text. */
interface DrawnZone {
  shapes: L.GeoJSON;
  label: L.Marker;
  text: HTMLElement;
}

/**
 * What a zone looks like on the map: its outline, its faction (the colour)
 * and its label. Consecutive snapshots repeat most zones unchanged, so a date
 * step keeps those drawn and only takes away and adds the ones that differ:
 * redrawing every zone (projecting and simplifying each outline again) was
 * most of what a step across snapshots cost.
 */
const looks = new WeakMap<ZoneFeature, string>();
function lookOf(zone: ZoneFeature): string {
  let look = looks.get(zone);
  if (look === undefined) {
    look = JSON.stringify([zone.properties.faction, zone.properties.label, zone.geometry]);
    looks.set(zone, look);
  }
  return look;
}

/** Each zone label's shape, for a wide zone's label to stand on any part of it in sight (placeNames.ts). */
export const zoneShapes = new WeakMap<HTMLElement, L.Polygon>();

function drawZone(map: L.Map, zone: ZoneFeature): DrawnZone {
  const shapes = L.geoJSON(zone as GeoJSON.Feature, { pane: 'zones', style: zoneStyle, interactive: true }).addTo(map);
  const shape = shapes.getLayers()[0] as L.Polygon;
  // The label centred on its zone where Leaflet puts a polygon's centre (its
  // centroid), as a permanent tooltip would, but without measuring it on the page.
  const at = shape.getCenter();
  const text = textElement('span', 'zone-label-text', zone.properties.label);
  zoneShapes.set(text, shape);
  // The zone's extent, for the label to stand beside a zone too small to show under it (placeNames.ts).
  const bounds = shapes.getBounds();
  text.dataset['bounds'] = [bounds.getSouth(), bounds.getWest(), bounds.getNorth(), bounds.getEast()].join(',');
  const label = labelMarker([at.lat, at.lng], text, {
    pane: 'zoneLabels',
    className: `zone-label zone-label-${zone.properties.faction}`,
  }).addTo(map);
  return { shapes, label, text };
}

export const zonesLayer: LayerFactory = ({ map }) => {
  let drawn = new Map<string, DrawnZone>();
  const draw = (zones: readonly ZoneFeature[]) => {
    const next = new Map<string, DrawnZone>();
    let added = false;
    for (const zone of zones) {
      // A zone listed twice is drawn twice, as before (its fill the darker for it).
      let look = lookOf(zone);
      while (next.has(look)) look += '+';
      const kept = drawn.get(look);
      if (kept) drawn.delete(look);
      else added = true;
      next.set(look, kept ?? drawZone(map, zone));
    }
    for (const gone of drawn.values()) {
      gone.shapes.remove();
      gone.label.remove();
    }
    // Shapes are painted in the snapshot's order, as a fresh drawing would be;
    // a zone added later would otherwise lie over those listed after it.
    if (added && next.size > 1) for (const z of next.values()) z.shapes.bringToFront();
    // Where two zones' labels would touch, the one listed first in the snapshot is shown (placeNames.ts):
    // the small, named zones come before the wide ones, and a label kept from the day before keeps no place of its own.
    let order = 0;
    for (const z of next.values()) z.text.dataset['order'] = String(order++);
    drawn = next;
  };
  return {
    add(state) {
      draw(state.visible.zones);
    },
    update(state, prev) {
      if (state.visible.zones !== prev.visible.zones) draw(state.visible.zones);
    },
    remove() {
      draw([]);
    },
  };
};
