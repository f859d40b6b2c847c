// How a piece of someone else's URL appears inside a notice. Notices are plain
// text (React renders them as text, so no HTML escaping is needed), but they
// must stay short and must not let the link author control how they display.

/** Characters kept from a value before it is cut with "…": enough to recognise it. */
export const NOTICE_QUOTE_CHARS = 40;

// Control characters would break the line, and format characters (U+202E
// RIGHT-TO-LEFT OVERRIDE, zero-width joiners…) can make the notice read
// differently from what the URL says. Both show as U+FFFD instead.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

export function quoteForNotice(text: string, maxChars: number = NOTICE_QUOTE_CHARS): string {
  // Cut before replacing so a 10,000-character value costs 40 steps, and cut
  // by code point so an emoji is never split into a lone surrogate.
  const codePoints: string[] = [];
  for (const codePoint of text) {
    if (codePoints.length === maxChars) {
      codePoints.push('…');
      break;
    }
    codePoints.push(codePoint);
  }
  return codePoints.join('').replace(INVISIBLE, '\uFFFD');
}
