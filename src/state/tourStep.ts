// What one step of a story tour (geo/narratives.json) does to the view: the
// dates it sets, the event it opens and where the map goes, resolved against
// the model. Pure, so the panel (panel/StoryTour.tsx), the app and the tests
// read a step alike.
import type { EventView, LatLng, Model } from '../data/model';
import type { NarrativeRecord, NarrativeStep } from '../data/narrativeSchema';

/** Where the map goes for a step. */
export type StepPlace =
  /** fit this frame, [south-west, north-east] */
  | { kind: 'bounds'; bounds: readonly [LatLng, LatLng] }
  | { kind: 'center'; center: LatLng; zoom: number };

export interface TourStep {
  narrative: NarrativeRecord;
  /** 0-based position in narrative.steps */
  index: number;
  /** narrative.steps.length */
  count: number;
  step: NarrativeStep;
  /** the event it opens, or null for a view alone */
  event: EventView | null;
  /** the date window it sets, inclusive */
  from: string;
  to: string;
  place: StepPlace | null;
}

/**
 * The zoom a step without a view of its own shows its event's place at, by
 * kind of place: near enough to tell the place, far enough to see around it.
 */
const ZOOM_FOR_KIND: Record<EventView['location']['properties']['kind'], number> = {
  'air-base': 8, city: 7, capital: 7, district: 9, 'front-line': 8, region: 6, country: 5,
};

/**
 * Step `number` (from 1) of tour `id`, or null when there is no such tour or
 * step. `window`: the dates a step without dates or an event sets (the story's window).
 */
export function tourStep(model: Model, id: string | undefined, number: number, window: readonly [string, string]): TourStep | null {
  const narrative = id === undefined ? undefined : model.narratives.get(id);
  const step = narrative?.steps[number - 1];
  if (!narrative || !step) return null;
  const event = (step.event !== undefined && model.eventsById.get(step.event)) || null;
  const from = step.from ?? event?.start ?? window[0];
  const to = step.to ?? event?.end ?? window[1];
  return {
    narrative,
    index: number - 1,
    count: narrative.steps.length,
    step,
    event,
    from,
    // Never before from: a window that ends before it starts is no window.
    to: [from, to].sort()[1] ?? to,
    place: placeOf(step, event),
  };
}

function placeOf(step: NarrativeStep, event: EventView | null): StepPlace | null {
  const view = step.view;
  if (view && 'bounds' in view) return { kind: 'bounds', bounds: view.bounds };
  if (view) return { kind: 'center', center: view.center, zoom: view.zoom };
  if (!event) return null;
  if (event.line) {
    const lats = event.line.positions.map((p) => p[0]);
    const lngs = event.line.positions.map((p) => p[1]);
    return { kind: 'bounds', bounds: [[Math.min(...lats), Math.min(...lngs)], [Math.max(...lats), Math.max(...lngs)]] };
  }
  return { kind: 'center', center: event.anchor, zoom: ZOOM_FOR_KIND[event.location.properties.kind] };
}
