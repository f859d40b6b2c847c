// Checks on the narratives (geo/narratives.json) against the other files and
// the story: every step points at an event and sources that exist, rests on
// sources that actually report its event (so its text can say only what they
// say), and keeps its dates and its view inside the story. Without the story
// (the app's in-browser check) the dates and views are checked only for order.
import type { Problem } from '../model';
import type { NarrativeStep, NarrativeView } from '../narrativeSchema';
import type { StoryIds } from '../storySchema';
import { FILE_NAMES, type ParsedDataset } from './ParsedDataset';
import { partialDateProblem } from './referenceProblems';

type Frame = Pick<StoryIds, 'dateRange' | 'bounds'>;

export function narrativeProblems(parsed: ParsedDataset, story: Frame = {}): Problem[] {
  const file = FILE_NAMES.narratives;
  const eventIds = new Set(parsed.events.ids);
  const sourceIds = new Set(parsed.sources.ids);
  const citedBy = new Map(parsed.events.valid.map(({ record, id }) => [id, new Set(record.sources.map((c) => c.source))]));
  const problems: Problem[] = [];
  for (const { record: narrative, id } of parsed.narratives.valid) {
    narrative.steps.forEach((step, i) => {
      const at = `steps.${i}.`;
      const problem = (field: string, reason: string) => problems.push({ file, id, field: field ? `${at}${field}` : `steps.${i}`, reason });
      if (step.event === undefined && step.view === undefined) problem('', 'a step needs an event, a view, or both');
      const cites = step.event === undefined ? undefined : citedBy.get(step.event);
      if (step.event !== undefined && parsed.events.readable && !eventIds.has(step.event)) problem('event', `unknown event "${step.event}"`);
      step.sources.forEach((source, j) => {
        if (!parsed.sources.readable) return;
        if (!sourceIds.has(source)) problem(`sources.${j}`, `unknown source "${source}"`);
        else if (cites && !cites.has(source)) problem(`sources.${j}`, `source "${source}" does not report the step's event "${step.event}"; a step says only what its event's sources say`);
      });
      for (const [field, reason] of dateProblems(step, story.dateRange)) problem(field, reason);
      if (step.view) for (const [field, reason] of viewProblems(step.view, story.bounds)) problem(`view.${field}`, reason);
    });
  }
  return problems;
}

function dateProblems(step: NarrativeStep, range: Frame['dateRange']): [string, string][] {
  const out: [string, string][] = [];
  for (const field of ['from', 'to'] as const) {
    const day = step[field];
    if (day === undefined) continue;
    const problem = partialDateProblem(day, 'day');
    if (problem) out.push([field, problem]);
    else if (range && (day < range.from || day > range.to)) out.push([field, `${day} is outside the story's dateRange ${range.from} to ${range.to}`]);
  }
  if (step.from !== undefined && step.to !== undefined && step.to < step.from) out.push(['to', `${step.to} is before from ${step.from}`]);
  return out;
}

function viewProblems(view: NarrativeView, bounds: Frame['bounds']): [string, string][] {
  const out: [string, string][] = [];
  const inside = ([lat, lng]: readonly [number, number]) =>
    !bounds || (lat >= bounds[0][0] && lat <= bounds[1][0] && lng >= bounds[0][1] && lng <= bounds[1][1]);
  const outside = bounds ? `is outside the story's bounds ${JSON.stringify(bounds)}` : '';
  if ('bounds' in view) {
    const [sw, ne] = view.bounds;
    if (sw[0] >= ne[0] || sw[1] >= ne[1]) out.push(['bounds', 'must be [south-west, north-east]']);
    if (!inside(sw)) out.push(['bounds.0', outside]);
    if (!inside(ne)) out.push(['bounds.1', outside]);
  } else if (!inside(view.center)) out.push(['center', outside]);
  return out;
}
