// story.json is checked like the data files: a bad story is a list of
// problems, each with its field, and npm run validate (so the build) stops on it.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/data/storySchema';
import { geoStory } from '../fixtures/fixtureStory';
import { fixtureArticlesDir, repoRoot, validDir } from './fixtureDirs';
import { validate } from '../../scripts/validate';
import { callScript } from './runScript';

const rawStory = (): any => JSON.parse(readFileSync(join(repoRoot, 'geo', 'story.json'), 'utf8'));

describe('parseStory', () => {
  it("takes geo/'s story, factions in their order", () => {
    const { story, problems } = parseStory(rawStory());
    expect(problems).toEqual([]);
    expect(story!.factions.map((f) => f.id)).toEqual(['gna', 'lna', 'other']);
  });

  it('sorts factions by order, whatever their place in the file', () => {
    const raw = rawStory();
    raw.factions.reverse();
    expect(parseStory(raw).story!.factions.map((f) => f.id)).toEqual(geoStory.factions.map((f) => f.id));
  });

  it('names the field of every schema problem, and refuses fields it does not know', () => {
    const raw = rawStory();
    delete raw.title;
    raw.factions[0].colour = 'blue';
    raw.subtitle = 'a typo of shortTitle';
    expect(parseStory(raw)).toEqual({
      story: null,
      problems: [
        { file: 'story.json', id: null, field: 'title', reason: 'Invalid input: expected string, received undefined' },
        { file: 'story.json', id: null, field: 'factions.0.colour', reason: 'must be a colour like "#0072B2"' },
        { file: 'story.json', id: null, field: '', reason: 'Unrecognized key: "subtitle"' },
      ],
    });
  });

  it('checks the story against itself', () => {
    const raw = rawStory();
    raw.factions[1].id = 'gna';
    raw.factions[2].id = 'zones';
    raw.zoneKinds[0].faction = 'nobody';
    raw.window = { from: '2030-01-01', to: '2030-01-02', label: 'Later' };
    raw.vocabulary.spellings[0].pattern = '(unclosed';
    const fields = parseStory(raw).problems.map((p) => p.field);
    // With the second faction renamed, the zone kinds that named it point at nothing too.
    expect(fields).toEqual(['factions.1.id', 'factions.2.id', 'zoneKinds.0.faction', 'zoneKinds.1.faction', 'window', 'vocabulary.spellings.0.pattern']);
  });
});

describe('npm run validate on a bad story', () => {
  it('stops, naming the file and each problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'geo-bad-story-'));
    cpSync(validDir, dir, { recursive: true });
    const raw = rawStory();
    raw.factions[0].colour = 'blue';
    writeFileSync(join(dir, 'story.json'), JSON.stringify(raw));
    const run = callScript(validate, ['--dir', dir, '--articles', fixtureArticlesDir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${join(dir, 'story.json')} is not a valid story (1 problem):`);
    expect(run.stderr).toContain('factions.0.colour: must be a colour like "#0072B2"');
  });
});
