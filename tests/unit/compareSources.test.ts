// Source comparison on the real quotes in geo/: the differences a reader
// should see, and none where the articles agree.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventRecord, SourceRecord } from '../../src/data/schema';
import { compareSources } from '../../src/state/compareSources';
import { compileVocabulary, quoteMentions as mentionsIn } from '../../src/state/quoteMentions';
import { geoStory } from '../fixtures/fixtureStory';
import { repoRoot } from './fixtureDirs';

const sources = JSON.parse(readFileSync(join(repoRoot, 'geo', 'sources.json'), 'utf8')) as SourceRecord[];
const events = JSON.parse(readFileSync(join(repoRoot, 'geo', 'events.json'), 'utf8')) as EventRecord[];
const citationsOf = (id: string) => events.find((e) => e.id === id)!.sources;
const vocabulary = compileVocabulary(geoStory.vocabulary);
const quoteMentions = (quote: string) => mentionsIn(quote, vocabulary);
const compare = (citations: Parameters<typeof compareSources>[0], list: Parameters<typeof compareSources>[1]) => compareSources(citations, list, vocabulary);

describe('quoteMentions', () => {
  it('reads digits and number words with their qualifier, and not aircraft names as numbers', () => {
    const m = quoteMentions('Russia delivered at least six Soviet-made MiG-29s and two Sukhoi 24 warplanes, and 3 more');
    expect(m.numbers.map((n) => n.value)).toEqual(['at least 6', '2', '3']);
    expect(m.spellings.map((s) => s.group)).toEqual(['MiG-29', 'Su-24']);
  });
  it('reads a date as a date, not as numbers', () => {
    const m = quoteMentions('parade a captured air defence system in the capital, Tripoli, Libya, May 20 2020.');
    expect(m.numbers).toEqual([]);
    expect(m.dates.map((d) => d.value)).toEqual(['may 20 2020']);
  });
  it('does not take "may" the verb for the month', () => {
    expect(quoteMentions('The jets may assist a new campaign').dates).toEqual([]);
  });
  it('finds framing words as whole words, case-insensitively', () => {
    const m = quoteMentions('putschist Haftar forces; General Khalifa Haftar; the generally calm self-styled army');
    expect(m.framing.map((f) => f.value)).toEqual(['putschist', 'general', 'self-styled']);
  });
  it('finds the framings the fact-check named, as the articles wrote them', () => {
    // Each phrase stands in a verbatim quote of geo/events.json (the record fixes of issue 16).
    const framings = new Set(events.flatMap((e) => e.sources.flatMap((c) => quoteMentions(c.quote).framing.map((f) => f.value))));
    for (const phrase of ['libyan military commander', 'illegal armed forces', 'putin sends reinforcements', 'putschist', 'strongman', 'self-styled']) {
      expect(framings, phrase).toContain(phrase);
    }
  });
});

describe('compareSources', () => {
  it('gives one row per article, "not reported" for the one that leaves the jets out', () => {
    const c = compare(citationsOf('2020-05-hmeimim-to-eastern-libya-jets'), sources);
    expect(c.rows.map((r) => r.source.id)).toEqual(sources.map((s) => s.id));
    // The Limited Times' unattributed count is its own event (geo/events.json), not Bashagha's claim.
    expect(c.reportedBy).toBe(3);
    const missing = c.rows.find((r) => r.source.id === 'haftar-threaten-2020-05-23')!;
    expect(missing).toMatchObject({ reported: false, quotes: [] });
  });
  it('finds the differing counts of jets: eight, several, six and two', () => {
    const c = compare(citationsOf('2020-05-hmeimim-to-eastern-libya-jets'), sources);
    const numbers = c.differences.find((d) => d.kind === 'number')!;
    expect(numbers.variants.map((v) => [v.value, v.sources])).toEqual([
      ['at least 8', ['atrush-2020-05-21']],
      ['at least 6', ['atrush-2020-05-21', 'tripoli-dateline', 'turkey-reiterated']],
      ['2', ['atrush-2020-05-21', 'tripoli-dateline', 'turkey-reiterated']],
      ['several', ['tripoli-dateline']],
    ]);
  });
  it('finds Jaroushi spelled Geroushi by one article', () => {
    const c = compare(citationsOf('2020-05-21-jaroushi-threatens-turkish-targets'), sources);
    const spelling = c.differences.find((d) => d.kind === 'spelling' && d.subject === 'Saqr al-Jaroushi')!;
    expect(spelling.variants.map((v) => v.value).sort()).toEqual(['al jaroushi', 'geroushi']);
    expect(spelling.variants.find((v) => v.value === 'geroushi')!.sources).toEqual(['haftar-threaten-2020-05-23']);
  });
  it('finds Gaddafi, Gadhafi and Qaddafi, and "putschist" in only one article', () => {
    const gaddafi = compare(citationsOf('2011-revolt-ousts-gaddafi'), sources).differences.find((d) => d.subject === 'Muammar Gaddafi')!;
    expect(gaddafi.variants.map((v) => v.value).sort()).toEqual(['al qaddafi', 'gaddafi', 'gadhafi']);
    const framing = compare(citationsOf('2020-05-21-turkish-foreign-ministry-warns'), sources).differences.find((d) => d.kind === 'framing')!;
    expect(framing.variants.find((v) => v.value === 'putschist')!.sources).toEqual(['turkey-reiterated']);
  });
  it('reports no difference when every article says the same thing', () => {
    const same = [
      { source: 'atrush-2020-05-21', quote: 'General Haftar lost six jets on Monday' },
      { source: 'tripoli-dateline', quote: 'general Haftar lost six jets on Monday too' },
    ];
    expect(compare(same, sources).differences).toEqual([]);
  });
  it('counts an article cited twice once', () => {
    const twice = [
      { source: 'atrush-2020-05-21', quote: 'at least eight jets' },
      { source: 'atrush-2020-05-21', quote: 'eight jets again' },
    ];
    const c = compare(twice, sources);
    expect(c.reportedBy).toBe(1);
    expect(c.rows[0]!.quotes).toHaveLength(2);
  });
});

describe('quoteMentions, months', () => {
  it('keeps "in May", "May 20" and a capitalised month as dates', () => {
    expect(quoteMentions('in May the jets came; on May 20; January was quiet').dates.map((d) => d.value)).toEqual(['may', 'may 20', 'january']);
  });
});
