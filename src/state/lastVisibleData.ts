// visibleData (visibleData.ts) remembered for the last filter asked, with the
// index of each of its events: the map's data (App.tsx) and the timeline's
// events over the whole range (Timeline.tsx) are the same filter when the
// window spans the whole range ("All years"), and at 100,000 events the
// second pass was about 5 ms of every layer toggle in a profile (2.3 ms less
// of a toggle's JavaScript in an A/B once shared). Kept apart from
// visibleData.ts so that the first view's code does not carry it.
import type { Model } from '../data/model';
import { type StoryLayers, type ViewFilter, type VisibleData, visibleData } from './visibleData';

interface Remembered {
  model: Model;
  story: StoryLayers;
  filter: ViewFilter;
  visible: VisibleData;
  indices: readonly number[];
}

let last: Remembered | null = null;

/** Whether two filters ask for the same: the same layers in the same order, dates and minimum of articles. */
export function sameFilter(a: ViewFilter, b: ViewFilter): boolean {
  return a.from === b.from && a.to === b.to && a.minArticles === b.minArticles
    && a.layers.length === b.layers.length && a.layers.every((id, i) => id === b.layers[i]);
}

/** What `filter` shows of `model`, and the index in model.events of each of its events; the same objects when asked again for the same filter. */
export function lastVisibleData(model: Model, filter: ViewFilter, story: StoryLayers): { visible: VisibleData; indices: readonly number[] } {
  if (last && last.model === model && last.story === story && sameFilter(last.filter, filter)) return last;
  const indices: number[] = [];
  const visible = visibleData(model, filter, story, indices);
  last = { model, story, filter, visible, indices };
  return last;
}
