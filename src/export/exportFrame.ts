// The picture the PNG export renders: a title bar (title and dates), the map
// as an image, and the legend and credits below it, built as plain DOM from an
// ImageCaption (all text set as text, never as markup). Laid out by
// .export-frame in panel/analyst.css; kept off screen while it is rendered.
import type { ImageCaption } from './imageCaption';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function exportFrame(caption: ImageCaption, mapUrl: string, width: number, height: number): HTMLElement {
  const frame = el('div', 'export-frame');
  frame.style.width = `${width}px`;
  const head = el('header', 'export-head');
  head.append(el('h1', 'export-title', caption.title), el('p', 'export-dates', caption.dates));
  const map = el('img', 'export-map');
  map.src = mapUrl;
  map.alt = '';
  map.width = width;
  map.height = height;
  const legend = el('ul', 'export-legend');
  for (const item of caption.legend) {
    const li = el('li', '');
    const swatch = el('span', `export-swatch export-swatch-${item.mark}`);
    if (item.mark === 'ring' || item.mark === 'line') swatch.style.borderColor = item.colour;
    else swatch.style.background = item.colour;
    li.append(swatch, document.createTextNode(item.label));
    legend.append(li);
  }
  const credits = el('p', 'export-credits', caption.credits.join(' '));
  frame.append(head, map, legend, credits);
  return frame;
}
