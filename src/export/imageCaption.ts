// What the exported picture says around the map, so that it can be published
// as it is: the story's title, the date window, a legend of only what the map
// shows, and the credits (the basemap, the tiles when on, the articles the
// shown events cite, by their reader names). Pure data from the story and the
// current view; exportFrame.ts lays it out.
import type { Model } from '../data/model';
import type { Story } from '../data/storySchema';
import { formatDay } from '../dates';
import { articleLabel } from '../panel/articleLabel';
import type { ViewFilter, VisibleData } from '../state/visibleData';

export interface LegendItem {
  label: string;
  colour: string;
  /** how the swatch is drawn: a marker dot, a filled area (dashed: nobody's for sure), a claim's dashed ring, a line */
  mark: 'dot' | 'area' | 'area-dashed' | 'ring' | 'line';
}

export interface ImageCaption {
  title: string;
  /** "15 May 2020 – 23 May 2020", or one day */
  dates: string;
  legend: LegendItem[];
  credits: string[];
}

export type CaptionStory = Pick<Story, 'title' | 'factions' | 'zoneKinds' | 'routes'>;

const CLAIM_RING_COLOUR = '#333333';

export function imageCaption(model: Model, visible: VisibleData, filter: Pick<ViewFilter, 'from' | 'to'>, story: CaptionStory, options: { onlineTiles: boolean }): ImageCaption {
  const markers = visible.events.filter((e) => !e.line);
  const factionsShown = new Set(visible.events.map((e) => e.faction));
  const kindsShown = new Set(visible.zones.map((z) => z.properties.faction));
  const legend: LegendItem[] = [
    ...story.factions.filter((f) => factionsShown.has(f.id)).map((f): LegendItem => ({ label: f.name, colour: f.colour, mark: 'dot' })),
    ...(markers.some((e) => e.status !== 'reported') ? [{ label: 'Dashed ring: a claim or threat, not confirmed', colour: CLAIM_RING_COLOUR, mark: 'ring' as const }] : []),
    ...(visible.routes.length > 0 ? [{ label: `${story.routes?.label ?? 'Routes'} (line in its side’s colour)`, colour: '#555555', mark: 'line' as const }] : []),
    ...story.zoneKinds.filter((k) => kindsShown.has(k.id)).map((k): LegendItem => ({ label: k.label, colour: k.colour, mark: k.dashed ? 'area-dashed' : 'area' })),
  ];
  const cited = [...new Set(visible.events.flatMap((e) => e.sources.map((c) => c.source)))]
    .map((id) => model.sources.get(id))
    .filter((s) => s !== undefined)
    .map(articleLabel);
  const credits = [
    'Basemap: Natural Earth.',
    ...(options.onlineTiles ? ['Map tiles © OpenStreetMap contributors.'] : []),
    ...(cited.length > 0 ? [`Events as reported by: ${cited.join('; ')}.`] : []),
    ...(kindsShown.size > 0 ? ['Zones are approximate, drawn from published reports.'] : []),
  ];
  const dates = filter.from === filter.to ? formatDay(filter.from) : `${formatDay(filter.from)} – ${formatDay(filter.to)}`;
  return { title: story.title, dates, legend, credits };
}
