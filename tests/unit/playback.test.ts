// Where playing starts, each step, and where it stops (src/state/playback.ts).
import { describe, expect, it } from 'vitest';
import { nextWindow, startPlayback } from '../../src/state/playback';

const bounds = ['2011-01-01', '2020-05-31'] as const;

describe('playback', () => {
  it('plays a window of several days from its first day back to where it ended', () => {
    const start = startPlayback({ from: '2020-05-15', to: '2020-05-23' }, bounds);
    expect(start?.first).toEqual({ from: '2020-05-15', to: '2020-05-15' });
    const seen: string[] = [];
    let window = start?.first ?? null;
    while (window && start) {
      seen.push(window.to);
      window = nextWindow(window, start.playback);
    }
    expect(seen).toEqual(['15', '16', '17', '18', '19', '20', '21', '22', '23'].map((d) => `2020-05-${d}`));
  });

  it('keeps the start while the end steps', () => {
    const start = startPlayback({ from: '2020-05-15', to: '2020-05-23' }, bounds)!;
    expect(nextWindow({ from: '2020-05-15', to: '2020-05-17' }, start.playback)).toEqual({ from: '2020-05-15', to: '2020-05-18' });
  });

  it('plays a single day on to the end of the range, and has nothing to play at its end', () => {
    const start = startPlayback({ from: '2020-05-29', to: '2020-05-29' }, bounds)!;
    expect(start.first).toEqual({ from: '2020-05-29', to: '2020-05-30' });
    expect(nextWindow({ from: '2020-05-29', to: '2020-05-31' }, start.playback)).toBeNull();
    expect(startPlayback({ from: '2020-05-31', to: '2020-05-31' }, bounds)).toBeNull();
  });

  it('carries on after a pause, towards the same last day', () => {
    const { playback } = startPlayback({ from: '2020-05-15', to: '2020-05-23' }, bounds)!;
    const resumed = startPlayback({ from: '2020-05-15', to: '2020-05-19' }, bounds, playback);
    expect(resumed).toEqual({ playback, first: { from: '2020-05-15', to: '2020-05-20' } });
    // Moved elsewhere meanwhile: a new play-through of the window as it is.
    expect(startPlayback({ from: '2020-05-10', to: '2020-05-12' }, bounds, playback)?.first).toEqual({ from: '2020-05-10', to: '2020-05-10' });
  });
});
