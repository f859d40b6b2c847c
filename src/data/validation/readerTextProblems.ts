// What readers read must hold nothing of how the data was made: no article
// file numbers ("per 001"), no record ids of sources.json, no file names and
// no commands. Readers know the articles by their reader names; the making of
// the data belongs in geo/README.md. Addresses (URLs) in notes are references
// and are not read for file names.
import type { Problem } from '../model';
import { FILE_NAMES, type ParsedDataset } from './ParsedDataset';

const escapeRegExp = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What in one reader-facing text belongs to the data's making; empty when nothing does. */
export function makingLeaks(text: string, sourceIds: readonly string[]): string[] {
  const found: string[] = [];
  const words = text.replace(/\bhttps?:\/\/\S+/g, ' ');
  const fileNumber = words.match(/(?<![\w.,])00[0-4](?![\w]|[.,]\d)/);
  if (fileNumber) found.push(`article file number ${fileNumber[0]}`);
  for (const id of sourceIds) if (new RegExp(`(?<![\\w-])${escapeRegExp(id)}(?![\\w-])`).test(words)) found.push(`source id ${id}`);
  const fileName = words.match(/\b[\w.-]+\.(?:txt|json|geojson|tsx?|md)\b/);
  if (fileName) found.push(`file name ${fileName[0]}`);
  if (/\bnpm\s+(?:run|i|install|ci|test|view)\b|\bnpx\b/.test(words)) found.push('a command');
  return found;
}

interface Text {
  file: string;
  id: string;
  field: string;
  text: string | undefined;
}

/** Every field of the records that a reader sees. */
function readerTexts(parsed: ParsedDataset): Text[] {
  const out: Text[] = [];
  for (const { record: e, id } of parsed.events.valid) {
    const file = FILE_NAMES.events;
    out.push({ file, id, field: 'title', text: e.title }, { file, id, field: 'summary', text: e.summary });
    out.push({ file, id, field: 'dateNote', text: e.dateNote }, { file, id, field: 'claimedBy', text: e.claimedBy });
    for (const [i, a] of e.actors.entries()) out.push({ file, id, field: `actors.${i}`, text: a });
  }
  for (const { record: s, id } of parsed.sources.valid) {
    const file = FILE_NAMES.sources;
    out.push({ file, id, field: 'readerName', text: s.readerName });
    for (const [i, inf] of s.inferred.entries()) out.push({ file, id, field: `inferred.${i}.note`, text: inf.note });
  }
  for (const { record: l, id } of parsed.locations.valid) {
    const file = FILE_NAMES.locations;
    out.push({ file, id, field: 'properties.name', text: l.properties.name }, { file, id, field: 'properties.note', text: l.properties.note });
    out.push({ file, id, field: 'properties.coordinateSource', text: l.properties.coordinateSource });
  }
  for (const { record: z, id } of parsed.zones.valid) {
    const file = FILE_NAMES.zones;
    out.push({ file, id, field: 'properties.label', text: z.properties.label }, { file, id, field: 'properties.note', text: z.properties.note });
    out.push({ file, id, field: 'properties.source', text: z.properties.source });
  }
  for (const { record: n, id } of parsed.narratives.valid) {
    const file = FILE_NAMES.narratives;
    out.push({ file, id, field: 'title', text: n.title });
    for (const [i, step] of n.steps.entries()) out.push({ file, id, field: `steps.${i}.text`, text: step.text });
  }
  return out;
}

export function readerTextProblems(parsed: ParsedDataset): Problem[] {
  const ids = parsed.sources.ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
  return readerTexts(parsed).flatMap(({ file, id, field, text }) =>
    text ? makingLeaks(text, ids).map((leak) => ({ file, id, field, reason: `readers see ${leak}; name articles by their readerName and keep how the data was made to geo/README.md` })) : [],
  );
}
