// The full way from raw data to the model: every record through its schema and
// the checks between records (validateRecords), then the geometry the model
// needs (deriveGeometry), then the join. The app loads this module only for
// data the build has not already validated (see appModel.ts); scripts and
// tests use it for any dataset.
import type { AppData } from './appModel';
import { buildModel } from './buildModel';
import { deriveGeometry } from './deriveGeometry';
import type { Dataset, Model } from './model';
import type { RawDataset } from './dataFiles';
import { validateRecords } from './validateRecords';

/** The model of a dataset that has passed validation. */
export function modelOf(dataset: Dataset): Model {
  return buildModel(dataset, deriveGeometry(dataset));
}

/** Validates the parsed files; the model, or the problems found. */
export function validatedModel(raw: RawDataset): AppData {
  const { dataset, problems } = validateRecords(raw);
  if (!dataset || problems.length > 0) return { ok: false, problems };
  return { ok: true, model: modelOf(dataset) };
}
