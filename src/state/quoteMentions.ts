// What one quote says that can differ between articles: the numbers it gives,
// how it dates things, how it spells names, and the framing words it uses.
// Only the quoted words are read (the app does not ship the articles' full
// text), so an article's framing elsewhere in its text is not seen here.

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
 * Name variants seen across the five articles (geo/events.json quotes and the
 * articles in shared/articles/). A group's variants compare case-insensitively:
 * "al-Jaroushi" and "Al-Jaroushi" are one spelling, "Geroushi" another.
 */
export const SPELLING_GROUPS: readonly { name: string; pattern: RegExp }[] = [
  // Haftar's air force chief: "al-Jaroushi" (Bloomberg), "Al-Jaroushi", "Geroushi" (haftar-threaten-2020-05-23)
  { name: 'Saqr al-Jaroushi', pattern: /\b(?:al-)?(?:Jaroushi|Geroushi|Jarushi|Jerushi)\b/gi },
  // "Gaddafi", "Gadhafi" (turkey-reiterated), "al-Qaddafi" (atrush-2020-05-21)
  { name: 'Muammar Gaddafi', pattern: /\b(?:al-)?(?:Gaddafi|Gadhafi|Qaddafi|Kadhafi)\b/gi },
  { name: 'Muammar (first name)', pattern: /\b(?:Muammar|Moammar|Moamar)\b/gi },
  // "Hafter’s forces" (haftar-threaten-2020-05-23) beside "Haftar" everywhere else
  { name: 'Khalifa Haftar', pattern: /\b(?:Haftar|Hafter|Hiftar)\b/gi },
  { name: 'Ibrahim Kalin', pattern: /\b(?:Kalin|Kalın)\b/g },
  { name: 'Al-Watiya', pattern: /\b(?:al-)?(?:Watiya|Wattiya|Watya)\b/gi },
  { name: 'Hmeimim', pattern: /\b(?:Hmeimim|Khmeimim|Hmeymim)\b/gi },
  { name: 'Fayez al-Sarraj', pattern: /\b(?:al-)?(?:Sarraj|Serraj|Sarraj)\b/gi },
  { name: 'MiG-29', pattern: /\bMiG[- ]?29s?\b/gi },
  { name: 'Su-24', pattern: /\b(?:Sukhoi|Su)[- ]?24s?\b/gi },
  { name: 'Su-35', pattern: /\b(?:Sukhoi|Su)[- ]?35s?\b/gi },
  // US and British spelling: "air defense" (Bloomberg), "air-defence" (tripoli-dateline)
  { name: 'air defence', pattern: /\bair[- ]defen[cs]e\b/gi },
];

/**
 * Words that frame a party rather than describe an event, from the ones the
 * articles use ("putschist Haftar forces", "General Khalifa Haftar", "the
 * militia's air force chief", "legitimate government") and the ones readers
 * watch for. Matched as whole words, case-insensitively.
 */
export const FRAMING_WORDS: readonly string[] = [
  'strongman', 'putschist', 'military commander', 'self-styled', 'general', 'warlord', 'coup', 'illegal',
  'legitimate', 'militia', 'militias', 'militiamen', 'mercenaries', 'rebel', 'rebels', 'renegade', 'dictator',
  'regime', 'terrorist', 'terrorists', 'UN-recognised', 'UN-recognized', 'internationally recognised',
  'internationally recognized', 'Tripoli-based', 'emboldened', 'stronghold', 'forces loyal to',
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const FRAMING = new RegExp(`(?<![\\w-])(?:${[...FRAMING_WORDS].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\w-])`, 'gi');

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
const DESIGNATION = /\b(?:MiG|Sukhoi|Su)[- ]?\d+s?\b/gi;
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

export function quoteMentions(quote: string): QuoteMentions {
  const dates = matches(DATE, quote).filter((m) => isDate(m.text));
  const taken = [...dates, ...matches(DESIGNATION, quote)];
  const inTaken = (start: number, end: number) => taken.some((t) => start < t.end && end > t.start);
  const numbers = matches(NUMBER, quote).filter((m) => !inTaken(m.start, m.end));
  const spellings = SPELLING_GROUPS.flatMap((g) =>
    matches(g.pattern, quote).map((m) => ({ group: g.name, text: m.text, value: m.text.toLowerCase().replace(/[\s-]+/g, ' ') })),
  );
  const framing = matches(FRAMING, quote).map((m) => ({ text: m.text, value: m.text.toLowerCase().replace('recognized', 'recognised') }));
  return {
    numbers: numbers.map((m) => ({ text: m.text, value: numberValue(m.text) })),
    dates: dates.map((m) => ({ text: m.text, value: dateValue(m.text) })),
    spellings,
    framing,
  };
}
