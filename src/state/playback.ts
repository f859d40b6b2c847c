// Playing the date window: its end steps one day at a time while its start
// stays, so the map gathers the events up to each day and the zones follow
// the end (as a reader scrubbing "what had happened by then" would).
// Where playing starts: a window of several days is played through from its
// first day (the end goes back to the start, then forward to where it was);
// a single-day window plays on from that day to the end of the range.
// Playing again after a pause carries on towards the same last day.
import { addDays } from '../dates';

/** An inclusive date window, YYYY-MM-DD. */
export interface DateWindow {
  from: string;
  to: string;
}

/** One play-through: the start it keeps, and the last day its end goes to. */
export interface Playback {
  from: string;
  until: string;
}

/** The speeds offered, in days per second. */
export const PLAY_SPEEDS = [0.5, 1, 2, 4] as const;
export const DEFAULT_PLAY_SPEED = 1;

/**
 * What pressing Play does: the play-through and the first window it shows;
 * null when there is nothing to play (a single day at the range's end).
 * `paused`: the play-through a pause left, carried on if the window is still
 * where it stopped.
 */
export function startPlayback(window: DateWindow, bounds: readonly [string, string], paused: Playback | null = null): { playback: Playback; first: DateWindow } | null {
  if (paused && paused.from === window.from && window.to < paused.until) {
    return { playback: paused, first: { from: window.from, to: addDays(window.to, 1) } };
  }
  if (window.from < window.to) return { playback: { from: window.from, until: window.to }, first: { from: window.from, to: window.from } };
  const until = bounds[1];
  if (window.to >= until) return null;
  return { playback: { from: window.from, until }, first: { from: window.from, to: addDays(window.to, 1) } };
}

/** The window after `window` in this play-through; null when it has reached its last day (playing stops). */
export function nextWindow(window: DateWindow, playback: Playback): DateWindow | null {
  if (window.to >= playback.until) return null;
  return { from: playback.from, to: addDays(window.to, 1) };
}

/** Milliseconds between steps at `daysPerSecond`. */
export function stepMs(daysPerSecond: number): number {
  return 1000 / daysPerSecond;
}
