// A panel that controls the map's layers must not hide what it controls: when
// the reader opens the Layers & dates panel or the List on a phone, where they
// are bottom sheets (styles.css), the story's area is brought into the part of
// the map above them. On a wide screen the panels lie beside the default
// frame, and the map is left where the reader put it.
import { useEffect, useRef } from 'react';
import { PHONE_LAYOUT } from '../pageLayout';
import type { StoryMap } from './StoryMap';
import { coveredInsets } from './useStoryMap';

/** `open`: which panel over the map is open ('layers', 'list'), or null for none. */
export function useStoryAreaInView(storyMap: StoryMap, open: string | null): void {
  const opened = useRef(open);
  useEffect(
    function keepStoryAreaUncovered() {
      // Only when the reader opens one: the map a link opened at stays as it is.
      if (opened.current === open) return;
      opened.current = open;
      if (!open || !window.matchMedia?.(PHONE_LAYOUT).matches) return;
      // Measured after the sheet is laid out; the map's `move` then writes the URL.
      storyMap.showStoryArea(coveredInsets(storyMap.map.getContainer()));
    },
    [storyMap, open],
  );
}
