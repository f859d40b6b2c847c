// The reported jet transfer on the map (drawRoutes.ts), redrawn when the routes or the selection change.
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { PathEventView } from '../data/model';
import { drawRoutes } from './drawRoutes';

interface Props {
  routes: readonly PathEventView[];
  selected: string | null;
  onSelect: (id: string) => void;
}

export function RouteLayer({ routes, selected, onSelect }: Props) {
  const map = useMap();
  useEffect(
    function showRoutes() {
      return drawRoutes(map, routes, selected, onSelect);
    },
    [map, routes, selected, onSelect],
  );
  return null;
}
