// The one way a geo/ file's text becomes JSON, in Node (loadDataset.ts) and in
// the browser (appModel.ts) alike, so that a data author reads the same
// problem, with its line and column, from npm run validate and from the page.

/** A geo/ file that could not be read as JSON, and why; the validator reports it as the file's one problem. */
export class UnreadableFile {
  constructor(readonly reason: string) {}
}

/** The parsed text, or an UnreadableFile saying where it stops being JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    return new UnreadableFile(`not valid JSON: ${describeJsonError(text, error)}`);
  }
}

/**
 * V8's JSON errors sometimes give a character position and sometimes quote the
 * whole input instead, and other engines word theirs otherwise ("at line 3
 * column 3 of the JSON data"); a data author needs a line number either way.
 */
function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const stated = /at position (\d+)/.exec(message);
  const position = stated ? Number(stated[1]) : firstJsonErrorAt(text);
  const what = message
    .replace(/, (\.\.\.)?".*" is not valid JSON$/s, '')
    .replace(/ (in JSON )?at position \d+.*$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '')
    .replace(/ at line \d+ column \d+ of the JSON data$/, '');
  if (position === null) return what;
  const before = text.slice(0, position).split('\n');
  return `${what} at line ${before.length}, column ${(before[before.length - 1]?.length ?? 0) + 1}`;
}

/** Position of the first character a JSON parser would reject, or null when none is found. */
function firstJsonErrorAt(text: string): number | null {
  let at = 0;
  const fail = (): never => {
    throw at;
  };
  const space = (): void => {
    while (/\s/.test(text[at] ?? '')) at++;
  };
  const literal = (word: string): void => {
    for (const ch of word) if (text[at++] !== ch) (at--, fail());
  };
  const string = (): void => {
    at++;
    while (text[at] !== '"') {
      if (at >= text.length || (text.charCodeAt(at) < 0x20)) fail();
      at += text[at] === '\\' ? 2 : 1;
    }
    at++;
  };
  const value = (): void => {
    space();
    const ch = text[at];
    if (ch === '{') {
      at++;
      space();
      if (text[at] === '}') return void at++;
      for (;;) {
        space();
        if (text[at] !== '"') fail();
        string();
        space();
        if (text[at] !== ':') fail();
        at++;
        value();
        space();
        if (text[at] === '}') return void at++;
        if (text[at] !== ',') fail();
        at++;
      }
    }
    if (ch === '[') {
      at++;
      space();
      if (text[at] === ']') return void at++;
      for (;;) {
        value();
        space();
        if (text[at] === ']') return void at++;
        if (text[at] !== ',') fail();
        at++;
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at));
    if (!number) fail();
    at += number?.[0].length ?? 0;
  };
  try {
    value();
    space();
    return at < text.length ? at : null;
  } catch (position) {
    return typeof position === 'number' ? position : null;
  }
}
