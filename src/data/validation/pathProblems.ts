// The line of an event with a path is derived, not written (deriveGeometry.ts):
// this checks that it can be, so that the app never meets a path it cannot
// draw. References (unknown places, a path from a place to itself) are
// referenceProblems' job; broken place geometry is geometryProblems'.
import { greatCircleLine, labelPoint } from '../../geometry/geometry';
import type { Problem } from '../model';
import { FILE_NAMES, type ParsedDataset } from './ParsedDataset';

export function pathProblems(parsed: ParsedDataset): Problem[] {
  const places = new Map(parsed.locations.valid.map(({ record, id }) => [id, record]));
  const problems: Problem[] = [];
  for (const { record: event, id } of parsed.events.valid) {
    const from = event.path && places.get(event.path.from);
    const to = event.path && places.get(event.path.to);
    if (!from || !to || from === to) continue;
    try {
      greatCircleLine(labelPoint(from.geometry), labelPoint(to.geometry));
    } catch (error) {
      const reason = `cannot be drawn: ${error instanceof Error ? error.message : String(error)}`;
      problems.push({ file: FILE_NAMES.events, id, field: 'path', reason });
    }
  }
  return problems;
}
