// The timeline along the map: every event in the filter over the story's date
// range, on an axis that zooms from years to days (−/+, the wheel, a pinch),
// with the date window on it (TimelineWindow.tsx) and the count of what the
// window holds, said honestly. The zoom is the timeline's own state; the
// window is the URL's (from/to), changed through onChange.
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Model } from '../data/model';
import { eventsHiddenBy, type LayerId } from '../layers';
import { dayNumber } from '../state/eventColumns';
import { dayString, layoutTimeline, timelineEvents, windowCountText } from '../state/timelineModel';
import { lastVisibleData } from '../state/lastVisibleData';
import { STORY } from '../story';
import { axisOf, domainAround, domainShowing, panDomain, reachOf, zoomDomain, type Domain } from './timelineAxis';
import { LANE_LABEL, TimelineMarks } from './TimelineMarks';
import { TimelineWindow } from './TimelineWindow';
import './timeline.css';

interface Props {
  model: Model;
  layers: readonly LayerId[];
  minArticles: number;
  from: string;
  to: string;
  /** the range the window may take, inclusive YYYY-MM-DD */
  bounds: readonly [string, string];
  /** events in the window, and how many of them are known only to a month or year reaching beyond it (VisibleData) */
  eventCount: number;
  spanningCount: number;
  selected: string | null;
  onChange: (from: string, to: string) => void;
  onSelectEvent: (id: string) => void;
  /** rendered first in the timeline's bar: the slot for Play / Pause */
  controls?: ReactNode;
}

/** Height of the month lane, px, as timeline.css draws it: how many spans of one month stack there. */
const SPAN_LANE_PX = { wide: 36, compact: 20 };
const ZOOM_STEP = 2;
/** The timeline's own width under which it takes its compact form: a track of about 520 px beside the lanes' labels. */
const COMPACT_BELOW_PX = 620;

/**
 * The track's width, and whether the timeline takes its compact form (a phone),
 * both measured before the first paint (layout effects), so the timeline never
 * comes drawn for a guessed width and then shifts (a layout shift the bench and
 * tests/browser/pageReady.test.ts count). Compact goes by the whole timeline's
 * width, which does not change with it; the track's width does (lane labels).
 * The width is null until measured: the first render draws the timeline
 * without its marks, axis and window, which are drawn once, at the measured
 * width, still before the paint (drawn first at a guessed width, they were
 * drawn twice: the page's first render took about 4 ms longer).
 */
