// Leaflet accepts HTML strings for icons and tooltips. Data never goes through
// that path: every label is built as a DOM node whose text is set as text.
export function textElement(tag: string, className: string, text: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = text;
  return el;
}
