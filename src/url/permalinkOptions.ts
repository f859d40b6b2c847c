// What the permalink parser needs to know of the data: the app's defaults, the
// ids a link may name, and the zoom and date ranges and number of articles it
// may ask for. Shared by the first view (map/firstView.ts), the app (App.tsx)
// and the permalink fuzz test, so that all three read a link alike.
import type { Model } from '../data/model';
import type { Story } from '../data/storySchema';
import { DEFAULT_LAYERS } from '../layers';
import { STORY } from '../story';
import { LINK_MAX_ZOOM, MIN_ZOOM } from '../map/zoomRange';
import type { PermalinkOptions } from './permalink';

/** The story's default date window (story.json `window`), inclusive: the date filter's default. */
export const DEFAULT_WINDOW = [STORY.window.from, STORY.window.to] as const;

/** `story`: the default view and window, and the date range links may ask for (widened to the data's, should it reach further). */
export function permalinkOptions(model: Model, story: Pick<Story, 'defaultView' | 'window' | 'dateRange'> = STORY): PermalinkOptions {
  const starts = model.events.map((e) => e.start);
  const ends = [...model.events.map((e) => e.end), ...model.snapshots.map((s) => s.validTo)];
  const min = starts.reduce((a, b) => (a < b ? a : b), story.dateRange.from);
  const max = ends.reduce((a, b) => (a > b ? a : b), story.dateRange.to);
  const { center, zoom } = story.defaultView;
  return {
    defaults: { center: [center[0], center[1]], zoom, layers: DEFAULT_LAYERS, event: null, from: story.window.from, to: story.window.to },
    knownEventIds: new Set(model.eventsById.keys()),
    formerEventIds: new Map(model.events.flatMap((e) => (e.formerIds ?? []).map((former) => [former, e.id] as const))),
    minZoom: MIN_ZOOM,
    maxZoom: LINK_MAX_ZOOM,
    dateBounds: [min, max],
    articleCount: model.sources.size,
    narratives: new Map([...model.narratives.values()].map((n) => [n.id, n.steps.length])),
  };
}
