// The app's side of the map object (StoryMap.ts): the app's state goes in
// through the map's setters, from effects, only when it changes; what the
// reader does on the map comes back through its events. React renders nothing
// into the map.
import { useEffect, useRef } from 'react';
import type { VisibleData } from '../state/visibleData';
import type { MapPosition, StoryMap } from './StoryMap';
import { type Box, insetsFrom, type Insets } from './uncoveredView';

interface Wiring {
  visible: VisibleData;
  /** the open event (or route), or null */
  event: string | null;
  /** the places whose events are listed, or null */
  places: readonly string[] | null;
  online: boolean;
  onSelectEvent: (id: string) => void;
  onSelectPlaces: (locationIds: readonly string[]) => void;
  /** after every pan or zoom */
  onMove: (position: MapPosition) => void;
  onNotice: (message: string) => void;
}

export function useStoryMap(storyMap: StoryMap, { visible, event, places, online, onSelectEvent, onSelectPlaces, onMove, onNotice }: Wiring): void {
  useEffect(
    function listenToTheMap() {
      const stops = [
        storyMap.on('select', (s) => (s.event !== undefined ? onSelectEvent(s.event) : onSelectPlaces(s.places))),
        storyMap.on('move', onMove),
        storyMap.on('notice', onNotice),
      ];
      // Told before the app listened (a basemap that failed to load early).
      for (const notice of storyMap.getNotices()) onNotice(notice);
      return () => {
        for (const stop of stops) stop();
      };
    },
    [storyMap, onSelectEvent, onSelectPlaces, onMove, onNotice],
  );
  useEffect(
    function showData() {
      storyMap.setData(visible);
    },
    [storyMap, visible],
  );
  useEffect(
    function showSelection() {
      storyMap.setSelection({ event, places });
    },
    [storyMap, event, places],
  );
  useEffect(
    function showOnlineTiles() {
      storyMap.setOnlineTiles(online);
    },
    [storyMap, online],
  );
}

/** What lies over the map (Leaflet's zoom buttons too), the ones a reader can best spare last (coveredInsets). */
const COVERS = ['.toolbar', '.leaflet-control-zoom', '.detail-panel', '.story-tour', '.side-panel:not([hidden])', '.event-list-panel'];

/** Less uncovered map than this, across or down, is too little to show a place in. */
const MIN_FREE_PX = 120;

/**
 * How much of `map` the toolbar and panels cover now, as measured on the page.
 * Where all of them leave too little (the List above a phone's bottom sheet),
 * the last are left out, one by one: the List and the Layers panel only lead
 * to the chosen event, the detail panel shows it.
 */
export function coveredInsets(map: HTMLElement): Insets {
  const box = map.getBoundingClientRect();
  const covers = COVERS.flatMap((selector) =>
    [...document.querySelectorAll<HTMLElement>(selector)].map((el): Box => el.getBoundingClientRect()));
  const roomy = (i: Insets) => box.width - i.left - i.right >= MIN_FREE_PX && box.height - i.top - i.bottom >= MIN_FREE_PX;
  for (let n = covers.length; n > 0; n--) {
    const insets = insetsFrom(box, covers.slice(0, n));
    if (roomy(insets)) return insets;
  }
  return insetsFrom(box, []);
}

/**
 * Whenever an event opens (a marker, the List, search, a link, Back/Forward),
 * brings its place out from under the toolbar and panels. Called after the
 * page is laid out for the open event and after Back/Forward has moved the
 * map, so it measures the panels as they are and has the last word; the map's
 * `move` then writes the URL.
 */
export function useChosenInView(storyMap: StoryMap, event: string | null, navigation: number, linkHasView: boolean): void {
  // The event the page opened with, from a link that gives no view of its own: centred in the uncovered map
  // (the default frame is about the whole story, not this event). Every later one pans as little as it can.
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: Back/Forward (navigation) may bring the same event back into a moved map
  useEffect(
    function bringChosenIntoView() {
      const centre = first.current && !linkHasView;
      first.current = false;
      if (event) storyMap.showInView(event, coveredInsets(storyMap.map.getContainer()), { centre });
    },
    [storyMap, event, navigation],
  );
}
