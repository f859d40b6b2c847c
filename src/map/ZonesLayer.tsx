// The zones of the visible snapshot on the map (drawZones.ts), redrawn when they change.
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { ZoneFeature } from '../data/schema';
import { drawZones } from './drawZones';

export function ZonesLayer({ zones }: { zones: readonly ZoneFeature[] }) {
  const map = useMap();
  useEffect(
    function showZones() {
      return drawZones(map, zones);
    },
    [map, zones],
  );
  return null;
}
