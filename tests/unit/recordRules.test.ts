// Rules of the record that the schema cannot see, checked on the real geo/
// files: what readers read names articles as they know them, an undated
// article never dates anything to the day by itself, and a party's words stay
// that party's. Each rule is also shown catching the fault it is there for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventRecord, SourceRecord } from '../../src/data/schema';
import { articleLabel } from '../../src/panel/articleLabel';
import { repoRoot } from './fixtureDirs';

const read = <T>(file: string): T => JSON.parse(readFileSync(join(repoRoot, 'geo', file), 'utf8')) as T;
const sources = read<SourceRecord[]>('sources.json');
const events = read<EventRecord[]>('events.json');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "2020-05-21" → "21 May 2020", the way reader names and notes write a day */
function spelledDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
}

interface Text { where: string; text: string }

/** Every field a reader sees in an event or a source record. */
function readerTexts(evs: readonly EventRecord[], srcs: readonly SourceRecord[]): Text[] {
  const out: Text[] = [];
  for (const e of evs) {
    out.push({ where: `${e.id} title`, text: e.title }, { where: `${e.id} summary`, text: e.summary });
    if (e.dateNote) out.push({ where: `${e.id} dateNote`, text: e.dateNote });
    if (e.claimedBy) out.push({ where: `${e.id} claimedBy`, text: e.claimedBy });
    for (const [i, a] of e.actors.entries()) out.push({ where: `${e.id} actors.${i}`, text: a });
  }
  for (const s of srcs) {
    if (s.readerName) out.push({ where: `${s.id} readerName`, text: s.readerName });
    for (const [i, inf] of s.inferred.entries()) out.push({ where: `${s.id} inferred.${i}`, text: inf.note });
  }
  return out;
}

const escapeRegExp = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What in a reader-facing text belongs to the data's making, not to the reader. */
function makingLeaks(text: string, sourceIds: readonly string[]): string[] {
  const found: string[] = [];
  const fileNumber = text.match(/\b00[0-4]\b/);
  if (fileNumber) found.push(`article file number ${fileNumber[0]}`);
  for (const id of sourceIds) if (new RegExp(`(?<![\\w-])${escapeRegExp(id)}(?![\\w-])`).test(text)) found.push(`source id ${id}`);
  const fileName = text.match(/\b[\w-]+\.(?:txt|json|geojson|tsx?|md)\b/);
  if (fileName) found.push(`file name ${fileName[0]}`);
  if (/\bnpm\s+(?:run|i|install|ci|test|view)\b|\bnpx\b/.test(text)) found.push('a command');
  return found;
}

/**
 * An event dated to the day takes its day from a dated article that reports it
 * (the day it was reported), or says in its dateNote which dated article or
 * which outside reference (a URL) the day comes from.
 */
