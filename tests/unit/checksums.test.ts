import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex, unchangedSinceBuild } from '../../src/data/checksums';

const bytes = (text: string) => new TextEncoder().encode(text);
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('data checksums', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('are SHA-256 in lower-case hex, as the build writes them', async () => {
    expect(await sha256Hex(bytes('[{"id":"a"}]'))).toBe(sha('[{"id":"a"}]'));
  });

  it('say unchanged only when every file has the checksum the build recorded', async () => {
    const built = { 'events.json': sha('[1]'), 'sources.json': sha('[2]') };
    expect(await unchangedSinceBuild([['events.json', bytes('[1]')], ['sources.json', bytes('[2]')]], built)).toBe(true);
    // One byte off in one file.
    expect(await unchangedSinceBuild([['events.json', bytes('[1]')], ['sources.json', bytes('[3]')]], built)).toBe(false);
    // A file the build did not record.
    expect(await unchangedSinceBuild([['events.json', bytes('[1]')], ['zones.geojson', bytes('[2]')]], built)).toBe(false);
  });

  it('say changed when there is nothing to compare with: no checksums (dev server), no files, no Web Crypto', async () => {
    expect(await unchangedSinceBuild([['events.json', bytes('[1]')]], null)).toBe(false);
    expect(await unchangedSinceBuild([], { 'events.json': sha('[1]') })).toBe(false);
    vi.stubGlobal('crypto', {});
    expect(await sha256Hex(bytes('[1]'))).toBeNull();
    expect(await unchangedSinceBuild([['events.json', bytes('[1]')]], { 'events.json': sha('[1]') })).toBe(false);
  });
});
