// The table of data files drives reading and checking: every row is read, and
// a one-object file (such as a story's settings) is checked like the lists.
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../src/data/dataFiles';
import { readGeoDir } from '../../src/data/loadDataset';
import { UnreadableFile } from '../../src/data/parseJson';
import { parseFile } from '../../src/data/validation/parseFile';
import { validDir } from './fixtureDirs';

describe('DATA_FILES', () => {
  it('is what readGeoDir reads: one entry per row, none other', () => {
    const raw = readGeoDir(validDir);
    expect(Object.keys(raw)).toEqual(DATA_FILES.map((f) => f.key));
    for (const f of DATA_FILES) expect(raw[f.key], f.name).not.toBeInstanceOf(UnreadableFile);
  });

  it('a one-object file is checked as one record, its problems named by field', () => {
    const schema = z.object({ title: z.string().check(z.minLength(3)) });
    const ok = parseFile('story.json', { title: 'A story' }, { file: schema, record: schema }, 'object');
    expect(ok.problems).toEqual([]);
    expect(ok.valid).toEqual([{ record: { title: 'A story' }, id: '' }]);
    const bad = parseFile('story.json', { title: 'A' }, { file: schema, record: schema }, 'object');
    expect(bad.problems).toEqual([{ file: 'story.json', id: null, field: 'title', reason: expect.stringMatching(/>=3 characters/) as unknown as string }]);
    expect(bad.valid).toEqual([]);
    expect(parseFile('story.json', [], { file: schema, record: schema }, 'object').readable).toBe(false);
  });
});
