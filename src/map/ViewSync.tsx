// Keeps the Leaflet view and the app's view state in step without remounting:
// the map moves through setView/fitBounds when asked, and reports every move.
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { DEFAULT_BOUNDS, defaultFrame } from './createMap';

/** A request to move the map; a new `seq` means "move now", even to the same place. */
export interface MoveRequest {
  seq: number;
  center: readonly [number, number] | null;
  zoom: number | null;
}

interface Props {
  request: MoveRequest;
  onMove: (center: [number, number], zoom: number) => void;
}

export function ViewSync({ request, onMove }: Props) {
  const map = useMap();
  const onMoveRef = useRef(onMove);
  onMoveRef.current = onMove;

  useEffect(
    function reportMoves() {
      const report = () => {
        const c = map.getCenter();
        onMoveRef.current([c.lat, c.lng], map.getZoom());
      };
      map.on('moveend', report);
      return () => {
        map.off('moveend', report);
      };
    },
    [map],
  );

  useEffect(
    function applyMoveRequest() {
      // The first request (seq 0) is the view the map opened at (createMap.ts): no move needed.
      if (request.seq > 0 && request.center && request.zoom !== null) {
        map.setView([request.center[0], request.center[1]], request.zoom, { animate: false });
      } else if (request.seq > 0) {
        map.fitBounds(DEFAULT_BOUNDS, defaultFrame(map.getSize().x));
      }
      // setView to the current view fires no moveend; report anyway so the URL is written.
      const c = map.getCenter();
      onMoveRef.current([c.lat, c.lng], map.getZoom());
    },
    [map, request.seq],
  );
  return null;
}