function dayProblem(e: EventRecord, srcs: readonly SourceRecord[]): string | undefined {
  if (e.datePrecision !== 'day') return undefined;
  const byId = new Map(srcs.map((s) => [s.id, s]));
  const cited = e.sources.map((c) => byId.get(c.source)).filter((s): s is SourceRecord => s !== undefined);
  if (cited.some((s) => s.publishedDate === e.date)) return undefined;
  const note = e.dateNote ?? '';
  const namesDated = srcs.some((s) => s.publishedDate && s.readerName && note.includes(s.readerName));
  if (namesDated || /https?:\/\//.test(note)) return undefined;
  const undated = cited.every((s) => !s.publishedDate);
  return `${e.id}: dated to the day ${e.date}, which ${undated ? 'no cited article is dated and' : 'no cited article is dated to, and'} its dateNote names neither a dated article nor an outside reference`;
}

/** A claim or threat is someone's; a reported event is nobody's claim. */
function claimProblem(e: EventRecord): string | undefined {
  if ((e.status === 'claim' || e.status === 'threat') && !e.claimedBy?.trim()) return `${e.id}: ${e.status} without claimedBy`;
  if (e.status === 'reported' && e.claimedBy !== undefined) return `${e.id}: reported as fact but claimed by ${e.claimedBy}`;
  return undefined;
}

const base: EventRecord = {
  id: 'test-event', date: '2020-05-21', datePrecision: 'day', locationId: 'libya', title: 'A test event',
  summary: 'A test summary.', type: 'statement', actors: ['Someone'], faction: 'other', status: 'reported',
  sources: [{ source: 'tripoli-dateline', quote: 'a quote of some length' }],
};

describe('geo/sources.json names each article as readers know it', () => {
  it('gives every article one reader name of its own, saying its date or that it is undated', () => {
    const names = sources.map((s) => s.readerName);
    expect(names.every((n) => typeof n === 'string' && n.length > 0)).toBe(true);
    expect(new Set(names).size).toBe(sources.length);
    for (const s of sources) {
      if (s.publishedDate) expect(s.readerName).toContain(spelledDay(s.publishedDate));
      else expect(s.readerName).toMatch(/undated/i);
    }
  });

  it('is the name the panels show', () => {
    for (const s of sources) expect(articleLabel(s)).toBe(s.readerName);
  });

  it('panels never show a record id, even for a record without a reader name', () => {
    const bare = { ...sources.find((s) => !s.outlet && !s.headline)!, readerName: undefined };
    expect(articleLabel(bare)).not.toContain(bare.id);
  });
});

describe('what readers read in geo/ holds nothing of how the data was made', () => {
  const ids = sources.map((s) => s.id);

  it('no file numbers, source ids, file names or commands in titles, summaries, notes, claimants or actors', () => {
    const leaks = readerTexts(events, sources).flatMap(({ where, text }) => makingLeaks(text, ids).map((l) => `${where}: ${l}`));
    expect(leaks).toEqual([]);
  });

  it('would catch "per 001", a source id, a file name and an npm command', () => {
    expect(makingLeaks('as reported in 001', ids)).toEqual(['article file number 001']);
    expect(makingLeaks('(000, 004)', ids)).toHaveLength(1);
    expect(makingLeaks('see turkey-reiterated for this', ids)).toEqual(['source id turkey-reiterated']);
    expect(makingLeaks('from 002_1ac90010c147ba5d.txt', ids)).toEqual(['file name 002_1ac90010c147ba5d.txt']);
    expect(makingLeaks('run npm run zones after', ids)).toEqual(['a command']);
    // a reader name that merely resembles an id is not an id
    expect(makingLeaks('the undated Tripoli-datelined report', ids)).toEqual([]);
  });
});

describe('geo/events.json dates only what a dated article or a named reference gives', () => {
  it('every event dated to the day takes the day from a dated article or names where it came from', () => {
    expect(events.map((e) => dayProblem(e, sources)).filter(Boolean)).toEqual([]);
  });

  it('would catch a day taken from an undated article, or from a dated one that says only "this week"', () => {
    const undated = { ...base, date: '2020-05-18', dateNote: "'on Monday' in the undated report, so 18 May" };
    expect(dayProblem(undated, sources)).toMatch(/no cited article is dated/);
    const weekOnly = { ...base, date: '2020-05-18', sources: [{ source: 'atrush-2020-05-21', quote: 'a quote of some length' }], dateNote: "'this week'" };
    expect(dayProblem(weekOnly, sources)).toMatch(/names neither/);
    const named = { ...undated, dateNote: `${sources.find((s) => s.publishedDate)!.readerName} says 'on Wednesday'` };
    expect(dayProblem(named, sources)).toBeUndefined();
    expect(dayProblem({ ...undated, dateNote: 'Reuters, 18 May 2020, https://example.org/report' }, sources)).toBeUndefined();
    expect(dayProblem({ ...undated, date: '2020-05', datePrecision: 'month' }, sources)).toBeUndefined();
  });
});

describe('geo/events.json keeps a party’s words that party’s', () => {
  it('every claim and threat says whose it is, and no reported event has a claimant', () => {
    expect(events.map(claimProblem).filter(Boolean)).toEqual([]);
  });

  it('would catch a claim without a claimant and a fact with one', () => {
    expect(claimProblem({ ...base, status: 'claim' })).toMatch(/without claimedBy/);
    expect(claimProblem({ ...base, status: 'threat', claimedBy: ' ' })).toMatch(/without claimedBy/);
    expect(claimProblem({ ...base, claimedBy: 'Turkish government (attribution implied)' })).toMatch(/reported as fact/);
  });
});
