// src/ is a tool for any sourced story: the story lives in story.json, and code
// (or a comment) that names one of geo/'s factions, places or people is a bug
// that a second story would show. Tests and fixtures may name them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './fixtureDirs';

/** geo/'s faction ids as whole words (so "designation" is not "gna"), and its country, leader and capital anywhere in a word. */
const STORY_NAMES = /\b(?:gna|lna)\b|libya|haftar|tripoli/i;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** "src/x.ts:12: the line" for every line under `dir` that names the story. */
export function storyNamesIn(dir: string): string[] {
  return filesUnder(dir).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (STORY_NAMES.test(line) ? [`${relative(repoRoot, file)}:${i + 1}: ${line.trim()}`] : [])),
  );
}

describe('src/', () => {
  it('names no faction, place or person of a story', () => {
    expect(storyNamesIn(join(repoRoot, 'src'))).toEqual([]);
  });
  it('the scan finds such a name, with its file and line', () => {
    const found = storyNamesIn(join(repoRoot, 'tests', 'fixtures', 'valid'));
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatch(/^tests\/fixtures\/valid\/[\w.]+:\d+: /);
  });
});
