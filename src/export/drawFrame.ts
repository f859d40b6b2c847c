// Paints the exported picture: the map's canvas (mapImage.ts) inside the frame
// exportFrame.ts lays out, with the caption's text and the legend's swatches
// drawn as the map draws those marks. Everything is drawn on one canvas, so
// nothing of the caption depends on html-to-image.
import { exportFrame, type FrameSwatch } from './exportFrame';
import type { ImageCaption } from './imageCaption';

const BACKGROUND = '#ffffff';
const RULE = '#d5dbe3';
/** The embedded basemap's land (map/basemapLayers.ts): zones are see-through, so their swatches sit on it as on the map. */
const LAND = '#f4f1e8';
/** A mid grey for the rings' swatches: the ring, not a side, is what they explain. */
const RING_FILL = '#8a94a0';

function drawSwatch(ctx: CanvasRenderingContext2D, { item, box }: FrameSwatch): void {
  const { x, y, width: w, height: h } = box;
  const [cx, cy, r] = [x + w / 2, y + h / 2, w / 2 - 1];
  ctx.save();
  ctx.lineWidth = 2;
  ctx.strokeStyle = item.colour;
  ctx.fillStyle = item.colour;
  if (item.mark === 'dot' || item.mark === 'ring' || item.mark === 'ring-dotted') {
    ctx.beginPath();
    ctx.arc(cx, cy, r, 0, 2 * Math.PI);
    ctx.fillStyle = item.mark === 'dot' ? item.colour : RING_FILL;
    ctx.fill();
    // A marker's outline: white for a reported event, the dark ring for a claim.
    if (item.mark === 'dot') ctx.strokeStyle = BACKGROUND;
    if (item.mark !== 'dot') ctx.setLineDash(item.mark === 'ring' ? [3, 2] : [1, 2]);
    ctx.stroke();
    if (item.mark === 'dot') {
      ctx.lineWidth = 0.75;
      ctx.strokeStyle = '#1d2430';
      ctx.beginPath();
      ctx.arc(cx, cy, r + 1, 0, 2 * Math.PI);
      ctx.stroke();
    }
  } else if (item.mark === 'line') {
    ctx.lineWidth = 3;
    ctx.setLineDash([6, 4]);
    ctx.beginPath();
    ctx.moveTo(x - 3, cy);
    ctx.lineTo(x + w + 3, cy);
    ctx.stroke();
  } else {
    ctx.fillStyle = LAND;
    ctx.fillRect(x, y, w, h);
    ctx.fillStyle = item.colour;
    ctx.globalAlpha = item.opacity;
    ctx.fillRect(x, y, w, h);
    ctx.globalAlpha = 1;
    ctx.lineWidth = 1.5;
    if (item.mark === 'area-dashed') ctx.setLineDash([4, 4]);
    ctx.strokeRect(x + 0.75, y + 0.75, w - 1.5, h - 1.5);
  }
  ctx.restore();
}

/** The picture: `map` (a canvas at `ratio` device pixels per CSS pixel) framed by the caption. */
export function drawFrame(map: HTMLCanvasElement, ratio: number, caption: ImageCaption): HTMLCanvasElement {
  const picture = document.createElement('canvas');
  const ctx = picture.getContext('2d');
  if (!ctx) throw new Error('The browser could not make the image.');
  const measure = (text: string, font: string) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
  const layout = exportFrame(caption, { width: map.width / ratio, height: map.height / ratio }, measure);
  picture.width = Math.round(layout.width * ratio);
  picture.height = Math.round(layout.height * ratio);
  // Resizing a canvas resets its state: scale and type are set after.
  ctx.scale(ratio, ratio);
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.drawImage(map, layout.map.x, layout.map.y, layout.map.width, layout.map.height);
  ctx.fillStyle = RULE;
  for (const y of layout.rules) ctx.fillRect(0, y, layout.width, 1);
  ctx.textBaseline = 'alphabetic';
  for (const t of layout.texts) {
    ctx.font = t.font;
    ctx.fillStyle = t.colour;
    ctx.fillText(t.text, t.x, t.y);
  }
  for (const s of layout.swatches) drawSwatch(ctx, s);
  return picture;
}
