// Data is shown as text: nothing in src/ hands a string to anything that parses
// it as HTML. React escapes what it renders; the ways around that are named
// here, and so are Leaflet's: popups, tooltips and divIcons take an HTML string
// or a DOM node, and only DOM nodes built with textContent are let through.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './fixtureDirs';

/** Parse a string as HTML (or script) wherever they appear. */
const SINKS: [RegExp, string][] = [
  [/\.innerHTML\b/, 'innerHTML'],
  [/\.outerHTML\b/, 'outerHTML'],
  [/\binsertAdjacentHTML\b/, 'insertAdjacentHTML'],
  [/\bdocument\s*\.\s*write(?:ln)?\b/, 'document.write'],
  [/\bdangerouslySetInnerHTML\b/, 'dangerouslySetInnerHTML'],
  [/\bcreateContextualFragment\b/, 'createContextualFragment'],
  [/\bDOMParser\b/, 'DOMParser'],
  [/\bsetHTMLUnsafe\b|\bparseHTMLUnsafe\b/, 'setHTMLUnsafe'],
  [/\bsrcdoc\b/, 'srcdoc'],
  [/\beval\s*\(|\bnew\s+Function\s*\(/, 'eval'],
];

/** Leaflet calls whose first argument is content: an HTML string, or a DOM node. */
const CONTENT_CALLS = /\.\s*(bindPopup|bindTooltip|setContent|setPopupContent|setTooltipContent)\s*\(/g;

/** Calls that make a DOM node and set its text as text (textElement.ts, drawEventMarkers' markerElement). */
const DOM_BUILDER = /^(?:textElement|markerElement|document\s*\.\s*createElement|L\s*\.\s*DomUtil\s*\.\s*create)\s*\(/;

/** The source with comments blanked out (line breaks kept, so line numbers hold), strings left as they are. */
export function withoutComments(source: string): string {
  let out = '';
  let i = 0;
  let quote: string | null = null;
  while (i < source.length) {
    const c = source[i]!;
    if (quote) {
      out += c;
      if (c === '\\') out += source[++i] ?? '';
      else if (c === quote) quote = null;
      i++;
    } else if (c === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n') (out += ' '), i++;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      out += source.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else {
      if (c === '"' || c === "'" || c === '`') quote = c;
      out += c;
      i++;
    }
  }
  return out;
}

/** The expression that starts at `from`, up to the first ',' ')' or '}' outside brackets and strings. */
function expressionAt(code: string, from: number): string {
  let depth = 0;
  let quote: string | null = null;
  for (let i = from; i < code.length; i++) {
    const c = code[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
    else if ((c === ',' || c === ')' || c === '}') && depth === 0) return code.slice(from, i).trim();
  }
  return code.slice(from).trim();
}

/**
 * Why `expression` may be a string rather than a DOM node made as text, or
 * null when it is such a node: a DOM_BUILDER call, a name only ever given
 * the result of one in this file, or a parameter typed HTMLElement (the type
 * checker then holds every caller to a node; building nodes from markup is
 * caught by SINKS wherever it happens).
 */
function notADomNode(code: string, expression: string): string | null {
  if (DOM_BUILDER.test(expression)) return null;
  if (/^[A-Za-z_$][\w$]*$/.test(expression)) {
    if (new RegExp(`[(,]\\s*${expression}\\s*:\\s*HTMLElement\\s*[,)]`).test(code)) return null;
    const assigned = [...code.matchAll(new RegExp(`(?:\\b(?:const|let|var)\\s+)?(?<![.\\w$])${expression}\\s*(?::[^=;\\n]+)?=(?![=>])`, 'g'))].map(
      (m) => expressionAt(code, m.index + m[0].length),
    );
    if (assigned.length > 0 && assigned.every((value) => DOM_BUILDER.test(value))) return null;
    return `${expression} is not only ever set from textElement() or another DOM builder`;
  }
  return `${expression.slice(0, 60)} is not a DOM node made with textElement()`;
}

function lineOf(code: string, index: number): number {
  return code.slice(0, index).split('\n').length;
}

/** Every place in one source file where a string could become markup, as 'line N: why'. */
export function htmlSinks(source: string): string[] {
  const code = withoutComments(source);
  const found: string[] = [];
  code.split('\n').forEach((line, i) => {
    for (const [pattern, name] of SINKS) if (pattern.test(line)) found.push(`line ${i + 1}: ${name}`);
  });
  for (const m of code.matchAll(CONTENT_CALLS)) {
    const why = notADomNode(code, expressionAt(code, m.index + m[0].length));
    if (why) found.push(`line ${lineOf(code, m.index)}: ${m[1]}(): ${why}`);
  }
  for (const m of code.matchAll(/\bdivIcon\s*\(/g)) {
    const options = expressionAt(code, m.index + m[0].length);
    const html = /\bhtml\s*:/.exec(options);
    if (!html) continue;
    const why = notADomNode(code, expressionAt(options, html.index + html[0].length));
    if (why) found.push(`line ${lineOf(code, m.index)}: divIcon html: ${why}`);
  }
  // Leaflet shows attributions as HTML: only fixed text, never data.
  for (const m of code.matchAll(/\battribution\s*:/g)) {
    const value = expressionAt(code, m.index + m[0].length);
    const fixed = /^[A-Z][A-Z0-9_]*$/.test(value) || /^'[^']*'$|^"[^"]*"$/.test(value) || /^`[^`$]*`$/.test(value);
    if (!fixed) found.push(`line ${lineOf(code, m.index)}: attribution: ${value.slice(0, 60)} is not fixed text`);
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe('no HTML sinks in src/', () => {
  const files = sourceFiles(join(repoRoot, 'src'));

  it('no file in src/ turns a string into markup', () => {
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) => htmlSinks(readFileSync(file, 'utf8')).map((s) => `${relative(repoRoot, file)} ${s}`));
    expect(found).toEqual([]);
  });

  it('the scan sees the Leaflet content calls that are there (it is not passing by seeing nothing)', () => {
    // src/ has no tooltips or popups left (labels are divIcons, src/map/labelMarker.ts);
    // the cases under 'the scan' below keep that branch tested.
    const all = files.map((file) => withoutComments(readFileSync(file, 'utf8'))).join('\n');
    expect([...all.matchAll(/\bdivIcon\s*\(\s*\{[^}]*\bhtml\s*:/g)].length).toBeGreaterThan(2);
  });
});

describe('the scan', () => {
  const flagged: [string, string][] = [
    ['innerHTML', 'el.innerHTML = event.title;'],
    ['outerHTML', 'node.outerHTML = `<b>${name}</b>`;'],
    ['insertAdjacentHTML', "panel.insertAdjacentHTML('beforeend', quote);"],
    ['document.write', 'document.write(title);'],
    ['dangerouslySetInnerHTML', '<p dangerouslySetInnerHTML={{ __html: summary }} />'],
    ['DOMParser', "new DOMParser().parseFromString(text, 'text/html');"],
    ['eval', 'eval(code);'],
    ['a popup from a template', 'marker.bindPopup(`<b>${event.title}</b>`);'],
    ['a popup from a string', "marker.bindPopup('<b>' + event.title + '</b>');"],
    ['a tooltip from data', 'path.bindTooltip(zone.properties.label, { permanent: true });'],
    ['a tooltip from a name set to a string', "const label = `${route.name}`;\nhit.bindTooltip(label, {});"],
    ['a tooltip from a name set once as a node, once as a string', "let el = textElement('span', 'x', a);\nel = name;\nhit.bindTooltip(el);"],
    ['setContent', 'popup.setContent(html);'],
    ['a divIcon from a template', "L.divIcon({ className: 'x', html: `<span>${p.name}</span>`, iconSize: undefined });"],
    ['a divIcon from concatenation', "L.divIcon({ html: '<span>' + p.name + '</span>' });"],
    ['a divIcon from String()', 'L.divIcon({ html: String(f.properties.name) });'],
    ['a divIcon from an untyped parameter', 'function label(at, content) {\n  return L.divIcon({ html: content });\n}'],
    ['a divIcon from a parameter typed string', 'function label(at: LatLng, content: string) {\n  return L.divIcon({ html: content });\n}'],
    ['an attribution from data', 'L.tileLayer(url, { attribution: `${source.outlet}` });'],
  ];
  it.each(flagged)('flags %s', (_, code) => {
    expect(htmlSinks(code)).not.toEqual([]);
  });

  const allowed: [string, string][] = [
    ['a tooltip made by textElement', "path.bindTooltip(textElement('span', 'zone-label-text', zone.properties.label), { permanent: true });"],
    ['a tooltip from a name set by textElement', "const label = textElement('span', 'route-label-text', routeLabel(route));\nhit.bindTooltip(label, { permanent: true });"],
    ['a divIcon from a node set by two builders', "let el: HTMLElement;\nif (a) el = markerElement(p, '1', t, false);\nelse el = markerElement(p, '2', t, true);\nL.divIcon({ className: 'm', html: el, iconSize: [30, 30] });"],
    ['a divIcon from textElement', "L.divIcon({ className: 'c', html: textElement('span', 'country-label', name), iconSize: undefined });"],
    ['a divIcon from a parameter typed HTMLElement', 'function label(at: LatLng, content: HTMLElement, o: Options) {\n  return L.divIcon({ className: o.className, html: content, iconSize: [0, 0] });\n}'],
    ['a fixed attribution', "L.geoJSON(data, { attribution: BASEMAP_ATTRIBUTION });\nL.tileLayer(u, { attribution: '&copy; OSM' });"],
    ['text set as text', 'el.textContent = event.title;'],
    ['sink names in comments', '// never innerHTML or bindPopup(`<b>`)\n/* dangerouslySetInnerHTML */ const a = 1;'],
    ['sink names in strings', "const note = 'https://example.org/innerHTML';"],
  ];
  it.each(allowed)('allows %s', (_, code) => {
    expect(htmlSinks(code)).toEqual([]);
  });
});
