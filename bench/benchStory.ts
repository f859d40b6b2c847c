// What the bench takes from the story it measures (GEO_DIR, default geo/): the
// layer it toggles and the views it opens, so that no story is named here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dayRange } from '../src/data/buildModel';
import { readStory, storyDirFrom } from '../src/data/readStory';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = storyDirFrom(process.env, join(root, 'geo'));
export const benchStory = readStory(dir);

/** The story's first faction: in geo/ it has zones and markers in the default view, so toggling it redraws both. */
export const TOGGLE = `input[name="layer-${benchStory.factions[0]!.id}"]`;

type Place = { geometry: { type: string; coordinates: unknown }; properties: { id: string } };

/** The point place with the most events in the default window (geo/: the capital). */
function busiestPlace(): [lat: number, lng: number] {
  const events = JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8')) as { date: string; locationId: string }[];
  const places = (JSON.parse(readFileSync(join(dir, 'locations.geojson'), 'utf8')) as { features: Place[] }).features;
  const { from, to } = benchStory.window;
  const counts = new Map<string, number>();
  for (const e of events) {
    const { start, end } = dayRange(e.date);
    if (end >= from && start <= to) counts.set(e.locationId, (counts.get(e.locationId) ?? 0) + 1);
  }
  const points = places.filter((p) => p.geometry.type === 'Point');
  const busiest = points.reduce<Place | undefined>((best, p) => ((counts.get(p.properties.id) ?? 0) > (best ? counts.get(best.properties.id) ?? 0 : -1) ? p : best), undefined);
  const [lng, lat] = (busiest?.geometry.coordinates ?? [benchStory.defaultView.center[1], benchStory.defaultView.center[0]]) as [number, number];
  return [lat, lng];
}
const [lat, lng] = busiestPlace();

/**
 * The busiest place at zoom 8, a few days wider than the window, without the
 * story's last faction: a permalink that moves, zooms, filters and hides a layer.
 */
function busiestView(): string {
  const { from, to } = benchStory.window;
  const layers = [...benchStory.factions.slice(0, -1).map((f) => f.id), 'zones', 'events', 'route', 'labels'].join(',');
  const widen = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return `#map=8/${lat.toFixed(1)}/${lng.toFixed(1)}&layers=${layers}&from=${widen(from, -5)}&to=${widen(to, 2)}`;
}
export const PERMALINK = busiestView();

/** Every year of the story at zoom 7 over the busiest place (where a stress set's busiest towns are too), to a day short of the last year's end, so that Day ▶ can step. */
const [firstYear, lastYear] = [benchStory.dateRange.from.slice(0, 4), benchStory.dateRange.to.slice(0, 4)];
export const ALL_YEARS = `#map=7/${lat.toFixed(1)}/${lng.toFixed(1)}&from=${firstYear}-01-01&to=${lastYear}-12-30`;
