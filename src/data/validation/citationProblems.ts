// Every quote must be in the article its source names: that is what makes the
// map "sourced". Runs only when the article texts are at hand (in Node).
import type { Problem } from '../model';
import { quoteProblem } from '../quotes';
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
  return problems;
}
