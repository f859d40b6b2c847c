// The basemap's credit (Natural Earth) is shown once, and written into the
// map's attribution once as the basemap is drawn: not once for each of its
// shapes, which made the first view rewrite that HTML a hundred times.
import L from 'leaflet';
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL as NodeURL } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { basemapLayers } from '../../src/map/basemapLayers';

let map: L.Map | null = null;
afterEach(() => {
  map?.remove();
  map = null;
});

it('credits Natural Earth once, in one write to the attribution', () => {
  const container = document.createElement('div');
  document.body.append(container);
  map = L.map(container, { renderer: L.svg() }).setView([30, 20], 5);
  map.createPane('basemap');
  map.createPane('countryLabels');
  const credit = map.attributionControl.getContainer()!;
  let writes = 0;
  new MutationObserver((records) => (writes += records.length)).observe(credit, { childList: true });
  const data = JSON.parse(readFileSync(fileURLToPath(new NodeURL('../../geo/basemap.json', import.meta.url)), 'utf8')) as GeoJSON.FeatureCollection;
  expect(data.features.length).toBeGreaterThan(20);
  basemapLayers(data).addTo(map);
  return Promise.resolve().then(() => {
    expect(credit.textContent!.match(/Natural Earth/g)).toHaveLength(1);
    // innerHTML replaces the children: one write is one or two records (removal, addition).
    expect(writes).toBeLessThanOrEqual(2);
  });
});
