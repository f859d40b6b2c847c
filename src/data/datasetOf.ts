// The records of the five files, as a Dataset: the arrays as they are, and the
// features of the feature collections. For files that have passed validation
// (by the schemas just now, or at build time: see appModel.ts).
import type { Dataset } from './model';

type Collection<T> = { features: T[] };

export interface DatasetFiles {
  sources: Dataset['sources'];
  locations: Collection<Dataset['locations'][number]>;
  events: Dataset['events'];
  zones: Collection<Dataset['zones'][number]>;
  routes: Collection<Dataset['routes'][number]>;
}

export function datasetOf(files: DatasetFiles): Dataset {
  return {
    sources: files.sources,
    locations: files.locations.features,
    events: files.events,
    zones: files.zones.features,
    routes: files.routes.features,
  };
}
