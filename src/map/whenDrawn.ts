// Says when the default view is fully drawn: once the basemap is on the map
// (basemapLayer.ts marks the container data-basemap="ready"; zones, markers and
// the route were drawn with the map, before its download could finish) and the
// frame with it has been drawn, it adds a `map-drawn` performance mark and
// data-drawn="true". The benchmark (npm run bench) times the page by it; tests
// may wait for it. It also says when the map is on screen (onShown), so the
// rest of the page can be drawn after the map rather than before it: at the
// drawn frame, or at the map's first frame when the basemap was not ready for
// it (a slow download, or a failed one), which nothing else should wait for.
import type L from 'leaflet';
import { MAP_DRAWN_MARK } from '../performanceMarks';
import { afterNextPaint } from './afterNextPaint';

export function whenDrawn(map: L.Map, onShown: () => void): void {
  const el = map.getContainer();
  let shown = false;
  const show = () => {
    if (shown) return;
    shown = true;
    onShown();
  };
  afterNextPaint(() => {
    if (el.dataset.basemap !== 'ready') show();
  });
  const drawn = () =>
    afterNextPaint(() => {
      performance.mark(MAP_DRAWN_MARK);
      el.dataset.drawn = 'true';
      show();
    });
  if (el.dataset.basemap === 'ready') {
    drawn();
    return;
  }
  const observer = new MutationObserver(() => {
    if (el.dataset.basemap !== 'ready') return;
    observer.disconnect();
    drawn();
  });
  observer.observe(el, { attributes: true, attributeFilter: ['data-basemap'] });
}
