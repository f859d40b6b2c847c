// The app is a tool for any sourced story: built from tests/fixtures/other-story/
// (GEO_DIR), it is that story's map, with its title, its factions by their
// names, its events and their sources, and nothing of geo/'s story.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readStory } from '../../src/data/readStory';
import { repoRoot } from '../unit/fixtureDirs';
import { describeBrowser, launchBrowser, openApp, waitForApp } from './browser';
import { buildVariant } from './buildVariant';
import { startStaticServer, type StaticServer } from './staticServer';

const storyDir = join(repoRoot, 'tests', 'fixtures', 'other-story');
const story = readStory(storyDir);
/** Words of geo/'s story that must not show anywhere in the other story's page. */
const GEO_STORY = /Libya|Haftar|Tripoli|\bGNA\b|\bLNA\b|jets?\b/i;

/** Builds the app as `GEO_DIR=<dir> npm run build` does: the story plugin and the data both from `dir`. */
async function buildStory(dir: string): Promise<string> {
  const before = process.env['GEO_DIR'];
  process.env['GEO_DIR'] = dir;
  try {
    return await buildVariant(dir);
  } finally {
    if (before === undefined) delete process.env['GEO_DIR'];
    else process.env['GEO_DIR'] = before;
  }
}

describeBrowser('another story, built with GEO_DIR', () => {
  let browser: Browser;
  let server: StaticServer;
  let out: string;
  beforeAll(async () => {
    out = await buildStory(storyDir);
    [server, browser] = await Promise.all([startStaticServer(out), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('is that story: its title, its factions by name, its events with their sources, and nothing of geo/', async () => {
    const { page, problems } = await openApp(browser, '', { baseURL: server.url });
    await waitForApp(page);
    expect(await page.title()).toBe(story.title);
    expect(await page.locator('.toolbar .title').textContent()).toBe(story.shortTitle);
    expect(story.shortTitle).toContain('synthetic test data');

    // One toggle per faction of the story, by its name, in its order.
    const toggles = page.getByRole('group', { name: 'Factions' }).getByRole('checkbox');
    expect(await toggles.count()).toBe(story.factions.length);
    for (const faction of story.factions) expect(await page.getByLabel(faction.name).isChecked()).toBe(true);

    // Turning a faction off takes its events off the map.
    const lisbon = page.locator('.event-marker[data-location="lisbon"]');
    await lisbon.waitFor();
    await page.getByLabel('South Alliance (synthetic)').uncheck();
    await expect.poll(() => lisbon.count()).toBe(0);
    await page.getByLabel('South Alliance (synthetic)').check();
    await lisbon.waitFor();

    // An event opens with its source, whose outlet says it is synthetic test data.
    await page.locator('.event-marker[data-location="coimbra"]').click();
    const panel = page.locator('.event-detail');
    await panel.waitFor();
    expect(await panel.locator('h2').textContent()).toBe('North Coalition marches into Coimbra');
    expect(await panel.locator('.source-quote').allTextContents()).toEqual(['its volunteers had marched into Coimbra at dawn']);
    expect(await panel.textContent()).toContain('Synthetic Gazette (synthetic test data)');
    expect(await panel.textContent()).toContain('North Coalition (synthetic)');

    expect(await page.locator('body').innerText()).not.toMatch(GEO_STORY);
    expect(problems).toEqual([]);
  });
});
