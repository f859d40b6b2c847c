// The app: one frozen model in, view state in the URL, plain data to the layers.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Model } from './data/model';
import { afterNextPaint } from './map/afterNextPaint';
import type { MapScene } from './map/firstView';
import { MapView } from './map/MapView';
import type { MoveRequest } from './map/ViewSync';
import { downloadFile } from './export/downloadFile';
import { filteredGeoJson } from './export/filteredGeoJson';
import { AnalystTools } from './panel/AnalystTools';
import { CopyLinkButton } from './panel/CopyLinkButton';
import { CoverageMatrix } from './panel/CoverageMatrix';
import { Dialog } from './panel/Dialog';
import { EmbedDialog } from './panel/EmbedDialog';
import { EmbedLegend } from './panel/EmbedLegend';
import { EventList } from './panel/EventList';
import { DetailPanel, type Selection } from './panel/DetailPanel';
import { LayerPanel } from './panel/LayerPanel';
import { Notices } from './panel/Notices';
import { SearchBox } from './panel/SearchBox';
import { ZoneSources } from './panel/ZoneSources';
import { TimeControl } from './panel/TimeControl';
import { viewFilter, visibleData } from './state/visibleData';
import { formatPermalink } from './url/permalink';
import { permalinkOptions } from './url/permalinkOptions';
import { STORY } from './story';
import { useUrlState } from './url/useUrlState';

/** Performance mark: the whole page, map, toolbar and panels, is on screen. */
export const READY_MARK = 'app-ready';

/** Zoom the map goes to when a place is found, by kind of place. */
const FIND_ZOOM: Record<string, number> = { 'air-base': 9, city: 8, capital: 7, district: 10, 'front-line': 9, region: 6, country: 5 };

/**
 * `scene`: the map the first view drew (map/firstView.ts), which MapView takes
 * over; the page's toolbar and panels come with the app, after the map.
 */
