import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAppData } from '../../src/data/appModel';
import { readGeoDir } from '../../src/data/loadDataset';
import { FILE_NAMES } from '../../src/data/dataFiles';
import { verifyGeoDir } from '../../scripts/verifyGeoDir';
import { brokenDir, fixtureArticlesDir, validDir } from './fixtureDirs';

const texts = (dir: string) =>
  Object.fromEntries(Object.entries(FILE_NAMES).filter(([, file]) => existsSync(join(dir, file))).map(([key, file]) => [key, [file, readFileSync(join(dir, file), 'utf8')]])) as Parameters<typeof loadAppData>[0];

describe('verifyGeoDir (what the build tells the app it may trust)', () => {
  it('gives each file its SHA-256 and the geometry of every place and path', () => {
    const { checksums, geometry } = verifyGeoDir(validDir, fixtureArticlesDir);
    for (const file of Object.values(FILE_NAMES).filter((f) => existsSync(join(validDir, f)))) {
      expect(checksums[file], file).toBe(createHash('sha256').update(readFileSync(join(validDir, file))).digest('hex'));
    }
    const raw = readGeoDir(validDir) as { locations: { features: { properties: { id: string } }[] }; events: { id: string; path?: unknown }[] };
    expect(Object.keys(geometry.labelPoints).sort()).toEqual(raw.locations.features.map((f) => f.properties.id).sort());
    expect(Object.keys(geometry.paths)).toEqual(raw.events.filter((e) => e.path).map((e) => e.id));
    expect(Object.keys(geometry.paths)).toEqual(['hmeimim-to-eastern-libya']);
  });

  it('fails on data that does not validate, naming the problem', () => {
    expect(() => verifyGeoDir(brokenDir('unknown-location'), fixtureArticlesDir)).toThrow(/unknown location "nowhere"/);
  });

  it('fails on a field the schemas do not know, since the app would then read it unchecked', () => {
    const dir = brokenDir('unknown-location');
    writeFileSync(join(dir, 'events.json'), readFileSync(join(validDir, 'events.json'), 'utf8').replace('"title":', '"unchecked": "<b>x</b>", "title":'));
    expect(() => verifyGeoDir(dir, fixtureArticlesDir)).toThrow(/events\.json has fields its schema/);
  });

  it('the app builds the same model from the build-time geometry as from validating in the browser', async () => {
    const { geometry } = verifyGeoDir(validDir, fixtureArticlesDir);
    const trusted = await loadAppData(texts(validDir), geometry);
    const validated = await loadAppData(texts(validDir), null);
    expect(trusted.ok && validated.ok).toBe(true);
    if (trusted.ok && validated.ok) expect(trusted.model).toEqual(validated.model);
  });
});
