// The change of control told on the map, where the ground changed hands: each
// hatched area (zoneChangeLayer.ts) is labelled "Held by X from D", placed as a
// zone's label is (beside the area where it is too small to be seen under it:
// placeNames.ts, geo/README.md label rule 6), before the zones' own labels.
// The sentence beside the time control (panel/ZoneChangeNote.tsx) is out of
// sight on a phone or with Layers & dates closed; the map is not. Its code
// comes after the first view (laterLayer.ts): the first view's script is at its budget.
import type L from 'leaflet';
import { formatDay } from '../dates';
import type { ZoneChange } from '../data/zoneChanges';
import type { AreaGeometry } from '../geometry/geometry';
import { STORY } from '../story';
import { labelMarker } from './labelMarker';
import type { LayerFactory } from './storyLayer';
import { textElement } from './textElement';
import { shownChange } from '../state/shownChange';

// The hatching comes in the same chunk (StoryMap.ts loads both from here).
export { zoneChangeLayer } from './zoneChangeLayer';

/** km² below which a change is a redrawing of an edge rather than ground changing hands: not labelled. */
const MIN_LABELLED_KM2 = 10;

/** [south, west, north, east] of an area, from its outer rings. */
function boundsOf(area: AreaGeometry): [number, number, number, number] {
  const polygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  let [s, w, n, e] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [outer] of polygons) {
    for (const [lng, lat] of outer ?? []) {
      [s, w, n, e] = [Math.min(s, lat!), Math.min(w, lng!), Math.max(n, lat!), Math.max(e, lng!)];
    }
  }
  return [s, w, n, e];
}

/** What a reader reads on a changed area: its zone kind's label and the day, e.g. "Held by X from 18 May 2020". */
function changeLabelText(kind: string, day: string): string {
  const label = STORY.zoneKinds.find((k) => k.id === kind)?.label ?? kind;
  return `${label} from ${formatDay(day)}`;
}

function drawLabels(map: L.Map, change: ZoneChange): L.Marker[] {
  return change.kinds.flatMap((k, i) => {
    if (!k.gained || k.gainedKm2 < MIN_LABELLED_KM2) return [];
    // Where an event reports the change, its sentence tells that kind's gain alone (state/zoneChangeText.ts): so does the map.
    if (change.event && k.kind !== change.event.kind) return [];
    const [s, w, n, e] = boundsOf(k.gained);
    if (![s, w, n, e].every(Number.isFinite)) return [];
    const text = textElement('span', `zone-label-text zone-change-label zone-change-label-${k.kind}`, changeLabelText(k.kind, change.day));
    text.dataset['bounds'] = [s, w, n, e].join(',');
    // Placed before every zone's label (zonesLayer.ts numbers theirs from 0).
    text.dataset['order'] = String(i - change.kinds.length);
    return [labelMarker([(s + n) / 2, (w + e) / 2], text, { pane: 'zoneLabels', className: 'zone-label zone-change-label-icon' }).addTo(map)];
  });
}

export const zoneChangeLabelLayer: LayerFactory = ({ map }) => {
  let drawn: { labels: L.Marker[]; key: string | null } = { labels: [], key: null };
  const draw = (change: (ZoneChange & { key: string }) | null) => {
    if ((change?.key ?? null) === drawn.key) return;
    for (const label of drawn.labels) label.remove();
    drawn = { labels: change ? drawLabels(map, change) : [], key: change?.key ?? null };
  };
  return {
    add(state) {
      draw(shownChange(state.visible));
    },
    update(state, prev) {
      if (state.visible !== prev.visible) draw(shownChange(state.visible));
    },
    remove() {
      draw(null);
    },
  };
};
