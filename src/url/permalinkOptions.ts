// What the permalink parser needs to know of the data: the app's defaults, the
// ids a link may name, and the zoom and date ranges and number of articles it
// may ask for. Shared by the first view (map/firstView.ts), the app (App.tsx)
// and the permalink fuzz test, so that all three read a link alike.
import type { Model } from '../data/model';
import { DEFAULT_LAYERS } from '../layers';
import { MAX_ZOOM, MIN_ZOOM } from '../map/zoomRange';
import type { PermalinkOptions } from './permalink';

/** 15–23 May 2020, the week the articles report on: the date filter's default. */
export const ESCALATION_WEEK = ['2020-05-15', '2020-05-23'] as const;

export function permalinkOptions(model: Model): PermalinkOptions {
  const starts = model.events.map((e) => e.start);
  const ends = [...model.events.map((e) => e.end), ...model.snapshots.map((s) => s.validTo)];
  const min = starts.reduce((a, b) => (a < b ? a : b), ESCALATION_WEEK[0]);
  const max = ends.reduce((a, b) => (a > b ? a : b), ESCALATION_WEEK[1]);
  return {
    defaults: { center: [29, 22], zoom: 5, layers: DEFAULT_LAYERS, event: null, from: ESCALATION_WEEK[0], to: ESCALATION_WEEK[1] },
    knownEventIds: new Set(model.eventsById.keys()),
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    dateBounds: [min, max],
    articleCount: model.sources.size,
  };
}
