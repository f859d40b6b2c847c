// Marks the map container with a zoom band (zoom-far < 7 ≤ zoom-mid < 9 ≤ zoom-near)
// so CSS can hide labels that would collide when zoomed out.
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

export function zoomBand(zoom: number): 'zoom-far' | 'zoom-mid' | 'zoom-near' {
  return zoom < 7 ? 'zoom-far' : zoom < 9 ? 'zoom-mid' : 'zoom-near';
}

export function ZoomBand() {
  const map = useMap();
  useEffect(
    function markZoomBand() {
      const el = map.getContainer();
      const mark = () => {
        el.classList.remove('zoom-far', 'zoom-mid', 'zoom-near');
        el.classList.add(zoomBand(map.getZoom()));
      };
      mark();
      map.on('zoomend', mark);
      return () => {
        map.off('zoomend', mark);
      };
    },
    [map],
  );
  return null;
}
