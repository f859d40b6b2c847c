// What every layer of the map object (StoryMap.ts) is: a small object that
// draws itself from the map's state, follows changes to that state by updating
// what it drew, and takes everything it added away again. The layers are
// listed in one place, StoryMap's LAYERS.
import type L from 'leaflet';
import type { Model } from '../data/model';
import type { VisibleData } from '../state/visibleData';

/** What the reader picked on the map: one event (or route), or the places whose events to list. */
export type MapSelection = { event: string; places?: undefined } | { places: readonly string[]; event?: undefined };

/** What the map shows. Layers compare fields by identity: a new array means new data. */
export interface MapState {
  visible: VisibleData;
  /** id of the open event (or route), or null */
  event: string | null;
  /** ids of the places whose events are listed, or null */
  places: readonly string[] | null;
  /** OpenStreetMap's tiles over the embedded basemap */
  online: boolean;
}

/** What a layer is given when it is made: the map, the story, and ways to speak to the map's owner. */
export interface LayerContext {
  map: L.Map;
  model: Model;
  /** the reader picked something on this layer */
  select: (selection: MapSelection) => void;
  /** something the reader should be told, as one plain sentence */
  notice: (message: string) => void;
}

export interface StoryLayer {
  /** draws the layer as `state` asks */
  add(state: MapState): void;
  /** brings what is drawn in step with `state`; `prev` is what was drawn */
  update(state: MapState, prev: MapState): void;
  /** takes away everything `add` and `update` put on the map, listeners included */
  remove(): void;
  /** the element that stands for `event` or one of `places` (to return focus to), if this layer draws one */
  elementFor?(target: { event: string | null; places: readonly string[] }): HTMLElement | null;
}

export type LayerFactory = (context: LayerContext) => StoryLayer;
