// Validates a geo/ folder in full and says what the app may then trust without
// validating it again: the SHA-256 of each file and the geometry derived from
// them. Used by the build's verified-data plugin (verifiedData.ts) and tests.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { VerifiedData } from '../src/data/appModel';
import { datasetOf } from '../src/data/datasetOf';
import { deriveGeometry } from '../src/data/deriveGeometry';
import { readArticles, readCountryOutline, readGeoDir } from '../src/data/loadDataset';
import { readStory } from '../src/data/readStory';
import { storyIds } from '../src/data/storySchema';
import { validateDataset } from '../src/data/validateDataset';
import { readGeoNames } from '../src/data/validation/readGeoNames';
import { readOurAirports } from '../src/data/validation/readOurAirports';
import { DATA_FILES } from '../src/data/dataFiles';

/**
 * Validates `dir` in full (with the articles' quotes when `articlesDir` exists)
 * and returns its checksums and geometry; throws, naming the problems, when it
 * is not valid, or when the schemas would drop a field (the app then reads the
 * files as they are, so what was validated must be all there is).
 */
export function verifyGeoDir(dir: string, articlesDir: string): VerifiedData {
  const story = readStory(dir);
  const raw = readGeoDir(dir);
  const articles = existsSync(articlesDir) ? readArticles(articlesDir) : undefined;
  const { dataset, problems } = validateDataset(raw, { articles, outline: readCountryOutline(story.country), story: storyIds(story), geonames: readGeoNames(), airports: readOurAirports() });
  if (!dataset) {
    const lines = problems.slice(0, 10).map((p) => `  ${[p.file, p.id, p.field].filter(Boolean).join(' ')}: ${p.reason}`);
    throw new Error(`${dir} is not valid (${problems.length} problems; npm run validate lists them):\n${lines.join('\n')}`);
  }
  const asRead = datasetOf(raw);
  for (const { key, name } of DATA_FILES) {
    if (!isDeepStrictEqual(asRead[key] ?? [], dataset[key] ?? [])) {
      throw new Error(`${join(dir, name)} has fields its schema (src/data/schema.ts) does not know; add them there or remove them`);
    }
  }
  const checksums = Object.fromEntries(
    // An optional file the story left out has no bytes to vouch for (and the app does not fetch it).
    DATA_FILES.filter(({ name }) => existsSync(join(dir, name))).map(({ name }) => [name, createHash('sha256').update(readFileSync(join(dir, name))).digest('hex')]),
  );
  return { checksums, geometry: deriveGeometry(dataset) };
}

