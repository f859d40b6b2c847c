// The app: one frozen model in, view state in the URL, plain data to the layers.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Model } from './data/model';
import { afterNextPaint } from './map/afterNextPaint';
import type { StoryMap } from './map/StoryMap';
import { useChosenInView, useStoryMap } from './map/useStoryMap';
import { useStoryAreaInView } from './map/useStoryAreaInView';
import { useEscapeCloses } from './panel/useEscapeCloses';
import { useStoryTour } from './panel/useStoryTour';
import { useExports } from './export/useExports';
import { NO_ROOM_BESIDE_AN_EVENT, PHONE_LAYOUT, pageClass } from './pageLayout';
import { CoverageMatrix } from './lazyParts';
import { AboutDialog } from './lazyParts';
import { Dialog } from './panel/Dialog';
import { EmbedDialog } from './lazyParts';
import { EmbedLegend } from './panel/EmbedLegend';
import { EventList } from './panel/EventList';
import { DetailPanel, type Selection } from './panel/DetailPanel';
import { Notices } from './panel/Notices';
import { useUpdatedNotice } from './offline/useUpdatedNotice';
import { SidePanel } from './panel/SidePanel';
import { StoryTour } from './panel/StoryTour';
import { Toolbar } from './panel/Toolbar';
import { hatchedKinds } from './state/shownChange';
import { PlayControl } from './panel/PlayControl';
import { Timeline } from './panel/Timeline';
import { lastVisibleData, sameFilter } from './state/lastVisibleData';
import { viewFilter } from './state/visibleData';
import { formatPermalink, type ParsedPermalink } from './url/permalink';
import { permalinkOptions } from './url/permalinkOptions';
import { APP_READY_MARK } from './performanceMarks';
import { STORY } from './story';
import type { LayerId } from './layers';
import { useUrlState } from './url/useUrlState';


/**
 * A town found by search: the nearest zoom at which the smallest towns are labelled (story.json gazetteer
 * tiers), so the one chosen is named with its neighbours around it, and the reader can still zoom in. At the
 * map's last zoom (10) a town stood alone on a bare coast with + greyed out.
 */
const TOWN_ZOOM = 9;

/** Whether the page is laid out for `query` (pageLayout.ts); false where matchMedia is missing. */
const matches = (query: string): boolean => window.matchMedia?.(query).matches ?? false;

/** Zoom the map goes to when a place is found, by kind of place. */
const FIND_ZOOM: Record<string, number> = { 'air-base': 9, city: 8, capital: 7, district: 10, 'front-line': 9, region: 6, country: 5 };

interface Props {
  model: Model;
  /** the map the first view made (map/firstView.ts): the app calls its setters and listens to its events */
  storyMap: StoryMap;
  /** the URL as the page opened, parsed once by the first view */
  opened: ParsedPermalink;
  /** the .app element around the map and the app (pageLayout.ts), whose classes the app sets */
  page: HTMLElement;
}

