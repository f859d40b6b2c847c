// The records of each file of dataFiles.ts, as a Dataset: an array as it is,
// the features of a feature collection, a one-object file as its object. For
// files that have passed validation (by the schemas just now, or at build time:
// see appModel.ts).
import { DATA_FILES, type Layout, type RawDataset } from './dataFiles';
import type { Dataset } from './model';

/** The files as parsed, by key. */
export type DatasetFiles = RawDataset;

export function datasetOf(files: DatasetFiles): Dataset {
  return Object.fromEntries(DATA_FILES.map((f) => [f.key, contentOf(files[f.key], f.layout)])) as Dataset;
}

function contentOf(file: unknown, layout: Layout): unknown {
  if (file === undefined) return undefined; // an optional file left out
  return layout === 'features' ? (file as { features: unknown[] }).features : file;
}
