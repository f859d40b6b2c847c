// Says when the default view is fully drawn: once the basemap is on the map
// (BasemapLayer marks the container data-basemap="ready"; zones, markers and the
// route were added on mount, before its fetch could finish) and a frame with it
// has been painted, it adds a `map-drawn` performance mark and data-drawn="true".
// The benchmark (npm run bench) times the page by it; tests may wait for it.
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

export const DRAWN_MARK = 'map-drawn';

export function DrawnSignal() {
  const map = useMap();
  useEffect(
    function markWhenDrawn() {
      const el = map.getContainer();
      let frame = 0;
      // Two frames: the first paints what was just added, the second starts after it.
      const afterPaint = () => {
        frame = requestAnimationFrame(() => {
          frame = requestAnimationFrame(() => {
            performance.mark(DRAWN_MARK);
            el.dataset.drawn = 'true';
          });
        });
      };
      const observer = new MutationObserver(() => {
        if (el.dataset.basemap !== 'ready') return;
        observer.disconnect();
        afterPaint();
      });
      if (el.dataset.basemap === 'ready') afterPaint();
      else observer.observe(el, { attributes: true, attributeFilter: ['data-basemap'] });
      return () => {
        observer.disconnect();
        cancelAnimationFrame(frame);
      };
    },
    [map],
  );
  return null;
}
