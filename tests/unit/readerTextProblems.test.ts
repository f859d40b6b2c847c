// The validator refuses what readers should never read: article file numbers,
// sources.json ids, file names and commands in titles, summaries, notes,
// claimants, actors, reader names, place and zone names and notes.
import { describe, expect, it } from 'vitest';
import { makingLeaks } from '../../src/data/validation/readerTextProblems';
import { brokenDir, validateDir, validDir } from './fixtureDirs';

const ids = ['tripoli-dateline', 'turkey-reiterated', 'fixture-article'];

describe('makingLeaks', () => {
  it('finds "per 001", a source id, a file name and an npm command', () => {
    expect(makingLeaks('as reported in 001', ids)).toEqual(['article file number 001']);
    expect(makingLeaks('(000, 004)', ids)).toHaveLength(1);
    expect(makingLeaks('see turkey-reiterated for this', ids)).toEqual(['source id turkey-reiterated']);
    expect(makingLeaks('from 002_1ac90010c147ba5d.txt', ids)).toEqual(['file name 002_1ac90010c147ba5d.txt']);
    expect(makingLeaks('drawn with zones.coarse.geojson', ids)).toEqual(['file name zones.coarse.geojson']);
    expect(makingLeaks('run npm run zones after', ids)).toEqual(['a command']);
  });

  it('lets reader names, years, kilometres and the addresses of references through', () => {
    expect(makingLeaks('the undated Tripoli-datelined report', ids)).toEqual([]);
    expect(makingLeaks('the undated “Turkey reiterated” report', ids)).toEqual([]);
    expect(makingLeaks('in 2004, within 0.004 km of 1004 Main St', ids)).toEqual([]);
    expect(makingLeaks('as mirrored at https://example.org/wiki/data.json?id=001', ids)).toEqual([]);
  });
});

describe('validateDataset refuses the data’s making in what readers read', () => {
  it('passes the valid fixture', () => {
    expect(validateDir(validDir).problems).toEqual([]);
  });

  it('reports each leak in the broken fixture by file, record and field, and gives no dataset', () => {
    const { dataset, problems } = validateDir(brokenDir('making-in-reader-text'));
    expect(dataset).toBeNull();
    expect(problems.map((p) => [p.file, p.id, p.field])).toEqual([
      ['events.json', '2020-05-18-watiya-captured', 'summary'],
      ['events.json', '2020-05-18-watiya-captured', 'summary'],
      ['events.json', '2020-05-18-watiya-captured', 'summary'],
      ['events.json', '2020-05-18-watiya-captured', 'dateNote'],
    ]);
    expect(problems.map((p) => p.reason).join('\n')).toMatch(/source id fixture-article[\s\S]*file name fixture-article\.txt[\s\S]*a command[\s\S]*article file number 000/);
  });
});
