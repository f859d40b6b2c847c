// The app's gate: every file through its schema and the checks between records
// (ids, references, claims, dates, the narratives' steps). The geometry checks need turf's clipping
// and are run by validateDataset when the data is built (npm run validate,
// which `npm run build` runs first), so they are not shipped to the browser.
import type { RawDataset } from './dataFiles';
import { checkDataset, type ValidationResult } from './validation/checkDataset';
import { narrativeProblems } from './validation/narrativeProblems';
import { referenceProblems } from './validation/referenceProblems';

export type { ValidationResult } from './validation/checkDataset';

/** Checks the raw contents of geo/ as far as the records go; see validateDataset for every check. */
export function validateRecords(raw: RawDataset): ValidationResult {
  return checkDataset(raw, [referenceProblems, (parsed) => narrativeProblems(parsed)]);
}
