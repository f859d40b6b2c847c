// One geo/ file through its zod schema. Every issue becomes a Problem that
// names the record by its id (not its position, which shifts as the file is
// edited), and the records that pass are kept so the cross-file checks can
// still run: one bad record should not hide the problems of the others.
import type * as z from 'zod/mini';
import type { Layout } from '../dataFiles';
import type { Problem } from '../model';
import { UnreadableFile } from '../parseJson';

export { UnreadableFile };

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

export interface ParsedFile<T> {
  /** records that passed their schema, in file order */
  valid: { record: T; id: string }[];
  /** the id of every record, valid or not (null when it has none): a reference to a broken record is not also "unknown"; a one-object file's record has id "" */
  ids: (string | null)[];
  /** whether the file held a list of records at all; references into a file that did not are not checked */
  readable: boolean;
  /** the whole file, parsed, when it passed its schema */
  data: unknown;
  problems: Problem[];
}

export function parseFile<T>(
  file: string,
  raw: unknown,
  schemas: { file: z.ZodMiniType; record: z.ZodMiniType<T> },
  layout: Layout,
): ParsedFile<T> {
  const unread = (reason: string): ParsedFile<T> => ({ valid: [], ids: [], readable: false, data: null, problems: [{ file, id: null, field: '', reason }] });
  if (raw instanceof UnreadableFile) return unread(raw.reason);
  if (raw === undefined) return unread('file is missing');

  const records = recordsOf(raw, layout) ?? [];
  const ids = records.map((record) => idOf(record, layout));
  const result = schemas.file.safeParse(raw);
  const problems = result.success ? [] : result.error.issues.flatMap(flattenIssue).map((issue) => toProblem(file, issue, ids, layout));
  const valid: ParsedFile<T>['valid'] = [];
  // When the whole file passed, so did every record: take them from its result
  // rather than parse each one again (half the time on a large file).
  const passed = result.success ? recordsOf(result.data, layout) : null;
  records.forEach((record, index) => {
    const id = ids[index];
    if (id === null || id === undefined) return;
    if (passed) {
      valid.push({ record: passed[index] as T, id });
      return;
    }
    const parsed = schemas.record.safeParse(record);
    if (parsed.success) valid.push({ record: parsed.data, id });
  });
  return { valid, ids, readable: recordsOf(raw, layout) !== null, data: result.success ? result.data : null, problems };
}

function recordsOf(raw: unknown, layout: Layout): unknown[] | null {
  if (layout === 'array') return Array.isArray(raw) ? raw : null;
  if (layout === 'object') return isObject(raw) ? [raw] : null;
  const features = isObject(raw) ? raw['features'] : undefined;
  return Array.isArray(features) ? features : null;
}

function idOf(record: unknown, layout: Layout): string | null {
  if (layout === 'object') return '';
  const holder = layout === 'array' ? record : isObject(record) ? record['properties'] : undefined;
  const id = isObject(holder) ? holder['id'] : undefined;
  return typeof id === 'string' && id.length > 0 ? id : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toProblem(file: string, issue: { path: Path; reason: string }, ids: (string | null)[], layout: Layout): Problem {
  const { path, reason } = issue;
  if (layout === 'object') return { file, id: null, field: path.map(String).join('.'), reason };
  const depth = layout === 'array' ? 1 : 2;
  const index = path[depth - 1];
  const inRecord = path.length >= depth && (layout === 'array' || path[0] === 'features') && typeof index === 'number';
  const id = inRecord ? (ids[index] || null) : null;
  // A record without a usable id is found by its position instead.
  const field = (id === null ? path : path.slice(depth)).map(String).join('.');
  return { file, id, field, reason };
}

/**
 * zod reports a failed union (a geometry that is neither Point, LineString nor
 * Polygon) as "Invalid input" with one list of issues per option. When the
 * `type` picks one option, its issues are the real ones; otherwise the type is.
 */
function flattenIssue(issue: Issue): { path: Path; reason: string }[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [{ path: issue.path, reason: reasonOf(issue) }];
  const typeIssues = issue.errors.map((branch) => branch.find(isTypeMismatch));
  const matching = issue.errors.filter((_, i) => !typeIssues[i]);
  if (matching.length === 1) {
    return (matching[0] ?? []).flatMap(flattenIssue).map(({ path, reason }) => ({ path: [...issue.path, ...path], reason }));
  }
  const expected = typeIssues.flatMap((t) => (t && t.code === 'invalid_value' ? t.values.map((v) => JSON.stringify(v)) : []));
  if (matching.length === 0 && expected.length > 0) {
    return [{ path: [...issue.path, 'type'], reason: `must be one of ${expected.join(', ')}` }];
  }
  return [{ path: issue.path, reason: reasonOf(issue) }];
}

function isTypeMismatch(issue: Issue): boolean {
  return issue.code === 'invalid_value' && issue.path.length === 1 && issue.path[0] === 'type';
}

function reasonOf(issue: Issue): string {
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) return 'required';
  return issue.message;
}
