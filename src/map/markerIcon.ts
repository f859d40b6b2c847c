// How an event marker looks: coloured by the factions of its events (a pie of
// their shares), outlined dashed when every event is a claim or threat and
// dotted when some are, with the event type's glyph for a single event and a
// count otherwise, and a title that says all of it in words. The one file
// that reads faction colours and type glyphs for markers.
import { FACTIONS, TYPE_GLYPH } from '../factions';
import type { MarkerCounts } from '../state/markerClusters';
import type { MarkerSpec } from './markerSpecs';

/** Everything a marker's element shows, as plain values: two equal looks draw the same element. */
export interface MarkerLook {
  /** classes of the .event-marker element, its selection ring aside */
  className: string;
  /** CSS background: a conic gradient of the factions' shares */
  background: string;
  text: string;
  title: string;
  count: string;
  claims: string;
  /** data-location for a place; data-cluster and data-locations for a cluster */
  location: string | null;
  locations: string | null;
}

function factionList(counts: MarkerCounts): string {
  return FACTIONS.filter((_, i) => (counts.byFaction[i] ?? 0) > 0).map((f) => f.short).join(', ');
}

export function markerLook({ counts, names, locations, single, clusterId }: MarkerSpec): MarkerLook {
  let at = 0;
  const stops: string[] = [];
  FACTIONS.forEach((faction, i) => {
    const count = counts.byFaction[i] ?? 0;
    if (count === 0) return;
    const start = (at / counts.total) * 360;
    at += count;
    stops.push(`${faction.colour} ${start}deg ${(at / counts.total) * 360}deg`);
  });
  const cluster = clusterId !== null;
  const text = single ? (TYPE_GLYPH[single.type] ?? '•') : String(counts.total);
  const base = single ? `${single.title} (${names[0]})` : `${counts.total} events at ${names.join(', ')} (${factionList(counts)})`;
  // Dashed ring: every event here is a claim or threat; dotted: some are.
  const claimClass = counts.claims === 0 ? '' : counts.claims === counts.total ? ' event-marker-claim' : ' event-marker-some-claims';
  return {
    className: `event-marker${claimClass}`,
    background: `conic-gradient(${stops.join(', ')})`,
    text,
    title: counts.claims === 0 ? base
      : counts.total === 1 ? `${base}: a claim or threat`
        : `${base}; ${counts.claims === counts.total ? 'all' : counts.claims} of them claims or threats`,
    count: String(counts.total),
    claims: String(counts.claims),
    location: cluster ? null : locations[0]!,
    locations: cluster ? locations.join(' ') : null,
  };
}

export function sameLook(a: MarkerLook, b: MarkerLook): boolean {
  return (Object.keys(a) as (keyof MarkerLook)[]).every((k) => a[k] === b[k]);
}

/** A marker's element, empty until paintMarker draws a look into it. */
export function markerElement(): HTMLElement {
  const el = document.createElement('div');
  el.append(document.createElement('span'));
  return el;
}

/** Draws `look` into a marker's element, as text; the same element, whatever it showed before. */
export function paintMarker(el: HTMLElement, look: MarkerLook, selected: boolean): void {
  el.className = look.className;
  el.classList.toggle('event-marker-selected', selected);
  el.style.background = look.background;
  const inner = el.firstElementChild as HTMLElement;
  inner.className = 'event-marker-text';
  inner.textContent = look.text;
  el.dataset.count = look.count;
  el.dataset.claims = look.claims;
  el.title = look.title;
  // Its name for screen readers: the title says what the marker holds, where its text is only a count or a glyph
  // (a title names an element only when it has no text of its own).
  el.setAttribute('aria-label', look.title);
  if (look.location === null) delete el.dataset.location;
  else el.dataset.location = look.location;
  if (look.locations === null) {
    delete el.dataset.cluster;
    delete el.dataset.locations;
  } else {
    el.dataset.cluster = 'true';
    el.dataset.locations = look.locations;
  }
}
