// npm run validate [-- --dir <story folder>] [-- --articles <articles folder>]
// Checks a story folder (GEO_DIR, default geo/): its story.json, then the data
// files against their schemas, themselves, the story (factions, zone kinds,
// event types), the story country's outline and the articles its quotes come from. Prints one line per problem and exits 1 on any; the
// build runs this first, so bad data never reaches the map.
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readArticles, readCountryOutline, readGeoDir } from '../src/data/loadDataset';
import { readStory, storyDirFrom } from '../src/data/readStory';
import { storyIds, type Story } from '../src/data/storySchema';
import type { Problem } from '../src/data/model';
import { validateDataset } from '../src/data/validateDataset';
import { readGeoNames } from '../src/data/validation/readGeoNames';
import { readOurAirports } from '../src/data/validation/readOurAirports';
import { isMain } from './isMain';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Where the lines go: the terminal, or a test's lists. */
export type Output = { log: (line: string) => void; error: (line: string) => void };

/** The command with its arguments (those after `--`): prints what it finds and gives the exit code. */
export function validate(args: string[], out: Output = console): number {
  const { values } = parseArgs({
    args,
    options: {
      /** the folder to validate; default GEO_DIR, or geo/ */
      dir: { type: 'string', default: storyDirFrom(process.env, join(repoRoot, 'geo')) },
      /** the article texts; default the story's `articles` folder */
      articles: { type: 'string' },
    },
  });
  const dir = resolve(values.dir);
  let story: Story;
  try {
    story = readStory(dir);
  } catch (error) {
    out.error((error as Error).message);
    return 1;
  }
  const articlesDir = resolve(values.articles ?? join(dir, story.articles));

  let articles: Map<string, string> | undefined;
  if (existsSync(articlesDir)) articles = readArticles(articlesDir);
  else out.log(`quote checks skipped: no articles folder at ${articlesDir}`);

  const { dataset, problems } = validateDataset(readGeoDir(dir), { articles, outline: readCountryOutline(story.country), story: storyIds(story), geonames: readGeoNames(), airports: readOurAirports() });

  /** geo/events.json when run from the repository, the full path for a folder elsewhere. */
  const where = (file: string): string => {
    const path = relative(process.cwd(), join(dir, file));
    return path === '' ? '.' : path.startsWith('..') ? join(dir, file) : path;
  };
  const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const line = ({ file, id, field, reason }: Problem): string =>
    `${[where(file), id, field].filter((part) => part !== null && part !== '').join(' ')}: ${reason}`;

  if (!dataset) {
    for (const problem of problems) out.error(line(problem));
    out.error(`${count(problems.length, 'problem')} in ${where('')}/`);
    return 1;
  }

  const snapshots = new Set(dataset.zones.map((z) => `${z.properties.validFrom}/${z.properties.validTo}`)).size;
  const counts = [
    count(dataset.sources.length, 'source'),
    count(dataset.locations.length, 'location'),
    `${count(dataset.events.length, 'event')} (${dataset.events.filter((e) => e.path).length} with a path)`,
    `${count(dataset.zones.length, 'zone')} in ${count(snapshots, 'snapshot')}`,
  ];
  const quotes = articles ? `; every quote found in its article (${count(articles.size, 'article')})` : '';
  out.log(`${where('')}/ is valid: ${counts.join(', ')}${quotes}`);
  return 0;
}

if (isMain(import.meta.url)) process.exitCode = validate(process.argv.slice(2));
