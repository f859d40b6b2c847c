// Reading a story folder's story.json from disk, for Node scripts, the build
// and tests (the app gets the story the build checked, as `virtual:story`).
// A story that is missing or wrong is an error that lists every problem: no
// script can do anything sensible without one.
import { join } from 'node:path';
import { readJsonFile } from './loadDataset';
import { parseStory, STORY_FILE, type Story } from './storySchema';
import { UnreadableFile } from './validation/parseFile';

/** The folder a command works on: GEO_DIR, or geo/ beside the scripts. */
export function storyDirFrom(env: NodeJS.ProcessEnv, fallback: string): string {
  return env['GEO_DIR'] && env['GEO_DIR'] !== '' ? env['GEO_DIR'] : fallback;
}

export function readStory(dir: string): Story {
  const path = join(dir, STORY_FILE);
  const raw = readJsonFile(path);
  if (raw instanceof UnreadableFile) throw new Error(`${path}: ${raw.reason}`);
  const { story, problems } = parseStory(raw);
  if (!story) {
    const lines = problems.map((p) => `  ${[p.field, p.id].filter(Boolean).join(' ')}: ${p.reason}`);
    throw new Error(`${path} is not a valid story (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
  }
  return story;
}
