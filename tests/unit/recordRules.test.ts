// Rules of the record that the schema cannot see, checked on the real geo/
// files: what readers read names articles as they know them (the validator's
// rule, readerTextProblems, run here on the real data), an undated
// article never dates anything to the day by itself, and a party's words stay
// that party's. Each rule is also shown catching the fault it is there for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, type RawDataset } from '../../src/data/dataFiles';
import type { EventRecord, SourceRecord } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validateDataset';
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
  // The rule itself is the validator's (src/data/validation/readerTextProblems.ts,
  // tested in readerTextProblems.test.ts), so npm run validate and the build catch it.
  it('no file numbers, source ids, file names or commands in any reader-facing field of the real data', () => {
    const raw = Object.fromEntries(DATA_FILES.map((f) => [f.key, JSON.parse(readFileSync(join(repoRoot, 'geo', f.name), 'utf8'))])) as RawDataset;
    expect(validateDataset(raw).problems.filter((p) => p.reason.startsWith('readers see'))).toEqual([]);
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
