// One JSON parse path: npm run validate (Node, readGeoDir) and the page
// (loadAppData, on the fetched texts) report a broken file in the same words,
// with the line and column a data author can go to.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAppData } from '../../src/data/appModel';
import { DATA_FILES } from '../../src/data/dataFiles';
import { parseJson, UnreadableFile } from '../../src/data/parseJson';
import { brokenDir, validateDir } from './fixtureDirs';

describe('a file that is not JSON', () => {
  it('is reported alike by npm run validate and by the page, at its line and column', async () => {
    const dir = brokenDir('malformed-json');
    const inNode = validateDir(dir).problems;
    const texts = Object.fromEntries(DATA_FILES.filter((f) => existsSync(join(dir, f.name))).map((f) => [f.key, [f.name, readFileSync(join(dir, f.name), 'utf8')]])) as Parameters<typeof loadAppData>[0];
    const inBrowser = await loadAppData(texts, null);
    const expected = { file: 'events.json', id: null, field: '', reason: "not valid JSON: Unexpected token ']' at line 84, column 1" };
    expect(inNode).toEqual([expected]);
    expect(inBrowser).toEqual({ ok: false, problems: [expected] });
  });

  it('is not trusted on the build\'s word: the build never validated text that does not parse', async () => {
    const dir = brokenDir('malformed-json');
    const texts = Object.fromEntries(DATA_FILES.filter((f) => existsSync(join(dir, f.name))).map((f) => [f.key, [f.name, readFileSync(join(dir, f.name), 'utf8')]])) as Parameters<typeof loadAppData>[0];
    const data = await loadAppData(texts, { labelPoints: {}, paths: {} });
    expect(data.ok).toBe(false);
  });

  it('gives a line and column whether V8 states a position or not', () => {
    expect(parseJson('{\n  "a": 1,\n}')).toEqual(new UnreadableFile(expect.stringMatching(/^not valid JSON: .* at line 3, column 1$/) as unknown as string));
    expect(parseJson('[1, 2')).toEqual(new UnreadableFile(expect.stringMatching(/ at line 1, column 6$/) as unknown as string));
    expect(parseJson('[1, 2]')).toEqual([1, 2]);
  });
});