export function App({ model, scene }: { model: Model; scene: MapScene }) {
  const options = useMemo(() => permalinkOptions(model), [model]);
  const url = useUrlState(options);
  const { view, update } = url;
  const [moveRequest, setMoveRequest] = useState<MoveRequest>(() => ({
    seq: 0,
    center: url.hadMap ? view.center : null,
    zoom: url.hadMap ? view.zoom : null,
  }));
  useEffect(
    function followHistory() {
      if (url.navigation === 0) return;
      setMoveRequest((m) => ({ seq: m.seq + 1, center: url.hadMap ? view.center : null, zoom: url.hadMap ? view.zoom : null }));
    },
    // Only Back/Forward (navigation) moves the map here; pans already moved it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [url.navigation],
  );
  const [selectedPlaces, setSelectedPlaces] = useState<string[] | null>(null);
  const [online, setOnline] = useState(false);
  const [localNotices, setLocalNotices] = useState<string[]>([]);
  const [panelOpen, setPanelOpen] = useState(() => window.matchMedia?.('(min-width: 700px)').matches ?? true);
  // The list and the layers panel share the left side: opening one closes the other.
  const [listOpen, setListOpen] = useState(false);
  const [dialog, setDialog] = useState<'coverage' | 'embed' | null>(null);
  // The map was on screen before the app loaded (map/firstView.ts): the map,
  // which is what a reader came for, is not kept waiting for the rest of the
  // page. `npm run bench` times both.
  useEffect(function markReady() {
    return afterNextPaint(() => performance.mark(READY_MARK));
  }, []);
  const minArticles = view.minArticles ?? 1;
  const embed = view.embed === true;

  const filter = useMemo(
    () => viewFilter({ layers: view.layers, from: view.from, to: view.to, minArticles }),
    [view.layers, view.from, view.to, minArticles],
  );
  const visible = useMemo(() => visibleData(model, filter, STORY), [model, filter]);
  const downloadGeoJson = () => {
    const json = JSON.stringify(filteredGeoJson(model, visible, filter), null, 2);
    downloadFile(new Blob([json], { type: 'application/geo+json' }), `${STORY.fileStem}_${view.from}_${view.to}.geojson`);
  };
  const downloadPng = async () => {
    const map = document.querySelector<HTMLElement>('.leaflet-container');
    if (!map) throw new Error('no map on the page');
    // Loaded on first use: most readers never export an image.
    const { mapImage } = await import('./export/mapImage');
    downloadFile(await mapImage(map), `${STORY.fileStem}-map_${view.from}_${view.to}.png`);
  };
  const pageUrl = () => window.location.href.split('#')[0] ?? '';

  const onMove = useCallback((center: [number, number], zoom: number) => update({ center, zoom }), [update]);
  const onSelectEvent = useCallback((id: string) => {
    setSelectedPlaces(null);
    update({ event: id });
  }, [update]);
  const onSelectPlaces = useCallback((locationIds: string[]) => {
    setSelectedPlaces(locationIds);
    update({ event: null });
  }, [update]);
  const addNotice = useCallback((n: string) => setLocalNotices((ns) => (ns.includes(n) ? ns : [...ns, n])), []);
  const onTilesUnavailable = useCallback(
    () => addNotice('Online tiles are unavailable; showing the embedded basemap.'),
    [addNotice],
  );
  const onFind = useCallback((locationId: string) => {
    const at = model.labelPoints.get(locationId);
    const kind = model.locations.get(locationId)?.properties.kind ?? 'city';
    if (at) setMoveRequest((m) => ({ seq: m.seq + 1, center: at, zoom: FIND_ZOOM[kind] ?? 8 }));
  }, [model]);

  let selection: Selection | null = null;
  const selectedEvent = view.event ? model.eventsById.get(view.event) : undefined;
  const selectedRoute = view.event ? model.routes.find((r) => r.properties.id === view.event) : undefined;
  if (selectedEvent) selection = { kind: 'event', event: selectedEvent };
  else if (selectedRoute) selection = { kind: 'route', route: selectedRoute };
  else if (selectedPlaces) {
    const events = visible.events.filter((e) => selectedPlaces.includes(e.locationId));
    if (events.length > 0) selection = { kind: 'place', locationIds: selectedPlaces, events };
  }

  const detail = selection && (
    <DetailPanel
      model={model}
      selection={selection}
      onSelectEvent={onSelectEvent}
      onClose={() => {
        setSelectedPlaces(null);
        update({ event: null });
      }}
    />
  );

  return (
    <div className={`app${selection ? ' has-detail' : ''}${embed ? ' app-embed' : ''}`}>
      <MapView
        scene={scene}
        model={model}
        visible={visible}
        online={online}
        moveRequest={moveRequest}
        selectedEvent={view.event}
        selectedPlaces={selectedPlaces}
        onMove={onMove}
        onSelectEvent={onSelectEvent}
        onSelectPlaces={onSelectPlaces}
        onTilesUnavailable={onTilesUnavailable}
        onBasemapError={addNotice}
      />
      {embed ? (
        <EmbedLegend fullMapHref={`${pageUrl()}${formatPermalink({ ...view, embed: false }, options)}`} />
      ) : (<>
      <header className="toolbar">
        <h1 className="title">{STORY.shortTitle}</h1>
        <SearchBox locations={[...model.locations.values()]} onPick={onFind} />
        <CopyLinkButton />
        <button type="button" className="list-toggle" aria-expanded={listOpen} aria-controls="event-list"
          onClick={() => {
            setListOpen((o) => !o);
            setPanelOpen(false);
          }}>
          List
        </button>
        <button type="button" className="panel-toggle" aria-expanded={panelOpen} aria-controls="side-panel"
          onClick={() => {
            setPanelOpen((o) => !o);
            setListOpen(false);
          }}>
          Layers &amp; dates
        </button>
      </header>
      <div id="side-panel" className={`side-panel${panelOpen ? ' open' : ''}`} hidden={!panelOpen}>
        <LayerPanel
          layers={view.layers}
          onLayersChange={(layers) => update({ layers })}
          online={online}
          onOnlineChange={setOnline}
        />
        <TimeControl
          from={view.from}
          to={view.to}
          bounds={options.dateBounds}
          eventCount={visible.events.length}
          zonesAsOf={visible.snapshot}
          zonesOn={view.layers.includes('zones')}
          onChange={(from, to) => update({ from, to })}
        />
        <ZoneSources zones={visible.zones} />
        <AnalystTools
          minArticles={minArticles}
          onMinArticlesChange={(n) => update({ minArticles: n })}
          onOpenCoverage={() => setDialog('coverage')}
          onOpenEmbed={() => setDialog('embed')}
          onDownloadGeoJson={downloadGeoJson}
          onDownloadPng={downloadPng}
        />
      </div>
      {listOpen && (
        <EventList model={model} events={visible.events} routes={visible.routes} selected={view.event}
          onSelect={onSelectEvent} onClose={() => setListOpen(false)} />
      )}
      {dialog === 'coverage' && (
        <Dialog id="coverage-title" title="Coverage: what each article reports" className="coverage-dialog" onClose={() => setDialog(null)}>
          <CoverageMatrix model={model} events={visible.events} routes={visible.routes} onSelect={(id) => {
            setDialog(null);
            onSelectEvent(id);
          }} />
        </Dialog>
      )}
      {dialog === 'embed' && (
        <EmbedDialog embedUrl={`${pageUrl()}${formatPermalink({ ...view, embed: true }, options)}`} onClose={() => setDialog(null)} />
      )}
      </>)}
      {detail}
      <Notices notices={[...url.notices, ...localNotices]} onDismiss={() => {
        url.dismissNotices();
        setLocalNotices([]);
      }} />
    </div>
  );
}
