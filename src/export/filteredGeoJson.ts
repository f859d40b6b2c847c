// The data in the current filter as one GeoJSON FeatureCollection, to open in
// any GIS or GeoJSON viewer: the visible events with their sources and quotes,
// as Points at their marker's place or, for an event with a path, as the line
// the map draws; and the visible zones. `kind` in every feature's properties
// says which of the two it is.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Model } from '../data/model';
import type { Citation } from '../data/schema';
import { articleLabel } from '../panel/articleLabel';
import { withinKm } from '../data/placePrecision';
import { articleCount } from '../state/articleCount';
import type { ViewFilter, VisibleData } from '../state/visibleData';

export interface ExportedSource {
  /** the record's stable id (geo/sources.json), to join with other exports */
  id: string;
  /** the article's name as readers see it everywhere (panel/articleLabel.ts) */
  name: string;
  outlet: string | null;
  headline: string | null;
  publishedDate: string | null;
  quote: string;
}

export interface FilteredGeoJson extends FeatureCollection<Geometry> {
  /** a foreign member (RFC 7946 §6.1): the filter the features were chosen by */
  filter: { layers: string[]; from: string; to: string; minArticles: number };
}

function exportedSources(citations: readonly Citation[], model: Model): ExportedSource[] {
  return citations.map((c) => {
    const s = model.sources.get(c.source);
    return { id: c.source, name: s ? articleLabel(s) : c.source, outlet: s?.outlet ?? null, headline: s?.headline ?? null, publishedDate: s?.publishedDate ?? null, quote: c.quote };
  });
}

/** `placeApproximateWithinKm` for an event at an area, nothing for one at a place known exactly. */
const withinProperty = (km: number | null) => (km === null ? {} : { placeApproximateWithinKm: km });

export function filteredGeoJson(model: Model, visible: VisibleData, filter: ViewFilter): FilteredGeoJson {
  const events: Feature[] = visible.events.map((e) => ({
    type: 'Feature',
    id: e.id,
    geometry: e.line
      ? { type: 'LineString', coordinates: e.line.positions.map(([lat, lng]) => [lng, lat]) }
      : { type: 'Point', coordinates: [e.anchor[1], e.anchor[0]] },
    properties: {
      kind: 'event',
      id: e.id,
      date: e.date,
      datePrecision: e.datePrecision,
      ...(e.dateNote ? { dateNote: e.dateNote } : {}),
      title: e.title,
      summary: e.summary,
      type: e.type,
      status: e.status,
      ...(e.claimedBy ? { claimedBy: e.claimedBy } : {}),
      faction: e.faction,
      actors: [...e.actors],
      locationId: e.locationId,
      place: e.location.properties.name,
      // The point is a stand-in for an area: how far from it the event may be, km.
      ...withinProperty(withinKm(e.location)),
      ...(e.path ? { path: { ...e.path }, schematic: true } : {}),
      ...(e.line ? { distanceKm: e.line.distanceKm } : {}),
      ...(e.aircraft ? { aircraft: e.aircraft.map((a) => ({ ...a })) } : {}),
      articleCount: articleCount(e.sources),
      sources: exportedSources(e.sources, model),
    },
  }));
  const zones: Feature[] = visible.zones.map((z) => ({
    type: 'Feature',
    id: z.properties.id,
    geometry: z.geometry,
    properties: { kind: 'zone', ...z.properties },
  }));
  return {
    type: 'FeatureCollection',
    filter: { layers: [...filter.layers], from: filter.from, to: filter.to, minArticles: filter.minArticles ?? 1 },
    features: [...zones, ...events],
  };
}
