// Event markers: one per place, or one per cluster of places that would overlap
// at this zoom. Coloured by the factions of their events, outlined dashed when
// every event is a claim or threat, with a count when there are several. A
// cluster zooms in on click; where zooming cannot separate it, it lists its events.
import L from 'leaflet';
import type { Model } from '../data/model';
import { FACTIONS, TYPE_GLYPH } from '../factions';
import { clusterPlaces, markerIndex, type MarkerCounts, type MarkerIndex } from '../state/markerClusters';
import type { EventGroup } from '../state/visibleData';

const FACTION_IDS = FACTIONS.map((f) => f.id);

function markerElement(counts: MarkerCounts, text: string, title: string, selected: boolean): HTMLElement {
  let at = 0;
  const stops: string[] = [];
  FACTIONS.forEach((faction, i) => {
    const count = counts.byFaction[i] ?? 0;
    if (count === 0) return;
    const start = (at / counts.total) * 360;
    at += count;
    stops.push(`${faction.colour} ${start}deg ${(at / counts.total) * 360}deg`);
  });
  const el = document.createElement('div');
  // Dashed ring: every event here is a claim or threat; dotted: some are.
  const claimClass = counts.claims === 0 ? '' : counts.claims === counts.total ? ' event-marker-claim' : ' event-marker-some-claims';
  el.className = `event-marker${claimClass}${selected ? ' event-marker-selected' : ''}`;
  el.style.background = `conic-gradient(${stops.join(', ')})`;
  const inner = document.createElement('span');
  inner.className = 'event-marker-text';
  inner.textContent = text;
  el.appendChild(inner);
  el.dataset.count = String(counts.total);
  el.dataset.claims = String(counts.claims);
  el.title = counts.claims === 0 ? title
    : counts.total === 1 ? `${title}: a claim or threat`
      : `${title}; ${counts.claims === counts.total ? 'all' : counts.claims} of them claims or threats`;
  return el;
}

function factionList(counts: MarkerCounts): string {
  return FACTIONS.filter((_, i) => (counts.byFaction[i] ?? 0) > 0).map((f) => f.short).join(', ');
}

/** What the markers are drawn from: built once per set of groups, kept across selections and moves. */
export interface MarkerData {
  groups: readonly EventGroup[];
  index: MarkerIndex;
  byLocation: ReadonlyMap<string, EventGroup>;
}

export function markerData(groups: readonly EventGroup[], maxZoom: number): MarkerData {
  return { groups, index: markerIndex(groups, maxZoom, FACTION_IDS), byLocation: new Map(groups.map((g) => [g.locationId, g])) };
}

export interface MarkerOptions {
  placeNames: ReadonlyMap<string, string>;
  maxZoom: number;
  selectedEvent: string | null;
  selectedPlaces: readonly string[] | null;
  onSelectEvent: (id: string) => void;
  onSelectPlaces: (locationIds: string[]) => void;
}

/**
 * Draws the markers of the clusters in view, and again after every move;
 * returns the function that removes them and stops following the map.
 */
export function drawEventMarkers(map: L.Map, { groups, index, byLocation }: MarkerData, options: MarkerOptions): () => void {
  const { placeNames, maxZoom, selectedEvent, selectedPlaces, onSelectEvent, onSelectPlaces } = options;
  const layer = L.layerGroup().addTo(map);
  // Looked up once, not for every marker of every redraw: a place can hold thousands of events.
  const selectedAt = selectedEvent === null ? undefined : groups.find((g) => g.events.some((e) => e.id === selectedEvent))?.locationId;
  const isSelected = (locationIds: string[]) => locationIds.some((id) => selectedPlaces?.includes(id) || id === selectedAt);

  const draw = () => {
    layer.clearLayers();
    const b = map.getBounds();
    const clusters = index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], Math.round(map.getZoom()));
    for (const c of clusters) {
      const [lng, lat] = c.geometry.coordinates as [number, number];
      let el: HTMLElement;
      let onClick: () => void;
      if ('cluster' in c.properties && c.properties.cluster) {
        const id = c.properties.cluster_id;
        const places = clusterPlaces(index, id);
        const names = places.map((p) => placeNames.get(p) ?? p);
        el = markerElement(c.properties, String(c.properties.total),
          `${c.properties.total} events at ${names.join(', ')} (${factionList(c.properties)})`, isSelected(places));
        el.dataset.cluster = 'true';
        el.dataset.locations = places.join(' ');
        onClick = () => {
          const zoom = index.getClusterExpansionZoom(id);
          if (zoom <= maxZoom && zoom > map.getZoom()) map.setView([lat, lng], zoom);
          else onSelectPlaces(places);
        };
      } else {
        const p = c.properties as { locationId: string } & MarkerCounts;
        const group = byLocation.get(p.locationId)!;
        const name = placeNames.get(p.locationId) ?? p.locationId;
        const single = group.events.length === 1 ? group.events[0]! : null;
        el = markerElement(p, single ? (TYPE_GLYPH[single.type] ?? '•') : String(p.total),
          single ? `${single.title} (${name})` : `${p.total} events at ${name} (${factionList(p)})`, isSelected([p.locationId]));
        el.dataset.location = p.locationId;
        onClick = () => (single ? onSelectEvent(single.id) : onSelectPlaces([p.locationId]));
      }
      const marker = L.marker([lat, lng], {
        icon: L.divIcon({ className: 'event-marker-icon', html: el, iconSize: [30, 30], iconAnchor: [15, 15] }),
        keyboard: true,
        title: el.title,
        riseOnHover: true,
        zIndexOffset: el.classList.contains('event-marker-selected') ? 1000 : 0,
      });
      marker.on('click', onClick);
      layer.addLayer(marker);
    }
  };
  draw();
  map.on('moveend', draw);
  return () => {
    map.off('moveend', draw);
    layer.remove();
  };
}

/** Place names by location id, for the markers' titles. */
export function placeNamesOf(model: Model): Map<string, string> {
  return new Map([...model.locations.values()].map((l) => [l.properties.id, l.properties.name]));
}
