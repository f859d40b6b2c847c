// A reader's text with the web addresses it cites made links: a note that
// names a later report prints its address in full (data stays as written),
// and shown as text a long address wraps over lines and cannot be followed.
// Pure: LinkedText.tsx draws the parts.

export type TextPart = { text: string } | { url: string; label: string };

/**
 * An http(s) address up to a space or a closing bracket, with its host (the
 * site a reader names it by, without "www."); the punctuation that ends the
 * sentence around it is left out.
 */
const ADDRESS = /https?:\/\/(?:www\.)?([\w-]+(?:\.[\w-]+)+)[^\s)\]]*?(?=[.,;:!?'"’”]*(?:[\s)\]]|$))/g;

/** `text` cut into plain runs and addresses, in order. */
export function textWithLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(ADDRESS)) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index) });
    parts.push({ url: match[0], label: match[1]! });
    at = match.index + match[0].length;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at) });
  return parts;
}
