// Names of the places the articles mention, at their label points. Made once
// from the story; the labels layer toggle adds and removes them. After each
// finished move, and when the markers change, each name is set where it
// covers nothing (placeNames.ts, loaded after the first view); until then it
// is not shown, so that it never jumps under the reader's eyes. The page's
// toolbar and panels (.app-ui, pageLayout.ts) are watched, as names keep clear of them.
import L from 'leaflet';
import type { LatLng, Model } from '../data/model';
import { labelMarker } from './labelMarker';
import type { PlaceName } from './placeNames';
import type { LayerFactory } from './storyLayer';
import { textElement } from './textElement';
import { placeNamesCode } from './placeNamesCode';
import { placementFrame } from './placementFrame';

export interface PlaceLabel {
  id: string;
  name: string;
  kind: string;
  at: LatLng;
}

/** Every place but the countries (the basemap names those), where it has a label point. */
export function placeLabelsOf(model: Model): PlaceLabel[] {
  return [...model.locations.values()]
    .filter((l) => l.properties.kind !== 'country')
    .map((l) => ({ id: l.properties.id, name: l.properties.name, kind: l.properties.kind, at: model.labelPoints.get(l.properties.id)! }))
    .filter((p) => p.at);
}

/** Fired on the map when a story name came, went or moved (placeNames.ts), or what lies over the map changed (screenBoxes.ts OVER_THE_MAP). */
export const PLACE_NAMES_CHANGE = 'placenameschange';

export const placeLabelsLayer: LayerFactory = ({ map, model }) => {
  const names: PlaceName[] = [];
  // Built on first show: a map opened with the labels off never makes them.
  let labels: L.LayerGroup | null = null;
  let placement: typeof import('./placeNames') | null = null;
  let on = false;
  let removed = false;

  const make = (): L.LayerGroup =>
    L.layerGroup(
      placeLabelsOf(model).map((p) => {
        const text = textElement('span', `place-label place-label-${p.kind} place-label-unplaced`, p.name);
        text.dataset['place'] = p.id;
        names.push({ ...p, text });
        // The kind on the marker itself too, so that where CSS hides a kind the whole
        // marker goes (display: none), not only its text.
        return labelMarker([p.at[0], p.at[1]], text, { pane: 'placeLabels', className: `place-label-icon place-label-${p.kind}` });
      }),
    );

  // After the frame's other moveend work (the markers are redrawn then), and before the towns' (townLabelsLayer.ts),
  // which keep clear of these names, leave a town to its story name, and are placed again when the names or the panels change.
  // With the names turned off the pass still runs, with no names: the basemap's country names yield to
  // one another and to the markers (at zoom 3 with the names off they stood over each other).
  let panelsChanged = false;
  const frame = placementFrame(map, () => {
    if (!placement || removed) return;
    if (placement.placeNames(map, on ? names : []) || panelsChanged) map.fire(PLACE_NAMES_CHANGE);
    panelsChanged = false;
  });
  const schedule = frame.schedule;
  const loadPlacement = () =>
    placeNamesCode().then(
      (loaded) => {
        if (removed) return;
        placement = loaded;
        // The toolbar and panels lie over the map (placeNames keeps names clear of them): place again when they
        // come (the app arrives after the first view) or open and close. The towns keep clear of them too, and
        // follow (PLACE_NAMES_CHANGE). The first placement, now, sees them as they are.
        unwatch ??= loaded.watchOverTheMap(map, () => {
          panelsChanged = true;
          schedule();
        });
        panelsChanged = true;
        schedule();
      },
      // Without the placement code the names stand on their right-hand side, as styles.css puts them.
      () => {
        for (const n of names) n.text.classList.remove('place-label-unplaced');
      },
    );

  const show = (visible: boolean) => {
    on = visible;
    if (visible) {
      labels ??= make();
      labels.addTo(map);
    } else labels?.remove();
    if (placement) schedule();
    else void loadPlacement();
  };

  let unwatch: (() => void) | undefined;
  const panes = new MutationObserver(schedule);

  return {
    add(state) {
      map.on('moveend', schedule);
      // And when what names keep clear of changes on its own time: the route's label turning to the other side of its line
      // (routeLayer.ts, in a frame of its own) or markers coming and going.
      for (const pane of ['zoneLabels', 'markerPane']) {
        const el = map.getPane(pane);
        if (el) panes.observe(el, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
      }
      show(state.visible.showLabels);
    },
    update(state, prev) {
      if (state.visible.showLabels !== prev.visible.showLabels) show(state.visible.showLabels);
      // The markers changed, or an event's panel opened or closed over the map.
      else if (state.visible !== prev.visible || state.event !== prev.event) schedule();
    },
    remove() {
      removed = true;
      map.off('moveend', schedule);
      unwatch?.();
      panes.disconnect();
      frame.cancel();
      labels?.remove();
      // What the pass hid besides the names comes back.
      placement?.unplaceNames(map);
    },
  };
};
