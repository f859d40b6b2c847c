// The data files against their story: every event's faction and type, and
// every zone's kind, must be one story.json defines. Checked as references,
// like a locationId, so that a new story can bring its own without the
// schemas changing, and a typo is reported with its file, record and field.
import type { Problem } from './model';
import type { StoryIds } from './storySchema';
import { FILE_NAMES, type ParsedDataset } from './validation/ParsedDataset';

export function storyReferenceProblems(parsed: ParsedDataset, story: StoryIds): Problem[] {
  const problems: Problem[] = [];
  const check = (file: string, id: string, field: string, value: string, known: ReadonlySet<string>, what: string) => {
    if (!known.has(value)) problems.push({ file, id, field, reason: `unknown ${what} "${value}"; story.json defines ${[...known].map((k) => `"${k}"`).join(', ')}` });
  };
  for (const { record, id } of parsed.events.valid) {
    check(FILE_NAMES.events, id, 'faction', record.faction, story.factions, 'faction');
    check(FILE_NAMES.events, id, 'type', record.type, story.eventTypes, 'event type');
  }
  for (const { record, id } of parsed.zones.valid) {
    check(FILE_NAMES.zones, id, 'properties.faction', record.properties.faction, story.zoneKinds, 'zone kind');
  }
  return problems;
}
