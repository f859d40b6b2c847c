// Checks between records and files: ids are unique, every reference points at
// a record that exists, claims say whose they are, and dates are real days.
import { DATA_FILES, type DataFile, type DataFileKey } from '../dataFiles';
import type { Problem } from '../model';
import type { Citation } from '../schema';
import { FILE_NAMES, type ParsedDataset } from './ParsedDataset';

export function referenceProblems(parsed: ParsedDataset): Problem[] {
  const problems: Problem[] = [];
  for (const { key, name, layout } of DATA_FILES as readonly DataFile[]) {
    if (layout !== 'object') problems.push(...duplicateIds(name, parsed[key as DataFileKey].ids, layout === 'array' ? 'id' : 'properties.id'));
  }
  const locationIds = new Set(parsed.locations.ids);
  const sourceIds = new Set(parsed.sources.ids);
  // When a file could not be read at all, that is its one problem: every reference into it is not "unknown" too.
  const unknownLocation = (file: string, id: string, field: string, locationId: string): Problem[] =>
    !parsed.locations.readable || locationIds.has(locationId) ? [] : [{ file, id, field, reason: `unknown location "${locationId}"` }];
  const unknownSources = (file: string, id: string, prefix: string, citations: readonly Citation[]): Problem[] =>
    citations.flatMap((citation, i) =>
      !parsed.sources.readable || sourceIds.has(citation.source)
        ? []
        : [{ file, id, field: `${prefix}${i}.source`, reason: `unknown source "${citation.source}"` }],
    );

  // A former id opens its event from old links: it may be no event's id now, nor another's former id.
  const eventIds = new Set(parsed.events.ids);
  const formerOf = new Map<string, string>();
  for (const { record: event, id } of parsed.events.valid) {
    for (const [i, former] of (event.formerIds ?? []).entries()) {
      const field = `formerIds.${i}`;
      const taken = formerOf.get(former);
      if (eventIds.has(former)) problems.push({ file: FILE_NAMES.events, id, field, reason: `"${former}" is an event's id now; a former id names no event` });
      else if (taken !== undefined) problems.push({ file: FILE_NAMES.events, id, field, reason: `"${former}" is a former id of "${taken}" too; a link can open only one` });
      else formerOf.set(former, id);
    }
  }

  for (const { record: event, id } of parsed.events.valid) {
    const file = FILE_NAMES.events;
    problems.push(...unknownLocation(file, id, 'locationId', event.locationId));
    problems.push(...unknownSources(file, id, 'sources.', event.sources));
    if (event.status !== 'reported' && !event.claimedBy?.trim()) {
      problems.push({ file, id, field: 'claimedBy', reason: `required when status is "${event.status}"` });
    }
    const dateProblem = partialDateProblem(event.date, event.datePrecision);
    if (dateProblem) problems.push({ file, id, field: 'date', reason: dateProblem });
    if (event.path) {
      problems.push(...unknownLocation(file, id, 'path.from', event.path.from));
      problems.push(...unknownLocation(file, id, 'path.to', event.path.to));
      if (event.path.from === event.path.to) problems.push({ file, id, field: 'path.to', reason: `is path.from too; a path joins two places` });
    }
  }

  for (const { record: zone, id } of parsed.zones.valid) {
    const file = FILE_NAMES.zones;
    const { validFrom, validTo } = zone.properties;
    const fromProblem = partialDateProblem(validFrom, 'day');
    const toProblem = partialDateProblem(validTo, 'day');
    if (fromProblem) problems.push({ file, id, field: 'properties.validFrom', reason: fromProblem });
    if (toProblem) problems.push({ file, id, field: 'properties.validTo', reason: toProblem });
    if (!fromProblem && !toProblem && validTo < validFrom) {
      problems.push({ file, id, field: 'properties.validTo', reason: `${validTo} is before validFrom ${validFrom}` });
    }
  }

  for (const { record: source, id } of parsed.sources.valid) {
    const dateProblem = source.publishedDate ? partialDateProblem(source.publishedDate, 'day') : null;
    if (dateProblem) problems.push({ file: FILE_NAMES.sources, id, field: 'publishedDate', reason: dateProblem });
  }
  return problems;
}

function duplicateIds(file: string, ids: readonly (string | null)[], field: string): Problem[] {
  const firstAt = new Map<string, number>();
  const problems: Problem[] = [];
  ids.forEach((id, index) => {
    if (id === null) return;
    const first = firstAt.get(id);
    if (first === undefined) firstAt.set(id, index);
    else problems.push({ file, id, field, reason: `duplicate id: records ${first} and ${index} share it` });
  });
  return problems;
}

const DIGITS_FOR: Record<'day' | 'month' | 'year', number> = { year: 1, month: 2, day: 3 };

/** Why `date` (YYYY, YYYY-MM or YYYY-MM-DD) is not a real date of the given precision, or null. */
export function partialDateProblem(date: string, precision: 'day' | 'month' | 'year'): string | null {
  const parts = date.split('-').map(Number);
  if (parts.length !== DIGITS_FOR[precision]) return `"${date}" does not match datePrecision "${precision}"`;
  const [year = NaN, month = 1, day = 1] = parts;
  const asDate = new Date(Date.UTC(year, month - 1, day));
  const real = asDate.getUTCFullYear() === year && asDate.getUTCMonth() === month - 1 && asDate.getUTCDate() === day;
  return real ? null : `"${date}" is not a calendar date`;
}
