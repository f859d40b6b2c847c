// The PermalinkOptions both permalink test files parse against: a May–June 2020
// window around Tripoli with the app's zoom range, and the given known events.
import { DEFAULT_LAYERS } from '../../src/layers';
import type { PermalinkOptions } from '../../src/url/permalink';

export function permalinkTestOptions(knownEventIds: readonly string[]): PermalinkOptions {
  return {
    defaults: {
      center: [32.5, 13.5],
      zoom: 6,
      layers: DEFAULT_LAYERS,
      event: null,
      from: '2020-05-01',
      to: '2020-06-30',
    },
    knownEventIds: new Set(knownEventIds),
    minZoom: 3,
    maxZoom: 12,
    dateBounds: ['2020-05-01', '2020-06-30'],
    narratives: new Map([['the-escalation', 3]]),
  };
}
