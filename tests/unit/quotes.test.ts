import { describe, expect, it } from 'vitest';
import { normaliseForQuote, quoteProblem } from '../../src/data/quotes';

describe('normaliseForQuote', () => {
  it('makes quote marks straight and whitespace single', () => {
    expect(normaliseForQuote('  Haftar\u2019s \u201Clargest\n   aerial\tcampaign\u201D \u2018x\u2019 \u201Ey\u201F \u2032 \u2033 ')).toBe(
      `Haftar's "largest aerial campaign" 'x' "y" ' "`,
    );
  });

  it('composes accents, so İbrahim Kalın matches however it was typed', () => {
    expect(normaliseForQuote('Kal\u0131n I\u0307brahim')).toBe(normaliseForQuote('Kal\u0131n \u0130brahim'));
  });
});

describe('quoteProblem', () => {
  const article = 'Jaroushi said:\n\u201CYou are about to see the largest aerial campaign in Libyan history\u201D.\nHaftar\u2019s forces withdrew.';

  it('accepts a quote whose whitespace and quote marks differ', () => {
    expect(quoteProblem('"You are about to see the largest   aerial campaign', article)).toBeNull();
    expect(quoteProblem("Haftar's forces withdrew.", article)).toBeNull();
  });

  it('says how much of the quote matches, and where it stops', () => {
    expect(quoteProblem("Haftar's forces advanced.", article)).toBe(
      `quote not found in the article; it matches up to "Haftar's forces " (16 of 25 characters)`,
    );
    expect(quoteProblem('You are about to see the largest aerial campaign in Libyan histories', article, { articleName: '000.txt' })).toBe(
      'quote not found in 000.txt; it matches up to "…largest aerial campaign in Libyan histor" (65 of 68 characters)',
    );
  });

  it('is exact about everything else: spelling, case, hyphens', () => {
    expect(quoteProblem('haftar\u2019s forces withdrew', article)).toBe('quote not found in the article; it matches up to "h" (1 of 24 characters)');
    expect(quoteProblem('Zuwara was shelled', article)).toBe('quote not found in the article; not even its first character matches');
    expect(quoteProblem('', article)).toBe('quote is empty');
  });
});
