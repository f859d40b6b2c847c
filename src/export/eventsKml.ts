// The KML export for Google Earth: the same features as the GeoJSON export
// (filteredGeoJson.ts, so the same filter), written by @placemarkio/tokml.
// Events are placemarks (a point, or the line of an event with a path) whose
// description holds the summary and every source with its quote; zones are
// polygons. tokml writes no styles, so each placemark then gets a styleUrl to a
// shared style in its faction's or zone kind's colour.
import { toKML } from '@placemarkio/tokml';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Story } from '../data/storySchema';
import { formatDay } from '../dates';
import { namedWithin } from '../data/placePrecision';
import type { ExportedSource, FilteredGeoJson } from './filteredGeoJson';

/** What the KML needs of the story: colours, and the names the descriptions use. */
export type KmlStory = Pick<Story, 'title' | 'factions' | 'zoneKinds'>;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** KML colours are aabbggrr. */
export function kmlColour(hex: string, alpha: number): string {
  const a = Math.round(alpha * 255).toString(16).padStart(2, '0');
  return `${a}${hex.slice(5, 7)}${hex.slice(3, 5)}${hex.slice(1, 3)}`.toLowerCase();
}

function sourcesHtml(sources: readonly ExportedSource[]): string {
  return `<ul>${sources.map((s) => `<li><b>${escapeHtml(s.name)}</b>: “${escapeHtml(s.quote)}”</li>`).join('')}</ul>`;
}

type Props = Record<string, unknown>;

function placemark(f: Feature<Geometry, Props>, story: KmlStory): Feature<Geometry, Props> & { style: string } {
  const p = f.properties;
  if (p.kind === 'zone') {
    const kind = story.zoneKinds.find((k) => k.id === p.faction);
    const html = `<p>${escapeHtml(kind?.label ?? String(p.faction))}, ${escapeHtml(formatDay(String(p.validFrom)))} – ${escapeHtml(formatDay(String(p.validTo)))}; confidence ${escapeHtml(String(p.confidence))}.</p><p>Boundary from: ${escapeHtml(String(p.source))}</p>`;
    return { ...f, style: `zone-${String(p.faction)}`, properties: { name: String(p.label), description: { '@type': 'html', value: html }, kind: 'zone', validFrom: p.validFrom, validTo: p.validTo } };
  }
  const faction = story.factions.find((x) => x.id === p.faction);
  const sources = p.sources as ExportedSource[];
  const claim = p.status === 'reported' ? '' : ` — ${escapeHtml(String(p.status))}${p.claimedBy ? ` by ${escapeHtml(String(p.claimedBy))}` : ''}`;
  const place = namedWithin(String(p.place), typeof p.placeApproximateWithinKm === 'number' ? p.placeApproximateWithinKm : null);
  const html = `<p><b>${escapeHtml(String(p.date))}</b>, ${escapeHtml(place)}${claim}</p><p>${escapeHtml(String(p.summary))}</p>${sourcesHtml(sources)}`;
  return {
    ...f,
    style: `faction-${String(p.faction)}`,
    properties: { name: String(p.title), description: { '@type': 'html', value: html }, kind: 'event', date: p.date, place: p.place, faction: faction?.name ?? p.faction, status: p.status },
  };
}

function styles(story: KmlStory): string {
  const faction = story.factions.map((f) =>
    `<Style id="faction-${f.id}"><IconStyle><color>${kmlColour(f.colour, 1)}</color></IconStyle><LineStyle><color>${kmlColour(f.colour, 1)}</color><width>3</width></LineStyle></Style>`);
  const zone = story.zoneKinds.map((k) =>
    `<Style id="zone-${k.id}"><LineStyle><color>${kmlColour(k.colour, 1)}</color><width>2</width></LineStyle><PolyStyle><color>${kmlColour(k.colour, 0.35)}</color></PolyStyle></Style>`);
  return [...faction, ...zone].join('\n');
}

export function eventsKml(geojson: FilteredGeoJson, story: KmlStory): string {
  const marks = (geojson.features as Feature<Geometry, Props>[]).map((f) => placemark(f, story));
  const collection: FeatureCollection<Geometry> = { type: 'FeatureCollection', features: marks.map(({ style: _style, ...f }) => f) };
  let kml = toKML(collection);
  // Ids are slugs (schema.ts), so each placemark's opening tag is found as
  // written; the styleUrl goes where KML's schema orders it, before ExtendedData.
  for (const m of marks) {
    const at = kml.indexOf('<ExtendedData', kml.indexOf(`<Placemark id="${String(m.id)}">`));
    if (at >= 0) kml = `${kml.slice(0, at)}<styleUrl>#${m.style}</styleUrl>${kml.slice(at)}`;
  }
  const name = `<name>${escapeHtml(story.title)}, ${escapeHtml(formatDay(geojson.filter.from))} – ${escapeHtml(formatDay(geojson.filter.to))}</name>`;
  return kml.replace('<Document>', `<Document>${name}\n${styles(story)}`);
}
