// The geo/ fixtures of the data tests. tests/fixtures/valid/ is a small dataset
// that passes; each tests/fixtures/broken/<name>/ holds only the file(s) that
// differ from it, so every broken fixture shows exactly what it breaks.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticles, readGeoDir, readCountryOutline } from '../../src/data/loadDataset';
import { validateDataset } from '../../src/data/validateDataset';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const fixtures = join(repoRoot, 'tests', 'fixtures');
export const validDir = join(fixtures, 'valid');
export const fixtureArticlesDir = join(fixtures, 'articles');

/** A complete geo folder in a temporary directory: the valid fixture with the broken one's files laid over it. */
export function brokenDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `geo-${name}-`));
  cpSync(validDir, dir, { recursive: true });
  cpSync(join(fixtures, 'broken', name), dir, { recursive: true });
  return dir;
}

/** Validates a geo folder the way npm run validate does, against the fixture article. */
export function validateDir(dir: string) {
  return validateDataset(readGeoDir(dir), { articles: readArticles(fixtureArticlesDir), outline: readCountryOutline('Libya') });
}