export function App({ model, storyMap, opened, page }: Props) {
  const options = useMemo(() => permalinkOptions(model), [model]);
  // The same array for the page's life: search builds its index from it, and a
  // new one each render rebuilt the index on every date step.
  const locations = useMemo(() => [...model.locations.values()], [model]);
  const url = useUrlState(options, opened);
  const { view, update } = url;
  // The map may already show a pick made before the app loaded (StoryMap.getSelection).
  const [selectedPlaces, setSelectedPlaces] = useState<readonly string[] | null>(() => storyMap.getSelection().places);
  const [online, setOnline] = useState(false);
  const [localNotices, setLocalNotices] = useState<string[]>([]);
  // Closed on a phone, and where the link opens a story tour: its card stands where the panel does, as the Story button closes it.
  // Closed too where the link opens an event and there is no room for both panels and a map (NO_ROOM_BESIDE_AN_EVENT).
  const [panelOpen, setPanelOpen] = useState(
    () => !matches(PHONE_LAYOUT) && opened.state.story === undefined && !(opened.state.event !== null && matches(NO_ROOM_BESIDE_AN_EVENT)),
  );
  // The list and the layers panel share the left side: opening one closes the other.
  const [listOpen, setListOpen] = useState(false);
  const [dialog, setDialog] = useState<'coverage' | 'embed' | 'about' | null>(null);
  // The map was on screen before the app loaded (map/firstView.ts): the map,
  // which is what a reader came for, is not kept waiting for the rest of the
  // page. `npm run bench` times both.
  useEffect(function markReady() {
    return afterNextPaint(() => performance.mark(APP_READY_MARK));
  }, []);
  const minArticles = view.minArticles ?? 1;
  const embed = view.embed === true;

  const filter = useMemo(
    () => viewFilter({ layers: view.layers, from: view.from, to: view.to, minArticles }),
    [view.layers, view.from, view.to, minArticles],
  );
  // The first view drew the map from the link's filter: while the filter is that
  // one, its data is reused, so the app's arrival redraws nothing (layers compare data by identity).
  const opening = useRef({ filter: viewFilter(opened.state), visible: storyMap.getData() });
  const visible = useMemo(
    () => (sameFilter(filter, opening.current.filter) ? opening.current.visible : lastVisibleData(model, filter, STORY).visible),
    [model, filter],
  );
  const hatched = useMemo(() => hatchedKinds(visible), [visible]);
  const pageUrl = () => window.location.href.split('#')[0] ?? '';
  // The panels are memo: what is given to them keeps its identity until what
  // it shows changes, so a date step or a pan redraws only the panels that
  // depend on it.
  const onExport = useExports({ model, visible, filter, storyMap, online });
  const onDates = useCallback((from: string, to: string, how?: { replace: boolean }) => update({ from, to }, how), [update]);
  const onLayersChange = useCallback((layers: LayerId[]) => update({ layers }), [update]);
  const onMinArticlesChange = useCallback((n: number) => update({ minArticles: n }), [update]);
  const onOpenCoverage = useCallback(() => setDialog('coverage'), []);
  const onOpenEmbed = useCallback(() => setDialog('embed'), []);
  const onCloseList = useCallback(() => setListOpen(false), []);
  const onClosePanel = useCallback(() => setPanelOpen(false), []);
  const onOpenAbout = useCallback(() => setDialog('about'), []);
  const onToggleList = useCallback(() => {
    setListOpen((o) => !o);
    setPanelOpen(false);
  }, []);
  const onTogglePanel = useCallback(() => {
    setPanelOpen((o) => !o);
    setListOpen(false);
  }, []);

  // An event opening on a screen with no room for both panels closes Layers & dates, which the reader reopens at will:
  // the map between them would be a sliver, its event out of sight under one of them.
  const shownEvent = useRef(view.event);
  useEffect(
    function makeRoomForTheEvent() {
      if (view.event !== null && view.event !== shownEvent.current && matches(NO_ROOM_BESIDE_AN_EVENT)) setPanelOpen(false);
      shownEvent.current = view.event;
    },
    [view.event],
  );

  const onSelectEvent = useCallback((id: string) => {
    setSelectedPlaces(null);
    update({ event: id });
  }, [update]);
  const onSelectPlaces = useCallback((locationIds: readonly string[]) => {
    setSelectedPlaces(locationIds);
    update({ event: null });
  }, [update]);
  const addNotice = useCallback((n: string) => setLocalNotices((ns) => (ns.includes(n) ? ns : [...ns, n])), []);
  useUpdatedNotice(addNotice);
  const onFind = useCallback((locationId: string) => {
    const at = model.labelPoints.get(locationId);
    const kind = model.locations.get(locationId)?.properties.kind ?? 'city';
    if (at) storyMap.setView(at, FIND_ZOOM[kind] ?? 8);
  }, [model, storyMap]);
  const onFindTown = useCallback((at: [number, number]) => storyMap.setView(at, TOWN_ZOOM), [storyMap]);

  // Once, as the app comes: the reader may have zoomed, panned or picked a
  // marker on the first view meanwhile. The URL takes the map's view (and is
  // written even when the link named none), and the map's pick is the app's.
  const started = useRef(false);
  useEffect(
    function startFromTheMap() {
      // Only on mount: later changes flow from the app to the map.
      if (started.current) return;
      started.current = true;
      const picked = storyMap.getSelection();
      if (picked.event !== view.event) update({ event: picked.event });
      update(storyMap.getView());
    },
    [storyMap, update, view.event],
  );
  // After startFromTheMap, which reads the map before the app's state is put
  // on it; before followHistory, so that Back/Forward moves a map that already
  // shows the new data, and markers are drawn for the new view once.
  useStoryMap(storyMap, { visible, event: view.event, places: selectedPlaces, online, onSelectEvent, onSelectPlaces, onMove: update, onNotice: addNotice });
  // Only Back/Forward (navigation) moves the map here; pans already moved it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation alone, reading the view it brought
  useEffect(
    function followHistory() {
      if (url.navigation === 0) return;
      if (url.present.has('map')) storyMap.setView(view.center, view.zoom);
      else storyMap.fitDefault();
      // A view that did not change fires no move: the URL is written anyway.
      update(storyMap.getView());
    },
    [url.navigation],
  );

  const selectedEvent = view.event ? model.eventsById.get(view.event) : undefined;
  // The same object until what is selected changes: the detail panel moves
  // focus to its heading when it gets a new selection, and a map move (which
  // re-renders the app) must not take focus from where the reader is.
  const selection = useMemo((): Selection | null => {
    if (selectedEvent) return { kind: 'event', event: selectedEvent };
    if (!selectedPlaces) return null;
    // An event with a path is a line, not one of the place's markers.
    const events = visible.events.filter((e) => !e.path && selectedPlaces.includes(e.locationId));
    return events.length > 0 ? { kind: 'place', locationIds: selectedPlaces, events } : null;
  }, [selectedEvent, selectedPlaces, visible.events]);

  const hasDetail = selection !== null;
  // Where focus goes when the panel closes and what opened it is gone: the
  // marker (or route label) of what it showed, which the map keeps across selections.
  const shown = selection;
  const returnFocusTo = useCallback(() =>
    shown === null ? null
      : storyMap.elementFor(shown.kind === 'event' ? { event: shown.event.id } : { places: shown.locationIds }), [shown, storyMap]);
  const onCloseDetail = useCallback(() => {
    setSelectedPlaces(null);
    update({ event: null });
  }, [update]);
  useEscapeCloses(hasDetail, onCloseDetail);
  const notices = useMemo(() => [...url.notices, ...localNotices], [url.notices, localNotices]);
  const { dismissNotices } = url;
  const onDismissNotices = useCallback(() => {
    dismissNotices();
    setLocalNotices([]);
  }, [dismissNotices]);
  const playControl = useMemo(
    () => <PlayControl from={view.from} to={view.to} bounds={options.dateBounds} onChange={onDates} />,
    [view.from, view.to, options.dateBounds, onDates],
  );
  const touring = !embed && view.story !== undefined && model.narratives.has(view.story);
  useEffect(
    function layOutPage() {
      page.className = pageClass({ detail: hasDetail, embed, tour: touring });
    },
    [page, hasDetail, embed, touring],
  );
  // After the page is laid out for the tour, so a step's move measures its panel.
  const tour = useStoryTour(model, storyMap, view, update, () => {
    setSelectedPlaces(null);
    setPanelOpen(false);
    setListOpen(false);
  }, url);
  // After the page is laid out for the event and Back/Forward moved the map.
  useChosenInView(storyMap, view.event, url.navigation, url.present.has('map'));
  useStoryAreaInView(storyMap, panelOpen ? 'layers' : listOpen ? 'list' : null);

  const detail = selection && (
    <DetailPanel
      model={model}
      selection={selection}
      returnFocusTo={returnFocusTo}
      onSelectEvent={onSelectEvent}
      onClose={onCloseDetail}
    />
  );

  return (
    <>
      {embed ? (
        <EmbedLegend
          fullMapHref={`${pageUrl()}${formatPermalink({ ...view, embed: false }, options)}`}
          from={view.from}
          to={view.to}
          zoneKinds={new Set(visible.zones.map((z) => z.properties.faction))}
          routes={visible.routes.length > 0}
          factions={new Set(view.layers)}
        />
      ) : (<>
      {/* First in the tab order: the toolbar and panels come before the map (pageLayout.ts). */}
      <button type="button" className="skip-link" onClick={() => storyMap.map.getContainer().focus()}>Skip to the map</button>
      <Toolbar locations={locations} events={model.events} onFind={onFind} onFindTown={onFindTown} onFindEvent={onSelectEvent}
        listOpen={listOpen} onToggleList={onToggleList} panelOpen={panelOpen} onTogglePanel={onTogglePanel}
        tour={model.narratives.size > 0 ? { open: touring, onToggle: () => (touring ? tour.close() : tour.start()) } : null}
        onOpenAbout={onOpenAbout} />
      <SidePanel open={panelOpen} onClose={onClosePanel} model={model} layers={view.layers} onLayersChange={onLayersChange}
        from={view.from} to={view.to} bounds={options.dateBounds} onDates={onDates} visible={visible} hatched={hatched}
        onSelectEvent={onSelectEvent} online={online} onOnlineChange={setOnline} minArticles={minArticles}
        onMinArticlesChange={onMinArticlesChange} onOpenCoverage={onOpenCoverage} onOpenEmbed={onOpenEmbed} onExport={onExport} />
      <Timeline model={model} layers={view.layers} minArticles={minArticles} from={view.from} to={view.to}
        bounds={options.dateBounds} eventCount={visible.events.length} spanningCount={visible.spanning}
        selected={view.event} onChange={onDates} onSelectEvent={onSelectEvent}
        controls={playControl} />
      {listOpen && (
        <EventList model={model} events={visible.events} selected={view.event}
          onSelect={onSelectEvent} onClose={onCloseList} />
      )}
      {dialog === 'coverage' && (
        <Dialog id="coverage-title" title="Coverage: what each article reports" className="coverage-dialog" onClose={() => setDialog(null)}>
          <CoverageMatrix model={model} events={visible.events} onSelect={(id) => {
            setDialog(null);
            onSelectEvent(id);
          }} />
        </Dialog>
      )}
      {dialog === 'about' && <AboutDialog model={model} onClose={() => setDialog(null)} />}
      {dialog === 'embed' && (
        <EmbedDialog embedUrl={`${pageUrl()}${formatPermalink({ ...view, embed: true }, options)}`} onClose={() => setDialog(null)} />
      )}
      </>)}
      {detail}
      {/* After the detail panel, so that its focus on the step comes last. */}
      {touring && tour.step && <StoryTour model={model} tour={tour.step} onGo={tour.go} onClose={tour.close} />}
      <Notices notices={notices} onDismiss={onDismissNotices} />
    </>
  );
}
