// What one quote says that can differ between articles: the numbers it gives,
// how it dates things, how it spells names, and the framing words it uses.
// Only the quoted words are read (the app does not ship the articles' full
// text), so an article's framing elsewhere in its text is not seen here.
// Names and framing words are the story's (compileVocabulary).
import type { Story } from '../data/storySchema';

export interface Mention {
  /** the words as the quote has them, e.g. "at least eight" */
  text: string;
  /** what they mean, for comparing: "at least 8", "monday", "al-jaroushi" */
  value: string;
}

export interface QuoteMentions {
  numbers: Mention[];
  dates: Mention[];
  /** one entry per variant group the quote names */
  spellings: (Mention & { group: string })[];
  framing: Mention[];
}

const NUMBER_WORDS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', twenty: '20', hundred: '100', several: 'several', dozens: 'dozens', hundreds: 'hundreds', thousands: 'thousands',
};

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

/**
 * The story's words for comparing sources (story.json `vocabulary`), made
 * into patterns once. A spelling group's variants compare case-insensitively
 * unless the group says otherwise: "al-Jaroushi" and "Al-Jaroushi" are one
 * spelling, "Geroushi" another.
 */
export interface Vocabulary {
  spellings: readonly { name: string; pattern: RegExp }[];
  /** names with numbers in them (aircraft types…), which are not counts; null when the story has none */
  designation: RegExp | null;
  /** the framing words, as one whole-word pattern; null when the story has none */
  framing: RegExp | null;
}

export function compileVocabulary(vocabulary: Story['vocabulary']): Vocabulary {
  const framing = [...vocabulary.framing].sort((a, b) => b.length - a.length).map(escape);
  const designations = vocabulary.designations ?? [];
  return {
    spellings: vocabulary.spellings.map((g) => ({ name: g.name, pattern: new RegExp(g.pattern, g.caseSensitive ? 'g' : 'gi') })),
    designation: designations.length > 0 ? new RegExp(designations.map((d) => `(?:${d})`).join('|'), 'gi') : null,
    framing: framing.length > 0 ? new RegExp(`(?<![\\w-])(?:${framing.join('|')})(?![\\w-])`, 'gi') : null,
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


// Tried in this order at each place in the quote; the first that matches wins,
// so "May 20 2020" is a date (not the number 20) and "MiG 29s" is a name.
const DATE = new RegExp(
  [
    `\\b(?:${MONTHS})\\s+\\d{1,2}(?:,?\\s+\\d{4})?\\b`,
    `\\b\\d{1,2}\\s+(?:${MONTHS})(?:\\s+\\d{4})?\\b`,
    `\\b(?:(?:in|since|early|late)\\s+)?(?:${MONTHS})(?:\\s+\\d{4})?\\b`,
    `\\b(?:on\\s+)?(?:${WEEKDAYS})\\b`,
    `\\b(?:earlier\\s+|later\\s+)?(?:this|last|next|past)\\s+(?:week|month|year)\\b`,
    `\\b(?:over|in)\\s+the\\s+past\\s+(?:few\\s+)?(?:weeks?|months?|days?)\\b`,
    `\\b(?:at\\s+)?the\\s+(?:start|end)\\s+of\\s+the\\s+year\\b`,
    `\\b(?:19|20)\\d{2}\\b`,
  ].join('|'),
  'gi',
);
const NUMBER = new RegExp(
  `\\b(?:(?:at least|more than|less than|about|around|nearly|up to)\\s+)?(?:\\d+(?:[.,]\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})\\b`,
  'gi',
);
// A month on its own is a date only when capitalised ("in January", "March"),
// and "May" only with a day, a year or "in"/"since": otherwise it is the verb.
const BARE_MONTH = new RegExp(`^(?:${MONTHS})$`, 'i');
function isDate(text: string): boolean {
  if (!BARE_MONTH.test(text)) return true;
  return text !== 'May' && text[0] === text[0]?.toUpperCase();
}

function dateValue(text: string): string {
  return text.toLowerCase().replace(/^(?:on|in)\s+/, '').replace(/\s+/g, ' ');
}

function numberValue(text: string): string {
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  const last = lower.split(' ').pop() ?? lower;
  const value = NUMBER_WORDS[last] ?? last.replace(',', '');
  const qualifier = lower.slice(0, lower.length - last.length).trim();
  return qualifier ? `${qualifier} ${value}` : value;
}

/** Every match of a global regex, with where it starts and ends. */
function matches(pattern: RegExp, text: string): { text: string; start: number; end: number }[] {
  return [...text.matchAll(pattern)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

export function quoteMentions(quote: string, vocabulary: Vocabulary): QuoteMentions {
  const dates = matches(DATE, quote).filter((m) => isDate(m.text));
  const taken = [...dates, ...(vocabulary.designation ? matches(vocabulary.designation, quote) : [])];
  const inTaken = (start: number, end: number) => taken.some((t) => start < t.end && end > t.start);
  const numbers = matches(NUMBER, quote).filter((m) => !inTaken(m.start, m.end));
  const spellings = vocabulary.spellings.flatMap((g) =>
    matches(g.pattern, quote).map((m) => ({ group: g.name, text: m.text, value: m.text.toLowerCase().replace(/[\s-]+/g, ' ') })),
  );
  const framing = (vocabulary.framing ? matches(vocabulary.framing, quote) : []).map((m) => ({ text: m.text, value: m.text.toLowerCase().replace('recognized', 'recognised') }));
  return {
    numbers: numbers.map((m) => ({ text: m.text, value: numberValue(m.text) })),
    dates: dates.map((m) => ({ text: m.text, value: dateValue(m.text) })),
    spellings,
    framing,
  };
}
