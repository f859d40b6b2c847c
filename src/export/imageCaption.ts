// What the exported picture says around the map, so that it can be published
// as it is: the story's title, the date window, a legend of only what the map
// shows (factions, zone kinds as drawn, how claims are marked, the routes),
// and the credits (the basemap, the tiles and town names when shown, the
// articles the shown events cite, by the names readers know them by). Pure
// data from the story and the current view; exportFrame.ts lays it out.
import type { Model } from '../data/model';
import type { Story } from '../data/storySchema';
import { formatDay } from '../dates';
import { articleLabel } from '../panel/articleLabel';
import type { ViewFilter, VisibleData } from '../state/visibleData';
import { GAZETTEER_CREDIT_TEXT } from '../data/gazetteer';

/** How a legend swatch is drawn, as the map draws that mark. */
export type LegendMark =
  /** an event marker of one faction, white outline: reported as fact */
  | 'dot'
  /** a marker's dashed ring: a party's claim or threat */
  | 'ring'
  /** a marker's dotted ring: some of the events it stands for are claims */
  | 'ring-dotted'
  /** a zone: filled at `opacity` with a solid edge */
  | 'area'
  /** a zone drawn dashed: nobody's for sure */
  | 'area-dashed'
  /** a dashed line in the colour of its side */
  | 'line';

export interface LegendItem {
  label: string;
  /** #rrggbb */
  colour: string;
  mark: LegendMark;
  /** fill opacity of an area, as the zones layer draws it (0–1); 1 for the other marks */
  opacity: number;
}

export interface ImageCaption {
  title: string;
  /** "15 May 2020 – 23 May 2020", or one day */
  dates: string;
  legend: LegendItem[];
  /** one sentence each */
  credits: string[];
}

export interface CaptionOptions {
  /** OpenStreetMap's tiles are drawn under the map */
  onlineTiles: boolean;
  /** town names from the GeoNames gazetteer are on the map (default false) */
  townLabels?: boolean;
}

export type CaptionStory = Pick<Story, 'title' | 'factions' | 'zoneKinds' | 'routes'>;

/** The ring's colour on the map (.event-marker-claim in styles.css). */
const RING_COLOUR = '#1d2430';
/** Zones' fill opacity, as zonesLayer.ts draws them: dashed kinds are filled more so the dashes read. */
const ZONE_OPACITY = 0.3;
const DASHED_ZONE_OPACITY = 0.45;

export const GEONAMES_CREDIT = `${GAZETTEER_CREDIT_TEXT}.`;

export function imageCaption(model: Model, visible: VisibleData, filter: Pick<ViewFilter, 'from' | 'to'>, story: CaptionStory, options: CaptionOptions): ImageCaption {
  const markers = visible.events.filter((e) => !e.line);
  // Markers and lines alike take their side's colour.
  const factionsShown = new Set(visible.events.map((e) => e.faction));
  const kindsShown = new Set(visible.zones.map((z) => z.properties.faction));
  const claims = markers.filter((e) => e.status !== 'reported').length;
  const routeColour = story.factions.find((f) => f.id === visible.routes[0]?.faction)?.colour ?? '#555555';
  const legend: LegendItem[] = [
    ...story.factions.filter((f) => factionsShown.has(f.id)).map((f): LegendItem => ({ label: f.name, colour: f.colour, mark: 'dot', opacity: 1 })),
    ...(claims > 0 ? [{ label: 'Dashed ring: a party’s claim or threat, not reported as fact', colour: RING_COLOUR, mark: 'ring' as const, opacity: 1 }] : []),
    // A marker stands for several events where they share a place or overlap.
    ...(claims > 0 && claims < markers.length ? [{ label: 'Dotted ring: some of the events there are claims', colour: RING_COLOUR, mark: 'ring-dotted' as const, opacity: 1 }] : []),
    ...(visible.routes.length > 0
      ? [{ label: `${story.routes?.label ?? 'Routes'}: drawn between the reported ends, not a known path`, colour: routeColour, mark: 'line' as const, opacity: 1 }]
      : []),
    ...story.zoneKinds
      .filter((k) => kindsShown.has(k.id))
      .map((k): LegendItem => ({ label: k.label, colour: k.colour, mark: k.dashed ? 'area-dashed' : 'area', opacity: k.dashed ? DASHED_ZONE_OPACITY : ZONE_OPACITY })),
  ];
  const cited = [...new Set(visible.events.flatMap((e) => e.sources.map((c) => c.source)))]
    .map((id) => model.sources.get(id))
    .filter((s) => s !== undefined)
    .map(articleLabel);
  const credits = [
    ...(cited.length > 0 ? [`Events as reported by: ${cited.join('; ')}.`] : []),
    ...(kindsShown.size > 0 ? ['Zones are approximate outlines drawn by hand from published reports.'] : []),
    // Under the online tiles the embedded basemap is not in the picture
    // (mapImage.ts); Natural Earth's coastline and borders still cut the zones.
    ...(options.onlineTiles
      ? ['Map tiles © OpenStreetMap contributors.', ...(kindsShown.size > 0 ? ['Zone edges along coasts and borders: Natural Earth.'] : [])]
      : ['Basemap: Natural Earth.']),
    ...(options.townLabels ? [GEONAMES_CREDIT] : []),
  ];
  const dates = filter.from === filter.to ? formatDay(filter.from) : `${formatDay(filter.from)} – ${formatDay(filter.to)}`;
  return { title: story.title, dates, legend, credits };
}
