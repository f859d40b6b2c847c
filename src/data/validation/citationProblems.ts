// Every quote must be in the article its source names: that is what makes the
// map "sourced". So must the words a title, summary or tour step sets in
// single quotation marks, which readers take for the articles' own. And who a
// party spoke to ("told Reuters") must be in the event's own quotes. Runs only
// when the article texts are at hand (in Node).
import type { Problem } from '../model';
import { normaliseForQuote, quoteProblem } from '../quotes';
import type { Citation } from '../schema';
import { FILE_NAMES, type ParsedDataset } from './ParsedDataset';

/** `articles`: article text by file name, as in sources.json's `file`. */
export function citationProblems(parsed: ParsedDataset, articles: ReadonlyMap<string, string>): Problem[] {
  const problems: Problem[] = [];
  const articleOf = new Map<string, string>();
  for (const { record: source, id } of parsed.sources.valid) {
    if (articles.has(source.file)) articleOf.set(id, source.file);
    else problems.push({ file: FILE_NAMES.sources, id, field: 'file', reason: `no article text "${source.file}" in the articles folder` });
  }

  const check = (file: string, id: string, prefix: string, citations: readonly Citation[]): void => {
    citations.forEach((citation, i) => {
      // An unknown source or a missing article is reported once, above or by referenceProblems.
      const articleName = articleOf.get(citation.source);
      const text = articleName === undefined ? undefined : articles.get(articleName);
      if (articleName === undefined || text === undefined) return;
      const reason = quoteProblem(citation.quote, text, { articleName });
      if (reason) problems.push({ file, id, field: `${prefix}${i}.quote`, reason });
    });
  };
  for (const { record, id } of parsed.events.valid) check(FILE_NAMES.events, id, 'sources.', record.sources);
  problems.push(...quotedWordsProblems(parsed, [...articles.values()]), ...toldWhomProblems(parsed));
  return problems;
}

// "told Bloomberg", "speaking to the BBC": a name, its words capitalised, after a verb of telling.
const TOLD_WHOM = /\b(?:told|telling|speaking to|spoke to)\s+(?:the\s+)?(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)/gu;

/** Who `text` says a party spoke to ("told X", "speaking to X"), in order. */
export function toldWhom(text: string): string[] {
  return [...text.matchAll(TOLD_WHOM)].map((m) => m[1] ?? '');
}

/**
 * Whom a party told something, in an event's summary or claimant, is an
 * attribution a reader relies on: the event's own quotes must name them (one
 * article may say an official spoke to an outlet where another only cites
 * him). Any of the event's quotes will do, but for case.
 */
function toldWhomProblems(parsed: ParsedDataset): Problem[] {
  const problems: Problem[] = [];
  for (const { record, id } of parsed.events.valid) {
    const quotes = record.sources.map((s) => normaliseForQuote(s.quote).toLowerCase());
    for (const field of ['summary', 'claimedBy'] as const) {
      for (const whom of toldWhom(record[field] ?? '')) {
        if (quotes.some((q) => q.includes(normaliseForQuote(whom).toLowerCase()))) continue;
        problems.push({ file: FILE_NAMES.events, id, field, reason: `says they spoke to ${whom}, but none of this event's quotes names ${whom}: quote the words that say so, or say only what the quotes show` });
      }
    }
  }
  return problems;
}

// A mark opens after a space, a bracket or the start and closes before a
// space, punctuation or the end, so an apostrophe (a party's, the parties')
// neither opens nor closes one.
const IN_SINGLE_MARKS = /(?<=^|[\s([“"])['‘]([^'‘’]+?)['’](?=$|[\s,.;:!?)\]”"])/gu;

/** The words `text` sets in single quotation marks ('…' or ‘…’), in order. */
export function wordsInSingleMarks(text: string): string[] {
  return [...text.matchAll(IN_SINGLE_MARKS)].map((m) => m[1] ?? '');
}

/**
 * Words in single marks in an event's title or summary or a tour step's text
 * must be in one of the articles (any: a summary may quote another article
 * to set against its own), as written but for case. Date notes are left out:
 * they quote the outside references they name.
 */
function quotedWordsProblems(parsed: ParsedDataset, articleTexts: readonly string[]): Problem[] {
  const texts = articleTexts.map((t) => normaliseForQuote(t).toLowerCase());
  const problems: Problem[] = [];
  const check = (file: string, id: string, field: string, text: string): void => {
    for (const words of wordsInSingleMarks(text)) {
      const wanted = normaliseForQuote(words).toLowerCase();
      if (!texts.some((t) => t.includes(wanted))) {
        problems.push({ file, id, field, reason: `the words '${words}' are set in quotation marks but are in no article: quote the articles' own words, or drop the marks` });
      }
    }
  };
  for (const { record, id } of parsed.events.valid) {
    check(FILE_NAMES.events, id, 'title', record.title);
    check(FILE_NAMES.events, id, 'summary', record.summary);
  }
  for (const { record, id } of parsed.narratives.valid) {
    for (const [i, step] of record.steps.entries()) check(FILE_NAMES.narratives, id, `steps.${i}.text`, step.text);
  }
  return problems;
}
