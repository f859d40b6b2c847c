// The app's side of the map object (StoryMap.ts): the app's state goes in
// through the map's setters, from effects, only when it changes; what the
// reader does on the map comes back through its events. React renders nothing
// into the map.
import { useEffect } from 'react';
import type { VisibleData } from '../state/visibleData';
import type { MapPosition, StoryMap } from './StoryMap';

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
