// The narratives file (geo/narratives.json): a tour whose step points at an
// event or a source that is not there, or says more than its sources report,
// would show a reader a step with nothing behind it; validation refuses it.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticles, readCountryOutline, readGeoDir } from '../../src/data/loadDataset';
import { buildModel } from '../../src/data/buildModel';
import { deriveGeometry } from '../../src/data/deriveGeometry';
import type { Problem } from '../../src/data/model';
import { MAX_STEP_TEXT_CHARS } from '../../src/data/narrativeSchema';
import { readStory } from '../../src/data/readStory';
import { storyIds } from '../../src/data/storySchema';
import { validateDataset } from '../../src/data/validateDataset';
import { validateRecords } from '../../src/data/validateRecords';
import { geoStory } from '../fixtures/fixtureStory';
import { brokenDir, fixtureArticlesDir, fixtures, repoRoot, validDir } from './fixtureDirs';

const options = () => ({ articles: readArticles(fixtureArticlesDir), outline: readCountryOutline('Libya'), story: storyIds(geoStory) });
const problemsOf = (dir: string): Problem[] => validateDataset(readGeoDir(dir), options()).problems;

/** The valid fixture with one tour of one step on its Al-Watiya event; `change` edits that step. */
function withStep(change: (step: Record<string, unknown>) => void): Problem[] {
  const raw = structuredClone(readGeoDir(validDir)) as Record<string, unknown>;
  const step: Record<string, unknown> = {
    event: '2020-05-18-watiya-captured', from: '2020-05-15', to: '2020-05-18',
    text: 'The base changes hands, says the fixture article.', sources: ['fixture-article'],
  };
  change(step);
  raw['narratives'] = [{ id: 'fixture-tour', title: 'A fixture tour', steps: [step] }];
  return validateDataset(raw as never, options()).problems;
}

describe('narratives.json, validated', () => {
  it('refuses a step whose event does not exist', () => {
    expect(problemsOf(brokenDir('narrative-unknown-event'))).toEqual([
      { file: 'narratives.json', id: 'fixture-tour', field: 'steps.1.event', reason: 'unknown event "2020-05-19-never-happened"' },
    ]);
  });

  it('refuses a step whose source does not exist', () => {
    expect(problemsOf(brokenDir('narrative-unknown-source'))).toEqual([
      { file: 'narratives.json', id: 'fixture-tour', field: 'steps.0.sources.0', reason: 'unknown source "nowhere-news"' },
    ]);
  });

  it('refuses them in the browser too, where only the records are checked', () => {
    const { problems } = validateRecords(readGeoDir(brokenDir('narrative-unknown-event')));
    expect(problems.map((p) => p.field)).toEqual(['steps.1.event']);
  });

  it('accepts the step the fixtures are built on', () => {
    expect(withStep(() => {})).toEqual([]);
  });

  it('refuses a source that exists but does not report the step\'s event', () => {
    const raw = structuredClone(readGeoDir(validDir)) as { sources: { id: string }[]; narratives?: unknown };
    // A second article, cited by no event: it cannot vouch for the step.
    raw.sources.push({ ...structuredClone(raw.sources[0]!), id: 'second-article' });
    raw.narratives = [{ id: 't', title: 'A fixture tour', steps: [{ event: '2020-05-18-watiya-captured', text: 'The base changes hands.', sources: ['second-article'] }] }];
    const problems = validateDataset(raw as never, { story: storyIds(geoStory) }).problems;
    expect(problems).toEqual([
      expect.objectContaining({ file: 'narratives.json', id: 't', field: 'steps.0.sources.0', reason: expect.stringContaining('does not report the step\'s event') }),
    ]);
  });

  it('keeps a step\'s dates and view inside the story', () => {
    expect(withStep((s) => { s['to'] = '2021-01-01'; }).map((p) => [p.field, p.reason])).toEqual([
      ['steps.0.to', "2021-01-01 is outside the story's dateRange 2011-01-01 to 2020-05-31"],
    ]);
    expect(withStep((s) => { s['from'] = '2020-05-19'; }).map((p) => p.field)).toEqual(['steps.0.to']);
    expect(withStep((s) => { s['view'] = { center: [48.85, 2.35], zoom: 6 }; }).map((p) => p.field)).toEqual(['steps.0.view.center']);
    expect(withStep((s) => { s['view'] = { bounds: [[30, 10], [34, 40]] }; }).map((p) => p.field)).toEqual(['steps.0.view.bounds.1']);
    expect(withStep((s) => { delete s['event']; })).toEqual([expect.objectContaining({ field: 'steps.0', reason: 'a step needs an event, a view, or both' })]);
  });

  it('refuses ids, file numbers and long texts in what readers read', () => {
    expect(withStep((s) => { s['text'] = 'As fixture-article says, the base changes hands.'; }).map((p) => p.reason)).toEqual([
      expect.stringContaining('readers see source id fixture-article'),
    ]);
    expect(withStep((s) => { s['text'] = 'x'.repeat(MAX_STEP_TEXT_CHARS + 1); }).map((p) => p.field)).toEqual(['steps.0.text']);
  });

  it('is optional: a story without the file validates and has no tours', () => {
    const dir = mkdtempSync(join(tmpdir(), 'geo-no-tours-'));
    cpSync(validDir, dir, { recursive: true });
    rmSync(join(dir, 'narratives.json'), { force: true });
    const { dataset, problems } = validateDataset(readGeoDir(dir), options());
    expect(problems).toEqual([]);
    expect(buildModel(dataset!, deriveGeometry(dataset!)).narratives.size).toBe(0);
  });
});

describe('the tours as shipped', () => {
  it('geo/ has "The escalation, 13–23 May 2020" in 8 to 12 steps, each opening an event or a view', () => {
    const dir = join(repoRoot, 'geo');
    const story = readStory(dir);
    const { dataset, problems } = validateDataset(readGeoDir(dir), { articles: readArticles(join(dir, story.articles)), story: storyIds(story) });
    expect(problems).toEqual([]);
    const tour = dataset!.narratives!.find((n) => n.title === 'The escalation, 13–23 May 2020');
    expect(tour?.steps.length).toBeGreaterThanOrEqual(8);
    expect(tour?.steps.length).toBeLessThanOrEqual(12);
  });

  it('the other story has its own short tour', () => {
    const dir = join(fixtures, 'other-story');
    const { dataset, problems } = validateDataset(readGeoDir(dir), { story: storyIds(readStory(dir)) });
    expect(problems).toEqual([]);
    expect(dataset!.narratives!.map((n) => n.steps.length)).toEqual([3]);
  });
});
