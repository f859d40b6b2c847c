// The map, one object for the page's life, in Leaflet's style (like
// L.Control.Zoom): made by the first view (firstView.ts) before React has
// loaded, then driven by the app through its setters. It owns the Leaflet map
// and its layers; React never renders into it. What the reader does on it
// comes out as events: `select` (an event, or places to list), `move` (after
// every pan or zoom) and `notice` (a sentence to show). A marker picked
// before anyone listens is kept as the map's selection (getSelection), so the
// app, when it comes, starts from the map as the reader left it.
import L from 'leaflet';
import type { Model } from '../data/model';
import { basemapLayer } from './basemapLayer';
import { createMap, DEFAULT_BOUNDS, defaultFrame, type OpeningView } from './createMap';
import { eventMarkersLayer } from './eventMarkersLayer';
import { MapEvents } from './mapEvents';
import { onlineTilesLayer } from './onlineTilesLayer';
import { placeLabelsLayer } from './placeLabelsLayer';
import { townCreditLayer } from './townCreditLayer';
import { laterLayer } from './laterLayer';
import { routeLayer } from './routeLayer';
import type { LayerContext, LayerFactory, MapSelection, MapState, StoryLayer } from './storyLayer';
import { zonesLayer } from './zonesLayer';
import type { VisibleData } from '../state/visibleData';
import { type Insets, panIntoView } from './uncoveredView';

/** Pixels kept between a shown event and the covered edges: half a marker and a little air. */
const IN_VIEW_MARGIN = 28;
/** Pixels more kept beside a line's ends, where there is room, for their places' names (about a three-word name's width at 12 px). */
const LINE_END_ROOM = 120;

/** The map's layers, each drawing into its pane (createMap.ts): adding a layer is a file and a line here. */
/** Drawn only when an event at a region is chosen or hovered: its code comes after the first view. */
const regionOutlines = laterLayer(() => import('./regionOutlineLayer').then((m) => m.regionOutlineLayer));
/** Towns appear after the first view anyway (their file is fetched then): their code comes then too; their credit is there from the start. */
const townLabels = laterLayer(() => import('./townLabelsLayer').then((m) => m.townLabelsLayer));
/** A change of control, hatched and named, comes when the page is idle: the story's default window ends on no day of change. One chunk for both (all JS is near its budget). */
const zoneChanges = laterLayer(() => import('./zoneChangeLabelLayer').then((m) => m.zoneChangeLayer));
/** A change of control's words on the map come when the page is idle: a reader reads them after the map, not before. */
const zoneChangeLabels = laterLayer(() => import('./zoneChangeLabelLayer').then((m) => m.zoneChangeLabelLayer));
const LAYERS: readonly LayerFactory[] = [basemapLayer, onlineTilesLayer, zonesLayer, zoneChanges, zoneChangeLabels, regionOutlines, routeLayer, placeLabelsLayer, townCreditLayer, townLabels, eventMarkersLayer];

export interface MapPosition {
  /** [lat, lng] in degrees */
  center: [number, number];
  zoom: number;
}

export interface StoryMapEvents extends Record<string, unknown> {
  select: MapSelection;
  move: MapPosition;
  notice: string;
}

export interface StoryMapOptions {
  /** The view to open at. Default: null, the default frame (DEFAULT_BOUNDS beside the panels). */
  view?: OpeningView;
  /** What to show first: the data (required), the open event or listed places (default none), OSM tiles (default off). */
  state: Pick<MapState, 'visible'> & Partial<MapState>;
}

export class StoryMap extends MapEvents<StoryMapEvents> {
  /** The Leaflet map: for what StoryMap does not do itself (tests, the PNG export's container). */
  readonly map: L.Map;
  private state: MapState;
  private readonly layers: StoryLayer[];
  private readonly model: Model;
  /** Notices told before anyone listened: the app shows them when it comes. */
  private readonly told: string[] = [];

