// A lane's bins painted on one canvas under their buttons. At 100,000 events a
// lane holds hundreds of bins; drawn as buttons with a gradient each, every
// layer toggle restyled, laid out and repainted all of them (about 10 ms of a
// toggle at 100,000 events in an A/B with the bins not drawn). The buttons
// stay, transparent, over their bars, for the keyboard, the pointer and their
// names; the canvas only paints what they name.
import { useLayoutEffect, useRef } from 'react';

/** One bin's bar, in the lane's CSS pixels. */
export interface BinBar {
  left: number;
  width: number;
  /** of the lane's height, 0 to 1, standing on its bottom */
  height: number;
  /** its factions stacked from the bottom up: each colour from and to a fraction of the bar */
  stops: readonly { colour: string; from: number; to: number }[];
  /** a party's claims or threats: hatched, like the dashed ring of its marker on the map */
  claim: boolean;
  /** a period's spans (month or year known): a lighter bar with an edge */
  span: boolean;
}

interface Size {
  width: number;
  height: number;
  ratio: number;
}

const sizes = new WeakMap<HTMLCanvasElement, Size>();
const hatches = new WeakMap<CanvasRenderingContext2D, { ratio: number; pattern: CanvasPattern | null }>();

/**
 * White stripes rising to the right, half of every 4 px across them, as
 * timeline.css hatches a claim's mark; drawn at the screen's own pixels, so
 * that a sharp screen does not get them blurred up from a small tile.
 */
function hatch(context: CanvasRenderingContext2D, ratio: number): CanvasPattern | null {
  const known = hatches.get(context);
  if (known && known.ratio === ratio) return known.pattern;
  const side = Math.round(6 * ratio);
  const tile = document.createElement('canvas');
  tile.width = tile.height = side;
  const t = tile.getContext('2d');
  let pattern: CanvasPattern | null = null;
  if (t) {
    t.strokeStyle = 'rgba(255, 255, 255, 0.75)';
    t.lineWidth = 2.1 * ratio;
    t.beginPath();
    for (const shift of [-side, 0, side]) {
      t.moveTo(shift, side);
      t.lineTo(shift + side, 0);
    }
    t.stroke();
    pattern = context.createPattern(tile, 'repeat');
    // The context draws in CSS pixels (paint's transform): the tile's pixels are the screen's.
    pattern?.setTransform(new DOMMatrix().scale(1 / ratio));
  }
  hatches.set(context, { ratio, pattern });
  return pattern;
}

function paint(canvas: HTMLCanvasElement, bars: readonly BinBar[]): void {
  const size = sizes.get(canvas);
  const context = size ? canvas.getContext('2d') : null;
  if (!size || !context) return;
  context.setTransform(size.ratio, 0, 0, size.ratio, 0, 0);
  context.clearRect(0, 0, size.width, size.height);
  for (const bar of bars) {
    const tall = bar.height * size.height;
    const top = size.height - tall;
    context.globalAlpha = bar.span ? 0.85 : 1;
    for (const stop of bar.stops) {
      context.fillStyle = stop.colour;
      context.fillRect(bar.left, size.height - stop.to * tall, bar.width, (stop.to - stop.from) * tall);
    }
    const stripes = bar.claim ? hatch(context, size.ratio) : null;
    if (stripes) {
      context.fillStyle = stripes;
      context.fillRect(bar.left, top, bar.width, tall);
    }
    if (bar.span) {
      context.strokeStyle = 'rgba(0, 0, 0, 0.35)';
      context.lineWidth = 1;
      context.strokeRect(bar.left + 0.5, top + 0.5, Math.max(0, bar.width - 1), Math.max(0, tall - 1));
    }
  }
  context.globalAlpha = 1;
}

/**
 * The canvas, as large as its lane: sized by a ResizeObserver, whose first
 * answer comes after the lane's layout and before its first paint (so the bars
 * never come a frame late), and painted again whenever the bars change.
 */
export function BinCanvas({ bars }: { bars: readonly BinBar[] }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const latest = useRef(bars);
  latest.current = bars;
  useLayoutEffect(() => {
    if (ref.current) paint(ref.current, bars);
  }, [bars]);
  useLayoutEffect(function followSize() {
    const canvas = ref.current;
    if (!canvas || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const ratio = window.devicePixelRatio || 1;
      const { width, height } = entry.contentRect;
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      sizes.set(canvas, { width, height, ratio });
      paint(canvas, latest.current);
    });
    observer.observe(canvas);
    return () => observer.disconnect();
  }, []);
  // No fallback content: the buttons over it name what it paints.
  return <canvas ref={ref} className="timeline-bins" />;
}