function useTrackSize(): [React.RefObject<HTMLElement | null>, React.RefObject<HTMLDivElement | null>, number | null, boolean] {
  const outer = useRef<HTMLElement>(null);
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  const [compact, setCompact] = useState(false);
  const compactNow = useRef(false);
  const measure = useCallback(() => {
    if (outer.current) {
      const next = outer.current.clientWidth < COMPACT_BELOW_PX;
      if (next !== compactNow.current) {
        compactNow.current = next;
        setCompact(next);
        // The lanes' labels come or go with it, which changes the track's width: measured once they have (below).
        return;
      }
    }
    if (ref.current) setWidth(Math.max(50, ref.current.clientWidth));
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: compact shows or hides the lanes' labels, which changes the track's width: measure again, still before the paint
  useLayoutEffect(measure, [measure, compact]);
  useEffect(function followResizes() {
    const el = outer.current;
    if (!el) return;
    if (typeof ResizeObserver === 'undefined') {
      window.addEventListener('resize', measure);
      return () => window.removeEventListener('resize', measure);
    }
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure]);
  return [outer, ref, width, compact];
}

// memo: the app re-renders on every date step and pan; this redraws only when its props change.
export const Timeline = memo(function Timeline({ model, layers, minArticles, from, to, bounds, eventCount, spanningCount, selected, onChange, onSelectEvent, controls }: Props) {
  const [min, max] = bounds;
  const hiddenBy = eventsHiddenBy(layers);
  const reach = useMemo(() => reachOf([min, max]), [min, max]);
  const [domain, setDomain] = useState<Domain>(() => domainAround(from, to, reach));
  const [sectionRef, trackRef, width, compact] = useTrackSize();
  // Every event the layers and the minimum of articles let through, over the whole range: the window only shades them.
  const events = useMemo(() => {
    const { indices } = lastVisibleData(model, { layers, from: min, to: max, minArticles }, STORY);
    return timelineEvents(model, indices);
  }, [model, layers, minArticles, min, max]);
  // Null until the track is measured (useTrackSize): nothing is laid out for a guessed width.
  const axis = useMemo(() => (width === null ? null : axisOf(domain, width)), [domain, width]);
  const layout = useMemo(
    () => (width === null ? null : layoutTimeline(events, domain[0], domain[1], width, compact ? SPAN_LANE_PX.compact : SPAN_LANE_PX.wide)),
    [events, domain, width, compact],
  );
  // The window moved from elsewhere (the date fields, a link, Back): the axis follows it.
  useEffect(
    function showTheWindow() {
      setDomain((d) => domainShowing(d, dayNumber(from), dayNumber(to), reach));
    },
    [from, to, reach],
  );
  // The wheel zooms around the pointer (a trackpad's pinch is a wheel with ctrlKey); sideways, it pans.
  useEffect(
    function zoomByWheel() {
      const el = trackRef.current;
      if (!el) return;
      const onWheel = (e: WheelEvent) => {
        e.preventDefault();
        const px = e.clientX - el.getBoundingClientRect().left;
        setDomain((d) => {
          const a = axisOf(d, el.clientWidth);
          if (Math.abs(e.deltaX) > Math.abs(e.deltaY) || e.shiftKey) {
            const delta = (e.deltaX || e.deltaY) / Math.max(1, el.clientWidth) * (d[1] - d[0]);
            return panDomain(d, Math.round(delta), reach);
          }
          return zoomDomain(d, Math.exp(e.deltaY * 0.002), a.dayAt(px), reach);
        });
      };
      el.addEventListener('wheel', onWheel, { passive: false });
      return () => el.removeEventListener('wheel', onWheel);
    },
    [trackRef, reach],
  );
  const pinch = usePinch(trackRef, (factor, px) => setDomain((d) => zoomDomain(d, factor, axisOf(d, width ?? 0).dayAt(px), reach)));
  const windowCentre = (dayNumber(from) + dayNumber(to) + 1) / 2;
  const zoom = (factor: number) => setDomain((d) => zoomDomain(d, factor, d[0] <= windowCentre && windowCentre <= d[1] ? windowCentre : (d[0] + d[1]) / 2, reach));
  // The latest onChange, so that the marks (memo) are not redrawn because the app gave a new function.
  const change = useRef(onChange);
  change.current = onChange;
  const pickDays = useCallback((start: number, end: number) => {
    const lo = Math.max(start, dayNumber(min));
    const hi = Math.min(end - 1, dayNumber(max));
    if (lo <= hi) change.current(dayString(lo), dayString(hi));
  }, [min, max]);
  const atReach = domain[0] <= reach[0] && domain[1] >= reach[1];
  return (
    <section ref={sectionRef} className={`timeline${compact ? ' compact' : ''}`} aria-label="Timeline">
      <div className="timeline-bar">
        {/* A <section> with a name is a region: "Timeline". The slot for Play / Pause (engineer "play"'s PlayControl), moved here at merge. */}
        <div className="timeline-controls">{controls}</div>
        <div className="timeline-zoom">
          <button type="button" onClick={() => zoom(ZOOM_STEP)} disabled={atReach} aria-label="Zoom out the timeline">−</button>
          <button type="button" onClick={() => zoom(1 / ZOOM_STEP)} disabled={domain[1] - domain[0] <= 7} aria-label="Zoom in the timeline">+</button>
        </div>
        <p className="timeline-summary">{windowCountText(eventCount, spanningCount, from, to)}{hiddenBy ? `; ${hiddenBy} (Layers & dates)` : ''}.</p>
      </div>
      <div className="timeline-body">
        <div className="timeline-labels" aria-hidden="true">
          <span data-lane="counts">{layout && `Per ${layout.unit}`}</span>
          {(['reported', 'claims', 'month', 'year'] as const).map((lane) => <span key={lane} data-lane={lane}>{LANE_LABEL[lane]}</span>)}
        </div>
        <div className="timeline-track" ref={trackRef} {...pinch}>
          {layout && axis && width !== null && (
            <>
              <TimelineMarks layout={layout} axis={axis} selected={selected} onSelectEvent={onSelectEvent} onPickDays={pickDays} />
              <div className="timeline-axis" aria-hidden="true">
                {axis.ticks.map((t) => <span key={t.x} className="timeline-tick" style={{ left: t.x }}>{t.label}</span>)}
              </div>
              <TimelineWindow from={from} to={to} bounds={bounds} axis={axis} width={width} onChange={onChange} />
            </>
          )}
        </div>
      </div>
    </section>
  );
});

/** Two fingers on the track zoom it: the factor from the change of their distance, around their middle. */
function usePinch(ref: React.RefObject<HTMLDivElement | null>, onZoom: (factor: number, px: number) => void) {
  const touches = useRef(new Map<number, number>());
  const span = (m: Map<number, number>) => {
    const xs = [...m.values()];
    return xs.length === 2 ? Math.abs(xs[0]! - xs[1]!) : 0;
  };
  return {
    onPointerDown: (e: React.PointerEvent) => {
      if (e.pointerType === 'touch') touches.current.set(e.pointerId, e.clientX);
    },
    onPointerMove: (e: React.PointerEvent) => {
      const m = touches.current;
      if (!m.has(e.pointerId) || m.size !== 2) return;
      const before = span(m);
      m.set(e.pointerId, e.clientX);
      const after = span(m);
      const left = ref.current?.getBoundingClientRect().left ?? 0;
      const mid = ([...m.values()].reduce((a, b) => a + b, 0) / 2) - left;
      if (before > 10 && after > 10) onZoom(before / after, mid);
    },
    onPointerUp: (e: React.PointerEvent) => touches.current.delete(e.pointerId),
    onPointerCancel: (e: React.PointerEvent) => touches.current.delete(e.pointerId),
  };
}