  constructor(container: HTMLElement, model: Model, { view = null, state }: StoryMapOptions) {
    super();
    this.model = model;
    this.map = createMap(container, view);
    this.state = { event: null, places: null, online: false, ...state };
    const context: LayerContext = {
      map: this.map,
      model,
      select: (selection) => this.pick(selection),
      notice: (message) => {
        if (!this.told.includes(message)) this.told.push(message);
        this.fire('notice', message);
      },
    };
    this.layers = LAYERS.map((make) => make(context));
    for (const layer of this.layers) layer.add(this.state);
    this.map.on('moveend', this.onMoveEnd, this);
    this.map.getContainer().addEventListener('keydown', this.onKeyDown);
  }

  /** The events, zones, routes and labels to show (state/visibleData.ts). */
  setData(visible: VisibleData): this {
    return this.apply({ visible });
  }

  /** Rings the markers of the open event or of the listed places; null or absent for neither. */
  setSelection({ event = null, places = null }: { event?: string | null; places?: readonly string[] | null }): this {
    const same = event === this.state.event && (places === this.state.places || sameIds(places, this.state.places));
    return same ? this : this.apply({ event, places });
  }

  setOnlineTiles(on: boolean): this {
    return this.apply({ online: on });
  }

  /** Moves the map at once (no animation); a `move` follows if the view changed. */
  setView(center: readonly [number, number], zoom: number): this {
    this.map.setView([center[0], center[1]], zoom, { animate: false });
    return this;
  }

  /** Fits the default frame, as the map opens without a view. */
  fitDefault(): this {
    this.map.fitBounds(DEFAULT_BOUNDS, defaultFrame(this.map.getSize().x));
    return this;
  }

  /**
   * Brings an event's place (its marker, or all of its line) into the part of
   * the map that `insets` leave uncovered (uncoveredView.ts). It pans as
   * little as it can (a line with room for its ends' names, else centred
   * across) and keeps the reader's zoom; only what cannot fit at that zoom
   * is zoomed out to. Never zooms in. A `move` follows if it moved.
   */
  showInView(event: string, insets: Insets, options: { centre?: boolean } = {}): this {
    const found = this.model.eventsById.get(event);
    if (!found) return this;
    if (options.centre && !found.line) return this.centreInView(this.map.latLngToContainerPoint([found.anchor[0], found.anchor[1]]), insets);
    return this.bringIntoView((found.line?.positions ?? [found.anchor]).map(([lat, lng]) => L.latLng(lat, lng)), insets, found.line ? LINE_END_ROOM : 0);
  }

  /**
   * Pans the container point `at` to the middle of the part of the map
   * `insets` leave uncovered, keeping the zoom: for an event a link opens with
   * no view of its own (the least pan, bringIntoView, left its place at the
   * panel's edge and the rest of the map showed what the link was not about),
   * and for the story's area where it cannot all be shown (showStoryArea).
   */
  private centreInView(at: L.Point, insets: Insets): this {
    const size = this.map.getSize();
    const free = { x: size.x - insets.left - insets.right, y: size.y - insets.top - insets.bottom };
    const x = at.x - (insets.left + free.x / 2);
    const y = at.y - (insets.top + free.y / 2);
    if (free.x > 0 && free.y > 0 && (x !== 0 || y !== 0)) this.map.panBy([x, y], { animate: false });
    return this;
  }

  /**
   * Brings the story's whole area (DEFAULT_BOUNDS) into the part of the map
   * that `insets` leave uncovered, as showInView does for a place, so that a
   * phone's Layers sheet leaves in sight what its toggles change. A reader
   * zoomed in too far for all of it keeps the zoom: what was at the centre
   * goes to the centre of the uncovered part.
   */
  showStoryArea(insets: Insets): this {
    const bounds = L.latLngBounds(DEFAULT_BOUNDS as L.LatLngTuple[]);
    const size = this.map.getSize();
    const free = { x: size.x - insets.left - insets.right, y: size.y - insets.top - insets.bottom };
    const needs = this.map.latLngToContainerPoint(bounds.getSouthEast()).subtract(this.map.latLngToContainerPoint(bounds.getNorthWest()));
    if (needs.x + 2 * IN_VIEW_MARGIN <= free.x && needs.y + 2 * IN_VIEW_MARGIN <= free.y) {
      return this.bringIntoView([bounds.getSouthWest(), bounds.getNorthEast()], insets);
    }
    return this.centreInView(L.point(size.x / 2, size.y / 2), insets);
  }

