// Says when the default view is fully drawn: once the basemap is on the map
// (BasemapLayer marks the container data-basemap="ready"; zones, markers and the
// route were added on mount, before its fetch could finish) and the frame with
// it has been drawn, it adds a `map-drawn` performance mark and data-drawn="true".
// The benchmark (npm run bench) times the page by it; tests may wait for it.
// It also tells the app when the map is on screen (onShown), so the rest of
// the page can be drawn after the map rather than before it: at the drawn
// frame, or at the map's first frame when the basemap was not ready for it
// (a slow download, or a failed one), which nothing else should wait for.
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { afterNextPaint } from './afterNextPaint';

export const DRAWN_MARK = 'map-drawn';

export function DrawnSignal({ onShown }: { onShown?: () => void }) {
  const map = useMap();
  const onShownRef = useRef(onShown);
  onShownRef.current = onShown;
  useEffect(
    function markWhenDrawn() {
      const el = map.getContainer();
      let shown = false;
      const show = () => {
        if (shown) return;
        shown = true;
        onShownRef.current?.();
      };
      const cancels: (() => void)[] = [];
      cancels.push(
        afterNextPaint(() => {
          if (el.dataset.basemap !== 'ready') show();
        }),
      );
      const drawn = () =>
        cancels.push(
          afterNextPaint(() => {
            performance.mark(DRAWN_MARK);
            el.dataset.drawn = 'true';
            show();
          }),
        );
      const observer = new MutationObserver(() => {
        if (el.dataset.basemap !== 'ready') return;
        observer.disconnect();
        drawn();
      });
      if (el.dataset.basemap === 'ready') drawn();
      else observer.observe(el, { attributes: true, attributeFilter: ['data-basemap'] });
      return () => {
        observer.disconnect();
        for (const cancel of cancels) cancel();
      };
    },
    [map],
  );
  return null;
}
