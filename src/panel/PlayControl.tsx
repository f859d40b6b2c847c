// Play and Pause for the date window (state/playback.ts says what a step is).
// Self-contained: it is given the window and the range and says which window
// to show, so it can sit in any time control. Pressing Play adds one history
// entry (Back then returns to the view before Play) and each step after it
// replaces that entry, so playing does not fill the history. Any other change
// of the window (a date typed, Back) stops it. A step is a jump, never an
// animation, so it is the same with reduced motion.
// Each step is rendered at once (flushSync), with the map's update
// in the same task: as a plain update, React drew the toolbar and the timeline
// in one task and the map in a later one, and the browser could paint between
// them a frame with the timeline at the new day and the map at the old.
import { memo, useCallback, useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { PLAY_STEP_MARK } from '../performanceMarks';
import { DEFAULT_PLAY_SPEED, type DateWindow, nextWindow, PLAY_SPEEDS, type Playback, startPlayback, stepMs } from '../state/playback';
import './play.css';

interface Props {
  from: string;
  to: string;
  /** first and last day the window may reach, YYYY-MM-DD */
  bounds: readonly [string, string];
  /** `replace`: false adds a history entry (as Play starts), true replaces it (each step) */
  onChange: (from: string, to: string, how: { replace: boolean }) => void;
}

const speedLabel = (daysPerSecond: number) => `${daysPerSecond === 0.5 ? '½' : daysPerSecond} ${daysPerSecond === 1 ? 'day' : 'days'} a second`;

// memo: the app re-renders on every date step and pan; this redraws only when its props change.
export const PlayControl = memo(function PlayControl({ from, to, bounds, onChange }: Props) {
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(DEFAULT_PLAY_SPEED);
  const speedId = useId();
  // Refs, not state: a step reads them, and setting them must not render.
  const playback = useRef<Playback | null>(null);
  /** the window this control last asked for: any other one came from elsewhere */
  const asked = useRef<DateWindow | null>(null);
  const changeRef = useRef(onChange);
  changeRef.current = onChange;

  const show = useCallback((window: DateWindow, replace: boolean) => {
    asked.current = window;
    performance.mark(PLAY_STEP_MARK);
    flushSync(() => changeRef.current(window.from, window.to, { replace }));
  }, []);
  const play = () => {
    const start = startPlayback({ from, to }, bounds, playback.current);
    if (!start) return;
    playback.current = start.playback;
    show(start.first, false);
    setPlaying(nextWindow(start.first, start.playback) !== null);
  };
  const pause = () => setPlaying(false);

  useEffect(
    function stepWhilePlaying() {
      if (!playing) return;
      const current = asked.current;
      if (!current || current.from !== from || current.to !== to) {
        // Moved by something else: that wins, and a later Play starts afresh.
        setPlaying(false);
        playback.current = null;
        return;
      }
      const timer = window.setTimeout(() => {
        const through = playback.current;
        const next = through && nextWindow(current, through);
        if (!through || !next) return setPlaying(false);
        show(next, true);
        if (nextWindow(next, through) === null) {
          setPlaying(false);
          playback.current = null;
        }
      }, stepMs(speed));
      return () => window.clearTimeout(timer);
    },
    [playing, from, to, speed, show],
  );

  const canPlay = playing || startPlayback({ from, to }, bounds, playback.current) !== null;
  return (
    <div className="play-control">
      <button type="button" className="play-toggle" onClick={playing ? pause : play} disabled={!canPlay}>
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? 'Pause' : 'Play'}
      </button>
      <label htmlFor={speedId}>Speed</label>
      <select id={speedId} value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
        {PLAY_SPEEDS.map((s) => (
          <option key={s} value={s}>{speedLabel(s)}</option>
        ))}
      </select>
    </div>
  );
});
