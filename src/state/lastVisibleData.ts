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
  key: string;
  visible: VisibleData;
  indices: readonly number[];
}

let last: Remembered | null = null;

const keyOf = (filter: ViewFilter): string => `${filter.layers.join(',')}|${filter.from}|${filter.to}|${filter.minArticles ?? 1}`;

/** What `filter` shows of `model`, and the index in model.events of each of its events; the same objects when asked again for the same filter. */
export function lastVisibleData(model: Model, filter: ViewFilter, story: StoryLayers): { visible: VisibleData; indices: readonly number[] } {
  const key = keyOf(filter);
  if (last && last.model === model && last.story === story && last.key === key) return last;
  const indices: number[] = [];
  const visible = visibleData(model, filter, story, indices);
  last = { model, story, key, visible, indices };
  return last;
}