  /** showInView's and showStoryArea's way: pan as little as it can, else zoom out just enough. */
  private bringIntoView(place: L.LatLng[], insets: Insets, endRoom = 0): this {
    const size = this.map.getSize();
    if (size.x === 0 || size.y === 0) return this;
    const points = place.map((at) => this.map.latLngToContainerPoint(at));
    const box = {
      left: Math.min(...points.map((p) => p.x)),
      top: Math.min(...points.map((p) => p.y)),
      right: Math.max(...points.map((p) => p.x)),
      bottom: Math.max(...points.map((p) => p.y)),
    };
    const pan = panIntoView(box, size, insets, IN_VIEW_MARGIN, endRoom);
    if (pan) {
      if (pan.x !== 0 || pan.y !== 0) this.map.panBy([pan.x, pan.y], { animate: false });
      return this;
    }
    this.map.fitBounds(L.latLngBounds(place), {
      paddingTopLeft: [insets.left + IN_VIEW_MARGIN, insets.top + IN_VIEW_MARGIN],
      paddingBottomRight: [insets.right + IN_VIEW_MARGIN, insets.bottom + IN_VIEW_MARGIN],
      maxZoom: this.map.getZoom(),
      animate: false,
    });
    return this;
  }

  getView(): MapPosition {
    const c = this.map.getCenter();
    return { center: [c.lat, c.lng], zoom: this.map.getZoom() };
  }

  /** The data shown now, as last given (setData) or as the map opened with it. */
  getData(): VisibleData {
    return this.state.visible;
  }

  getSelection(): { event: string | null; places: readonly string[] | null } {
    return { event: this.state.event, places: this.state.places };
  }

  /** Notices told so far (a basemap that failed before the app listened). */
  getNotices(): readonly string[] {
    return this.told;
  }

  /**
   * The element on the map that stands for an event or a place (its marker,
   * the cluster it is in, a route's label), to give focus back to; null when
   * none is drawn (out of view, hidden).
   */
  elementFor(target: { event?: string | null; places?: readonly string[] | null }): HTMLElement | null {
    const query = { event: target.event ?? null, places: target.places ?? [] };
    for (const layer of this.layers) {
      const el = layer.elementFor?.(query);
      if (el) return el;
    }
    return null;
  }

  /** Takes every layer and listener away and the Leaflet map with them. */
  remove(): void {
    this.map.off('moveend', this.onMoveEnd, this);
    this.map.getContainer().removeEventListener('keydown', this.onKeyDown);
    for (const layer of this.layers) layer.remove();
    this.offAll();
    this.map.remove();
  }

  /**
   * Enter or Space on a focused marker (an event's, a cluster's, a route's
   * label) clicks it, as on a button: Leaflet makes interactive markers
   * focusable, with role="button", but answers neither key. A label's button
   * is inside its marker (labelMarker.ts); its click reaches the marker.
   */
  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const target = e.target;
    if (!(target instanceof HTMLElement) || !target.closest('.leaflet-marker-icon') || target.getAttribute('role') !== 'button') return;
    e.preventDefault();
    target.click();
  };

  private onMoveEnd(): void {
    this.fire('move', this.getView());
  }

  /** A reader's pick: shown at once, then told to whoever listens. */
  private pick(selection: MapSelection): void {
    this.setSelection(selection.event !== undefined ? { event: selection.event } : { places: [...selection.places] });
    this.fire('select', selection);
  }

  private apply(change: Partial<MapState>): this {
    const prev = this.state;
    this.state = { ...prev, ...change };
    for (const layer of this.layers) layer.update(this.state, prev);
    return this;
  }
}

function sameIds(a: readonly string[] | null, b: readonly string[] | null): boolean {
  return a !== null && b !== null && a.length === b.length && a.every((id, i) => id === b[i]);
}
