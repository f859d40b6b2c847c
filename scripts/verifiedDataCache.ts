// Data validated once per run: `npm test` and `npm run build` validate geo/ in
// full once (scripts/validateOnce.ts), write what the validation says the app
// may trust (checksums and derived geometry, scripts/verifyGeoDir.ts) to a file
// and name that file in VERIFIED_DATA_FILE for the commands they run next. The
// build's verified-data plugin and the tests that need the real data valid
// reuse it instead of validating again, but only for the very bytes that were
// validated: any file that differs by a byte, or articles that changed, are
// validated afresh. Nothing here imports the validator, so Vite's config can
// import it and stay small.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { VerifiedData } from '../src/data/appModel';

/** The environment variable naming the file; set only for the commands of one run. */
export const VERIFIED_DATA_FILE = 'VERIFIED_DATA_FILE';

interface CacheFile {
  /** SHA-256 of the article texts the quotes were checked against; null when there were none */
  articles: string | null;
  verified: VerifiedData;
}

function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** One hash over every article file, names included; null when the folder is missing (quote checks skipped). */
function articlesHash(articlesDir: string): string | null {
  if (!existsSync(articlesDir)) return null;
  const hash = createHash('sha256');
  for (const name of readdirSync(articlesDir).sort()) hash.update(`${name}\0${sha256(readFileSync(join(articlesDir, name)))}\0`);
  return hash.digest('hex');
}

/** Writes what a full validation of a folder with `articlesDir` found, for the rest of the run. */
export function writeVerifiedData(path: string, articlesDir: string, verified: VerifiedData): void {
  const cache: CacheFile = { articles: articlesHash(articlesDir), verified };
  writeFileSync(path, JSON.stringify(cache));
}

/**
 * What this run's full validation said of `dir`, when VERIFIED_DATA_FILE names
 * one and `dir` holds byte for byte the files it validated, with the same
 * articles; else null, and the caller validates. Matched by content, not by
 * folder, so a copy of geo/ with the same bytes reuses it too.
 */
export function reuseVerifiedData(dir: string, articlesDir: string, env: NodeJS.ProcessEnv = process.env): VerifiedData | null {
  const path = env[VERIFIED_DATA_FILE];
  if (!path || !existsSync(path)) return null;
  let cache: CacheFile;
  try {
    cache = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
  } catch {
    return null;
  }
  const names = Object.keys(cache.verified?.checksums ?? {});
  if (names.length === 0) return null;
  for (const name of names) {
    const file = join(resolve(dir), name);
    if (!existsSync(file) || sha256(readFileSync(file)) !== cache.verified.checksums[name]) return null;
  }
  return cache.articles === articlesHash(articlesDir) ? cache.verified : null;
}
