// The articles side by side for one event or claim: which of them report it,
// in what words, and where their words differ (numbers, dates, spellings of
// names, framing words). Reads only the cited quotes: see quoteMentions.ts.
import type { Citation, SourceRecord } from '../data/schema';
import { quoteMentions, type Mention, type Vocabulary } from './quoteMentions';

export type DifferenceKind = 'number' | 'date' | 'spelling' | 'framing';

/** One article's part in the comparison. */
export interface ComparisonRow {
  source: SourceRecord;
  /** its quotes for this event, in citation order; empty when it does not report it */
  quotes: string[];
  reported: boolean;
  /** distinct mentions (by value) in its quotes, in the order they first appear */
  numbers: Mention[];
  dates: Mention[];
  spellings: (Mention & { group: string })[];
  framing: Mention[];
}

export interface Difference {
  kind: DifferenceKind;
  /** "numbers", "dates", "framing words", or the name whose spelling differs */
  subject: string;
  /** each distinct value, the words an article first used for it, and the articles (ids) that use it */
  variants: { value: string; text: string; sources: string[] }[];
  /** reporting articles (ids) that use none of the variants */
  silent: string[];
}

export interface Comparison {
  /** one row per article, in the order of `sources`, reporting or not */
  rows: ComparisonRow[];
  /** how many different articles report it */
  reportedBy: number;
  /** only what actually differs between the reporting articles */
  differences: Difference[];
}

function distinct<T extends Mention>(mentions: T[]): T[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const key = 'group' in m ? `${String(m.group)}\u0000${m.value}` : m.value;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function variantsOf(rows: readonly ComparisonRow[], pick: (row: ComparisonRow) => readonly Mention[]): Difference['variants'] {
  const byValue = new Map<string, { value: string; text: string; sources: string[] }>();
  for (const row of rows) {
    for (const m of pick(row)) {
      const v = byValue.get(m.value);
      if (v) {
        if (!v.sources.includes(row.source.id)) v.sources.push(row.source.id);
      } else byValue.set(m.value, { value: m.value, text: m.text, sources: [row.source.id] });
    }
  }
  return [...byValue.values()];
}

/**
 * A kind differs when the reporting articles do not all use the same values:
 * two values or more, or one value that some reporting articles leave out.
 */
function difference(kind: DifferenceKind, subject: string, reporting: readonly ComparisonRow[], pick: (row: ComparisonRow) => readonly Mention[]): Difference | null {
  const variants = variantsOf(reporting, pick);
  if (variants.length === 0) return null;
  const silent = reporting.filter((r) => pick(r).length === 0).map((r) => r.source.id);
  const everyoneAgrees = variants.length === 1 && silent.length === 0;
  return everyoneAgrees ? null : { kind, subject, variants, silent };
}

/** `vocabulary`: the story's spellings and framing words (compileVocabulary). */
export function compareSources(citations: readonly Citation[], sources: Iterable<SourceRecord>, vocabulary: Vocabulary): Comparison {
  const rows: ComparisonRow[] = [...sources].map((source) => {
    const quotes = citations.filter((c) => c.source === source.id).map((c) => c.quote);
    const mentions = quotes.map((quote) => quoteMentions(quote, vocabulary));
    return {
      source,
      quotes,
      reported: quotes.length > 0,
      numbers: distinct(mentions.flatMap((m) => m.numbers)),
      dates: distinct(mentions.flatMap((m) => m.dates)),
      spellings: distinct(mentions.flatMap((m) => m.spellings)),
      framing: distinct(mentions.flatMap((m) => m.framing)),
    };
  });
  const reporting = rows.filter((r) => r.reported);
  const differences: Difference[] = [];
  const numbers = difference('number', 'numbers', reporting, (r) => r.numbers);
  if (numbers) differences.push(numbers);
  const dates = difference('date', 'dates', reporting, (r) => r.dates);
  if (dates) differences.push(dates);
  // A spelling differs only between articles that name the person or thing:
  // leaving a name out is not another way to spell it.
  const groups = [...new Set(reporting.flatMap((r) => r.spellings.map((s) => s.group)))];
  for (const group of groups) {
    const naming = reporting.filter((r) => r.spellings.some((s) => s.group === group));
    const variants = variantsOf(naming, (r) => r.spellings.filter((s) => s.group === group));
    if (variants.length > 1) differences.push({ kind: 'spelling', subject: group, variants, silent: [] });
  }
  const framing = difference('framing', 'framing words', reporting, (r) => r.framing);
  if (framing) differences.push(framing);
  return { rows, reportedBy: reporting.length, differences };
}
