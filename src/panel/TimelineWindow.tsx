// The date window on the timeline: two handles that are sliders (arrow keys a
// day, Page Up / Page Down a week, Home / End the ends of the range; dragged by
// pointer) and the bar between them, dragged to move the whole window. The
// shade outside the window lets the marks under it be clicked. The window's
// dates stand inside it where they fit between the handles, else beside it
// (a single day on a phone is a dozen pixels wide).
import { useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type PointerEvent } from 'react';
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
/** px of air kept between the dates and a handle (a phone's default nine days leave 3 px) */
const AIR = 2;

/** How the window's dates are drawn here: their font, measured on a canvas, and how far a handle reaches into the window. */
interface TextMetrics {
  widthOf: (text: string) => number;
  reach: number;
}

/**
 * Read from the page once per timeline width (the phone's compact timeline
 * has a smaller font and wider handles), never on a date step: a step only
 * measures its new text on a canvas, which lays nothing out.
 */
function useTextMetrics(windowEl: React.RefObject<HTMLDivElement | null>, handleEl: React.RefObject<HTMLDivElement | null>, width: number): TextMetrics | null {
  const [metrics, setMetrics] = useState<TextMetrics | null>(null);
  useLayoutEffect(() => {
    const bar = windowEl.current;
    const handle = handleEl.current;
    // Read again when the track's width changes (a phone turned, the window resized): the compact timeline's font and handles differ.
    if (!bar || !handle || width <= 0) return;
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return;
    const style = getComputedStyle(bar);
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const widths = new Map<string, number>();
    const widthOf = (text: string) => {
      let w = widths.get(text);
      if (w === undefined) {
        w = Math.ceil(context.measureText(text).width);
        widths.set(text, w);
      }
      return w;
    };
    setMetrics({ widthOf, reach: handle.getBoundingClientRect().width / 2 });
  }, [windowEl, handleEl, width]);
  return metrics;
}

export function TimelineWindow({ from, to, bounds, axis, width, onChange }: Props) {
  const [min, max] = [dayNumber(bounds[0]), dayNumber(bounds[1])];
  const [f, t] = [dayNumber(from), dayNumber(to)];
  const clamp = (day: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, day));
  const set = (nf: number, nt: number) => {
    if (nf !== f || nt !== t) onChange(dayString(nf), dayString(nt));
  };
  const drag = useRef<{ x: number; f: number; t: number } | null>(null);
  const windowEl = useRef<HTMLDivElement>(null);
  const handleEl = useRef<HTMLDivElement>(null);
  const metrics = useTextMetrics(windowEl, handleEl, width);
  const left = clamp(axis.x(f), 0, width);
  const right = clamp(axis.x(t + 1), 0, width);
  // A handle is drawn whole, inside the track: at the track's ends (the range's
  // first or last day, or a boundary zoomed out of sight) it stands beside its
  // boundary instead of half cut off by the track's edge, and its line still
  // marks the boundary (timeline.css).
  const reach = metrics?.reach ?? 0;
  const grip = (x: number) => {
    const at = clamp(x, reach, width - reach);
    return { left: at, '--line-shift': `${x - at}px` } as CSSProperties;
  };
  const text = formatDayRange(from, to);
  // Beside the window, after its end where there is room, else before its start.
  let beside: number | null = null;
  if (metrics) {
    const textWidth = metrics.widthOf(text);
    const outer = metrics.reach + AIR;
    if (textWidth + 2 * outer > right - left) beside = right + outer + textWidth <= width ? right + outer : Math.max(0, left - outer - textWidth);
  }

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
        <div className="timeline-window" ref={windowEl} style={{ left, width: Math.max(0, right - left) }} {...bar}
          title="Drag to move the window">
          {beside === null && <span className="timeline-window-text">{text}</span>}
        </div>
        {beside !== null && <span className="timeline-window-text timeline-window-text-beside" style={{ left: beside }}>{text}</span>}
        <div className="timeline-handle timeline-handle-from" ref={handleEl} style={grip(left)} {...slider('from')} />
        <div className="timeline-handle timeline-handle-to" style={grip(right)} {...slider('to')} />
      </div>
    </>
  );
}
