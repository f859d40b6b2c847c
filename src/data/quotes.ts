// Whether a citation's quote is really in its article. The articles mix curly
// and straight quotes and wrap lines unevenly, and a data author typing a quote
// should not have to reproduce that; the words themselves must match exactly.

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g; // ‘ ’ ‚ ‛ ′
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g; // “ ” „ ‟ ″

/** The text with Unicode composed (NFC), quote marks made straight and whitespace runs made one space. */
export function normaliseForQuote(text: string): string {
  return text
    .normalize('NFC')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Shown quote openings are cut to this many characters, so that a message stays one line. */
const SHOWN_CHARACTERS = 40;

/**
 * Null when `quote` occurs in `articleText` (after normaliseForQuote on both);
 * otherwise why not, naming `articleName` (default "the article") and how much
 * of the quote's start does match, which is usually where the typo is.
 */
export function quoteProblem(quote: string, articleText: string, options: { articleName?: string } = {}): string | null {
  const { articleName = 'the article' } = options;
  const wanted = normaliseForQuote(quote);
  const text = normaliseForQuote(articleText);
  if (wanted.length === 0) return 'quote is empty';
  if (text.includes(wanted)) return null;
  const matched = longestMatchingStart(wanted, text);
  if (matched === 0) return `quote not found in ${articleName}; not even its first character matches`;
  const start = wanted.slice(0, matched);
  const shown = start.length > SHOWN_CHARACTERS ? `…${start.slice(-SHOWN_CHARACTERS)}` : start;
  return `quote not found in ${articleName}; it matches up to "${shown}" (${matched} of ${wanted.length} characters)`;
}

/** Length of the longest start of `wanted` that occurs in `text` (binary search: occurrence is monotone in length). */
function longestMatchingStart(wanted: string, text: string): number {
  let low = 0;
  let high = wanted.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (text.includes(wanted.slice(0, middle))) low = middle;
    else high = middle - 1;
  }
  return low;
}
