// The date window on the timeline: two handles that are sliders (arrow keys a
// day, Page Up / Page Down a week, Home / End the ends of the range; dragged by
// pointer) and the bar between them, dragged to move the whole window. The
// shade outside the window lets the marks under it be clicked.
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { formatDay, formatDayRange } from '../dates';
import { dayNumber } from '../state/eventColumns';
import { dayString } from '../state/timelineModel';
import type { Axis } from './timelineAxis';

interface Props {
  from: string;
  to: string;
  /** the range the window may take, inclusive YYYY-MM-DD */
  bounds: readonly [string, string];
  axis: Axis;
  width: number;
  onChange: (from: string, to: string) => void;
}

const KEY_DAYS: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -7, PageUp: 7 };

export function TimelineWindow({ from, to, bounds, axis, width, onChange }: Props) {
  const [min, max] = [dayNumber(bounds[0]), dayNumber(bounds[1])];
  const [f, t] = [dayNumber(from), dayNumber(to)];
  const clamp = (day: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, day));
  const set = (nf: number, nt: number) => {
    if (nf !== f || nt !== t) onChange(dayString(nf), dayString(nt));
  };
  const drag = useRef<{ x: number; f: number; t: number } | null>(null);
  const left = clamp(axis.x(f), 0, width);
  const right = clamp(axis.x(t + 1), 0, width);

  const keys = (which: 'from' | 'to') => (e: KeyboardEvent) => {
    const step = KEY_DAYS[e.key];
    let day: number | undefined;
    const current = which === 'from' ? f : t;
    if (step !== undefined) day = current + step;
    else if (e.key === 'Home') day = which === 'from' ? min : f;
    else if (e.key === 'End') day = which === 'from' ? t : max;
    if (day === undefined) return;
    e.preventDefault();
    if (which === 'from') set(clamp(day, min, t), t);
    else set(f, clamp(day, f, max));
  };
  // A handle follows the pointer to the nearest boundary between days.
  const handleDrag = (which: 'from' | 'to') => ({
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      e.currentTarget.setPointerCapture(e.pointerId);
      e.currentTarget.focus();
      e.preventDefault();
    },
    onPointerMove: (e: PointerEvent<HTMLElement>) => {
      if (!e.currentTarget.hasPointerCapture(e.pointerId)) return;
      const x = e.clientX - (e.currentTarget.parentElement?.getBoundingClientRect().left ?? 0);
      const edge = Math.round(axis.dayAt(x));
      if (which === 'from') set(clamp(edge, min, t), t);
      else set(f, clamp(edge - 1, f, max));
    },
  });
  const bar = {
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      e.currentTarget.setPointerCapture(e.pointerId);
      drag.current = { x: e.clientX, f, t };
      e.preventDefault();
    },
    onPointerMove: (e: PointerEvent<HTMLElement>) => {
      const start = drag.current;
      if (!start || !e.currentTarget.hasPointerCapture(e.pointerId)) return;
      let days = Math.round(axis.dayAt(e.clientX - start.x + axis.x(start.f)) - start.f);
      days = clamp(days, min - start.f, max - start.t);
      set(start.f + days, start.t + days);
    },
    onPointerUp: () => {
      drag.current = null;
    },
  };
  const slider = (which: 'from' | 'to') => {
    const value = which === 'from' ? f : t;
    return {
      role: 'slider',
      tabIndex: 0,
      'aria-label': which === 'from' ? 'Window starts' : 'Window ends',
      'aria-valuemin': which === 'from' ? min : f,
      'aria-valuemax': which === 'from' ? t : max,
      'aria-valuenow': value,
      'aria-valuetext': formatDay(dayString(value)),
      'aria-orientation': 'horizontal' as const,
      onKeyDown: keys(which),
      ...handleDrag(which),
    };
  };
  return (
    <>
      <div className="timeline-shade" style={{ left: 0, width: left }} />
      <div className="timeline-shade" style={{ left: right, right: 0 }} />
      <div className="timeline-window-row">
        <div className="timeline-window" style={{ left, width: Math.max(0, right - left) }} {...bar}
          title="Drag to move the window">
          <span className="timeline-window-text">{formatDayRange(from, to)}</span>
        </div>
        <div className="timeline-handle timeline-handle-from" style={{ left }} {...slider('from')} />
        <div className="timeline-handle timeline-handle-to" style={{ left: right }} {...slider('to')} />
      </div>
    </>
  );
}
