// Where everything goes in the exported picture: the title and dates above
// the map, the legend and credits below it, wrapped to the map's width (one
// legend column on a phone, more on a wide screen). Pure layout in CSS pixels
// from an ImageCaption and a text-measuring function, so it is tested without
// a browser; drawFrame.ts paints it on a canvas.
import type { ImageCaption, LegendItem } from './imageCaption';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Width in CSS pixels of `text` set in `font` (a CSS font shorthand). */
export type Measure = (text: string, font: string) => number;

export interface FrameText {
  text: string;
  /** left edge and baseline */
  x: number;
  y: number;
  font: string;
  colour: string;
}

export interface FrameSwatch {
  item: LegendItem;
  /** the swatch's square */
  box: Box;
}

export interface FrameLayout {
  width: number;
  height: number;
  /** where the map's picture goes, at its own size */
  map: Box;
  texts: FrameText[];
  swatches: FrameSwatch[];
  /** tops of the 1 px rules that part the map from the caption, just outside it */
  rules: number[];
}

/** The caption's type: the app's system fonts, dark on white as in its panels. */
export const FRAME_FONTS = {
  title: '600 19px system-ui, sans-serif',
  dates: '15px system-ui, sans-serif',
  legend: '13px system-ui, sans-serif',
  credits: '12px system-ui, sans-serif',
} as const;
const INK = '#1d2430';
const MUTED = '#3b4656';
const PAD = 14;
const SWATCH = 14;
/** A legend column needs about this much room; a phone gets one, a desktop three. */
const COLUMN_WIDTH = 300;
const MAX_COLUMNS = 3;

/** Greedy word wrap; a word longer than the line stands on a line of its own. */
export function wrapText(text: string, maxWidth: number, font: string, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const tried = line ? `${line} ${word}` : word;
    if (line && measure(tried, font) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = tried;
  }
  if (line) lines.push(line);
  return lines;
}

export function exportFrame(caption: ImageCaption, map: { width: number; height: number }, measure: Measure): FrameLayout {
  const width = map.width;
  const inner = Math.max(1, width - 2 * PAD);
  const texts: FrameText[] = [];
  const put = (lines: readonly string[], x: number, top: number, lineHeight: number, font: string, colour: string): number => {
    // 0.78 of the line down: the baseline of a line set solid with its leading split evenly.
    for (const [i, text] of lines.entries()) texts.push({ text, x, y: top + (i + 0.78) * lineHeight, font, colour });
    return top + lines.length * lineHeight;
  };

  let y = put(wrapText(caption.title, inner, FRAME_FONTS.title, measure), PAD, 10, 24, FRAME_FONTS.title, INK);
  y = put([caption.dates], PAD, y + 2, 20, FRAME_FONTS.dates, MUTED) + 8;
  const mapBox = { x: 0, y, width, height: map.height };
  y += map.height;
  const rules = [mapBox.y - 1, y];

  const columns = Math.max(1, Math.min(MAX_COLUMNS, Math.floor(inner / COLUMN_WIDTH)));
  const columnWidth = inner / columns;
  const labelWidth = columnWidth - SWATCH - 8 - 8;
  const swatches: FrameSwatch[] = [];
  y += 8;
  for (let row = 0; row * columns < caption.legend.length; row++) {
    const items = caption.legend.slice(row * columns, (row + 1) * columns);
    const rowLines = items.map((item) => wrapText(item.label, labelWidth, FRAME_FONTS.legend, measure));
    items.forEach((item, i) => {
      const x = PAD + i * columnWidth;
      swatches.push({ item, box: { x, y: y + 2, width: SWATCH, height: SWATCH } });
      put(rowLines[i] ?? [], x + SWATCH + 8, y, 18, FRAME_FONTS.legend, INK);
    });
    y += Math.max(...rowLines.map((l) => l.length)) * 18 + 2;
  }
  y += 4;
  for (const credit of caption.credits) y = put(wrapText(credit, inner, FRAME_FONTS.credits, measure), PAD, y, 16, FRAME_FONTS.credits, MUTED);
  return { width, height: Math.ceil(y + 10), map: mapBox, texts, swatches, rules };
}
