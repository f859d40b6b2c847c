// The app's validator: the records' part of validateDataset, without turf.
import { describe, expect, it } from 'vitest';
import { readGeoDir } from '../../src/data/loadDataset';
import { validateDataset } from '../../src/data/validateDataset';
import { validateRecords } from '../../src/data/validateRecords';
import { brokenDir, validDir, validateDir } from './fixtureDirs';

describe('validateRecords', () => {
  it('returns the same dataset as validateDataset for valid data', () => {
    const raw = readGeoDir(validDir);
    const { dataset, problems } = validateRecords(structuredClone(raw));
    expect(problems).toEqual([]);
    expect(dataset).toEqual(validateDataset(structuredClone(raw)).dataset);
  });

  it.each(['unknown-location', 'unknown-source', 'missing-source', 'duplicate-id', 'malformed-json'])(
    'finds what validateDataset finds in the records: %s',
    (name) => {
      const { problems } = validateRecords(readGeoDir(brokenDir(name)));
      expect(problems).toEqual(validateDir(brokenDir(name)).problems);
      expect(problems.length).toBeGreaterThan(0);
    },
  );

  it('leaves geometry to validateDataset (npm run validate, before every build)', () => {
    const dir = brokenDir('self-intersecting-zone');
    expect(validateRecords(readGeoDir(dir)).problems).toEqual([]);
    expect(validateDir(dir).problems.map((p) => p.reason)).toEqual(['intersects itself at [22.25, 27.25]']);
  });
});
