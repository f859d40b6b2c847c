// The Leaflet map and its layers. React passes plain data in; Leaflet owns the DOM.
import 'leaflet/dist/leaflet.css';
import { useMemo, useRef } from 'react';
import { MapContainer, Pane, ScaleControl, ZoomControl } from 'react-leaflet';
import type { Model } from '../data/model';
import type { VisibleData } from '../state/visibleData';
import { BasemapLayer } from './BasemapLayer';
import { DrawnSignal } from './DrawnSignal';
import { EventMarkers } from './EventMarkers';
import { OnlineTiles } from './OnlineTiles';
import { PlaceLabels, type PlaceLabel } from './PlaceLabels';
import { RouteLayer } from './RouteLayer';
import { ZoomBand } from './ZoomBand';
import { DEFAULT_BOUNDS, defaultFrame, ViewSync, type MoveRequest } from './ViewSync';
import { ZonesLayer } from './ZonesLayer';

export const MIN_ZOOM = 3;
export const MAX_ZOOM = 12;

interface Props {
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
  /** the map is on screen (see DrawnSignal): the rest of the page may be drawn */
  onShown?: () => void;
}

export function MapView(props: Props) {
  const { model, visible } = props;
  const placeNames = useMemo(
    () => new Map([...model.locations.values()].map((l) => [l.properties.id, l.properties.name])),
    [model],
  );
  const places = useMemo<PlaceLabel[]>(
    () =>
      [...model.locations.values()]
        .filter((l) => l.properties.kind !== 'country')
        .map((l) => ({ id: l.properties.id, name: l.properties.name, kind: l.properties.kind, at: model.labelPoints.get(l.properties.id)! }))
        .filter((p) => p.at),
    [model],
  );
  // Created at the first view asked for (a permalink's, or the default frame;
  // the map fills the window), so that Leaflet lays out its first view once.
  const first = useRef(props.moveRequest).current;
  const initialView =
    first.center && first.zoom !== null
      ? { center: [first.center[0], first.center[1]] as [number, number], zoom: first.zoom }
      : { bounds: DEFAULT_BOUNDS, boundsOptions: defaultFrame(window.innerWidth) };
  return (
    <MapContainer
      className="map"
      {...initialView}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      worldCopyJump={false}
      attributionControl
      zoomControl={false}
    >
      <ZoomControl position="topright" />
      <ZoomBand />
      <ScaleControl imperial={false} position="bottomleft" />
      <Pane name="basemap" style={{ zIndex: 150 }} />
      <Pane name="zones" style={{ zIndex: 350 }} />
      <Pane name="route" style={{ zIndex: 450 }} />
      <Pane name="placeLabels" style={{ zIndex: 460, pointerEvents: 'none' }} />
      <Pane name="zoneLabels" style={{ zIndex: 470 }} />
      {/* Before the layers: they are added at the first view, not drawn at Leaflet's initial one and then moved. */}
      <ViewSync request={props.moveRequest} onMove={props.onMove} />
      <BasemapLayer onError={props.onBasemapError} />
      {props.online && <OnlineTiles onUnavailable={props.onTilesUnavailable} />}
      <ZonesLayer zones={visible.zones} />
      <RouteLayer routes={visible.routes} selected={props.selectedEvent} onSelect={props.onSelectEvent} />
      {visible.showLabels && <PlaceLabels places={places} />}
      <EventMarkers
        groups={visible.groups}
        placeNames={placeNames}
        selectedEvent={props.selectedEvent}
        maxZoom={MAX_ZOOM}
        selectedPlaces={props.selectedPlaces}
        onSelectEvent={props.onSelectEvent}
        onSelectPlaces={props.onSelectPlaces}
      />
      <DrawnSignal onShown={props.onShown} />
    </MapContainer>
  );
}
