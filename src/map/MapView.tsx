// The app's side of the map: it takes over the Leaflet map the first view drew
// (firstView.ts), puts it in the page, and keeps its layers in step with the
// app's state. React passes plain data in; Leaflet owns the map's DOM.
import { createLeafletContext, LeafletContext } from '@react-leaflet/core';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { Model } from '../data/model';
import type { VisibleData } from '../state/visibleData';
import { placeNamesOf } from './drawEventMarkers';
import { placeLabelsOf } from './drawPlaceLabels';
import { EventMarkers } from './EventMarkers';
import type { MapScene } from './firstView';
import { OnlineTiles } from './OnlineTiles';
import { PlaceLabels } from './PlaceLabels';
import { RouteLayer } from './RouteLayer';
import { ViewSync, type MoveRequest } from './ViewSync';
import { MAX_ZOOM } from './zoomRange';
import { ZonesLayer } from './ZonesLayer';

interface Props {
  scene: MapScene;
  model: Model;
  visible: VisibleData;
  online: boolean;
  moveRequest: MoveRequest;
  selectedEvent: string | null;
  selectedPlaces: readonly string[] | null;
  onMove: (center: [number, number], zoom: number) => void;
  onSelectEvent: (id: string) => void;
  onSelectPlaces: (locationIds: string[]) => void;
  onTilesUnavailable: () => void;
  onBasemapError: (message: string) => void;
}

export function MapView(props: Props) {
  const { scene, model, visible, onSelectEvent, onSelectPlaces, onBasemapError } = props;
  const { map } = scene;
  const context = useMemo(() => createLeafletContext(map), [map]);
  const placeNames = useMemo(() => placeNamesOf(model), [model]);
  const places = useMemo(() => placeLabelsOf(model), [model]);
  const slot = useRef<HTMLDivElement>(null);

  // Before any paint: the map moves from the first view's page into this one
  // (React cleared the first one when it rendered), at the same place and size.
  useLayoutEffect(
    function placeMap() {
      slot.current!.append(map.getContainer());
    },
    [map],
  );
  // After the layers below have drawn theirs (a parent's effects run after its
  // children's), in the same task: the first view's layers go, with no frame between.
  useEffect(
    function takeOver() {
      scene.handOver({ onSelectEvent, onSelectPlaces });
    },
    // Once, on mount: the handlers only matter for a selection made before it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [scene],
  );
  useEffect(
    function reportBasemapFailure() {
      let mounted = true;
      scene.basemap.catch((error: Error) => {
        if (mounted) onBasemapError(`The embedded basemap could not be loaded (${error.message}).`);
      });
      return () => {
        mounted = false;
      };
    },
    [scene, onBasemapError],
  );

  return (
    <div ref={slot} className="map-slot">
      <LeafletContext value={context}>
        <ViewSync request={props.moveRequest} onMove={props.onMove} />
        {props.online && <OnlineTiles onUnavailable={props.onTilesUnavailable} />}
        <ZonesLayer zones={visible.zones} />
        <RouteLayer routes={visible.routes} selected={props.selectedEvent} onSelect={onSelectEvent} />
        {visible.showLabels && <PlaceLabels places={places} />}
        <EventMarkers
          groups={visible.groups}
          placeNames={placeNames}
          selectedEvent={props.selectedEvent}
          maxZoom={MAX_ZOOM}
          selectedPlaces={props.selectedPlaces}
          onSelectEvent={onSelectEvent}
          onSelectPlaces={onSelectPlaces}
        />
      </LeafletContext>
    </div>
  );
}
