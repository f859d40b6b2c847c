import { describe, expect, it } from 'vitest';
import { textWithLinks } from '../../src/panel/textLinks';

describe('textWithLinks', () => {
  it('makes an address in brackets a link named by its site, and leaves the brackets and the sentence as text', () => {
    expect(textWithLinks("UNSMIL's briefing (https://unsmil.unmissions.org/acting-srsg-briefing-19-may-2020) dates it.")).toEqual([
      { text: "UNSMIL's briefing (" },
      { url: 'https://unsmil.unmissions.org/acting-srsg-briefing-19-may-2020', label: 'unsmil.unmissions.org' },
      { text: ') dates it.' },
    ]);
  });

  it('keeps the punctuation that ends a sentence out of the address, and drops "www." from its name', () => {
    expect(textWithLinks('as published at https://www.france24.com/en/20200114-x, reports; see http://example.org/a.')).toEqual([
      { text: 'as published at ' },
      { url: 'https://www.france24.com/en/20200114-x', label: 'france24.com' },
      { text: ', reports; see ' },
      { url: 'http://example.org/a', label: 'example.org' },
      { text: '.' },
    ]);
  });

  it('leaves a text with no address, or with what only looks like one, as it is', () => {
    expect(textWithLinks('No address here.')).toEqual([{ text: 'No address here.' }]);
    expect(textWithLinks('javascript:alert(1) and ftp://x.org')).toEqual([{ text: 'javascript:alert(1) and ftp://x.org' }]);
    expect(textWithLinks('https://')).toEqual([{ text: 'https://' }]);
  });
});
