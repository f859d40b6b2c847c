// The exports a reader publishes or opens elsewhere, from the built app in real
// Chromium: the PNG composed with title, dates, legend and credits; the CSV
// (one row per event and source) and the KML for Google Earth; and the embed's
// legend with its dates and zone colours.
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { geoStory } from '../fixtures/fixtureStory';
import { describeBrowser, launchBrowser, openApp, savedDownload, sharedApp, waitForApp, PHONE } from './browser';

const WATIYA = '2020-05-18-watiya-captured';
const JETS = '2020-05-hmeimim-to-eastern-libya-jets';
/** The story's events as the data author wrote them: what the CSV's rows are expected to show. */
const geoEvents = JSON.parse(readFileSync(new URL('../../geo/events.json', import.meta.url), 'utf8')) as { id: string; title: string }[];
const screenshots = fileURLToPath(new URL('../../screenshots/', import.meta.url));
/** Every layer but the zones, in a permalink. */
const NO_ZONES = `layers=${[...geoStory.factions.map((f) => f.id), 'events', 'route', 'labels'].join(',')}`;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: button }).click()]);
  return { name: d.suggestedFilename(), bytes: await readFile(await savedDownload(d)) };
}

/** Downloads the PNG and returns it with the caption's text, each line as it was drawn on the picture's canvas. */
async function exportPng(page: Page): Promise<{ png: Buffer; text: string; lines: { text: string; font: string; right: number }[]; mapWidth: number; mapHeight: number; name: string }> {
  // The caption is painted with fillText (drawFrame.ts); html-to-image draws
  // the map as one SVG image and paints no text of its own.
  await page.evaluate(() => {
    const seen = window as unknown as { __drawn?: { text: string; font: string; right: number }[] };
    seen.__drawn = [];
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number) {
      // right: where the line ends, in the canvas's pixels
      seen.__drawn?.push({ text, font: this.font, right: this.getTransform().a * (x + this.measureText(text).width) });
      return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth);
    };
  });
  const { name, bytes } = await download(page, 'Download PNG');
  const lines = await page.evaluate(() => (window as unknown as { __drawn: { text: string; font: string; right: number }[] }).__drawn);
  const [mapWidth, mapHeight] = await page.locator('.leaflet-container').evaluate((el) => {
    const ratio = Math.min(2, window.devicePixelRatio || 1);
    return [el.clientWidth * ratio, el.clientHeight * ratio];
  });
  // Wrapped lines joined again: a sentence reads whole whatever the width.
  return { png: bytes, name, mapWidth, mapHeight, lines, text: lines.map((l) => l.text).join(' ') };
}

/** What a reader must never read in the picture: the articles' record ids. */
const SOURCE_IDS: string[] = JSON.parse(await readFile(new URL('../../geo/sources.json', import.meta.url), 'utf8')).map((s: { id: string }) => s.id);

describeBrowser('exports to publish', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  /**
   * The tests that start from the default view take turns on one loaded app
   * (sharedApp resets it). Its OpenStreetMap tiles are answered with a 1×1 PNG,
   * as OpenStreetMap answers (with CORS): no tile server is reachable here.
   */
  const tile = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
  const app = sharedApp(() => browser, {
    beforeLoad: async (p) => {
      await p.route(/^https:\/\/tile\.openstreetmap\.org\//, (route) =>
        route.fulfill({ status: 200, contentType: 'image/png', headers: { 'access-control-allow-origin': '*' }, body: tile }));
    },
  });

  it('the PNG carries the title, the dates, a legend of what is shown and the credits', async () => {
    const { page, problems } = await openApp(browser, '#from=2020-05-15&to=2020-05-23');
    await waitForApp(page);
    const all = await exportPng(page);
    expect(all.name).toBe(`${geoStory.fileStem}-map_2020-05-15_2020-05-23.png`);
    expect(all.text).toContain(geoStory.title);
    expect(all.text).toContain('15 May 2020 – 23 May 2020');
    expect(all.text).toContain('Natural Earth');
    expect(all.text).not.toContain('OpenStreetMap');
    // The articles by their reader names, never their record ids.
    expect(all.text).toMatch(/Events as reported by: .+/);
    for (const id of SOURCE_IDS) expect(all.text).not.toContain(id);
    // The legend: the sides, how a claim is marked, the zone kinds the map shows.
    for (const f of geoStory.factions) expect(all.text).toContain(f.name);
    expect(all.text).toContain('Dashed ring');
    const zoneKinds = geoStory.zoneKinds.filter((k) => all.text.includes(k.label));
    expect(zoneKinds.length).toBeGreaterThan(0);
    // The picture is the map at its size and more: title above, legend and credits below.
    const size = pngSize(all.png);
    expect(size.width).toBe(all.mapWidth);
    expect(size.height).toBeGreaterThan(all.mapHeight + 80);
    await mkdir(screenshots, { recursive: true });
    await writeFile(`${screenshots}exported-map-composed.png`, all.png);

    // With the zones off, the legend lists no zone kind and the picture is shorter by those lines.
    const { page: bare } = await openApp(browser, `#from=2020-05-15&to=2020-05-23&${NO_ZONES}`);
    await waitForApp(bare);
    const noZones = await exportPng(bare);
    for (const k of zoneKinds) expect(noZones.text).not.toContain(k.label);
    expect(noZones.text).not.toContain('Zones are approximate');
    expect(noZones.text).toContain(geoStory.title);
    expect(pngSize(noZones.png).height).toBeLessThan(size.height);
    expect(problems).toEqual([]);
  });

  it('the PNG credits OpenStreetMap contributors while the online tiles are on', async () => {
    const { page, problems } = await app();
    await page.getByLabel('OpenStreetMap tiles (online)').check();
    await expect.poll(() => page.locator('img.leaflet-tile-loaded').count()).toBeGreaterThan(0);
    const { text } = await exportPng(page);
    expect(text).toContain('OpenStreetMap contributors');
    expect(text).toContain('Natural Earth');
    expect(problems).toEqual([]);
  });

  it('the PNG on a phone is composed the same way', async () => {
    const { page, problems } = await openApp(browser, '', { viewport: PHONE });
    await waitForApp(page);
    if (!(await page.getByRole('button', { name: 'Download PNG' }).isVisible())) {
      await page.getByRole('button', { name: /Layers/ }).first().click();
    }
    const phone = await exportPng(page);
    expect(phone.text).toContain(geoStory.title);
    expect(phone.text).toContain('Natural Earth');
    // Wrapped to the phone's width: the title takes more than one line, and no line is wider than the picture.
    expect(phone.lines.filter((l) => geoStory.title.includes(l.text)).length).toBeGreaterThan(1);
    for (const l of phone.lines) expect(l.right, l.text).toBeLessThanOrEqual(phone.mapWidth);
    expect(pngSize(phone.png).width).toBe(phone.mapWidth);
    expect(pngSize(phone.png).height).toBeGreaterThan(phone.mapHeight + 80);
    await writeFile(`${screenshots}exported-map-phone.png`, phone.png);
    expect(problems).toEqual([]);
  });

  it('the CSV has one row per event and source, with the reader name and the quote, in the filter', async () => {
    const { page, problems } = await openApp(browser, '#min=3');
    await waitForApp(page);
    const { name, bytes } = await download(page, 'Download CSV');
    expect(name).toMatch(new RegExp(`^${geoStory.fileStem}_\\d{4}-\\d{2}-\\d{2}_\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const { data, meta } = Papa.parse<Record<string, string | undefined>>(bytes.toString('utf8'), { header: true, skipEmptyLines: true });
    expect(meta.fields).toEqual(['date', 'precision', 'date note', 'title', 'place', 'lat', 'lng', 'approximate, within km', 'faction', 'status', 'claimed by', 'source', 'quote']);
    const watiyaTitle = geoEvents.find((e) => e.id === WATIYA)!.title;
    const watiya = data.filter((r) => r.title === watiyaTitle);
    expect(watiya).toHaveLength(5);
    expect(new Set(watiya.map((r) => r.source)).size).toBe(5);
    for (const r of watiya) {
      expect(r.quote?.length).toBeGreaterThan(10);
      expect(Number(r.lat)).toBeGreaterThan(19);
      expect(Number(r.lng)).toBeGreaterThan(9);
    }
    // Readers' names, never the record ids, in any column.
    const readerText = data.map((r) => Object.values(r).join(' ')).join(' ');
    for (const id of SOURCE_IDS) expect(readerText).not.toContain(id);
    expect(readerText).not.toContain(WATIYA);
    // The filter (three articles or more) holds: every event (date and title) has at least three rows.
    const counts = new Map<string, number>();
    for (const { date = '', title = '' } of data) counts.set(`${date} ${title}`, (counts.get(`${date} ${title}`) ?? 0) + 1);
    for (const n of counts.values()) expect(n).toBeGreaterThanOrEqual(3);
    expect(problems).toEqual([]);
  });

  it('the KML has a placemark per event and zone shown, lng,lat coordinates, sources in the description and zone colours', async () => {
    const { page, problems } = await app();
    const { name, bytes } = await download(page, 'Download KML');
    expect(name).toMatch(/\.kml$/);
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const ns = 'http://www.opengis.net/kml/2.2';
      const text = (el: Element, tag: string) => el.getElementsByTagNameNS(ns, tag)[0]?.textContent ?? '';
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        placemarks: [...doc.getElementsByTagNameNS(ns, 'Placemark')].map((p) => ({
          id: p.getAttribute('id'),
          name: text(p, 'name'),
          description: text(p, 'description'),
          style: text(p, 'styleUrl'),
          first: text(p, 'coordinates').trim().split(/\s+/)[0] ?? '',
          polygon: p.getElementsByTagNameNS(ns, 'Polygon').length > 0 || p.getElementsByTagNameNS(ns, 'MultiGeometry').length > 0,
          line: p.getElementsByTagNameNS(ns, 'LineString').length > 0,
        })),
        styles: [...doc.getElementsByTagNameNS(ns, 'Style')].map((s) => ({ id: s.getAttribute('id'), poly: text(s, 'PolyStyle') })),
      };
    }, bytes.toString('utf8'));
    expect(parsed.error).toBe(false);
    const watiya = parsed.placemarks.find((p) => p.id === WATIYA);
    expect(watiya?.name).toBeTruthy();
    expect(watiya?.description).toMatch(/“.{10,}”/);
    const [lng, lat] = (watiya?.first ?? '').split(',').map(Number);
    expect(lng).toBeGreaterThan(9);
    expect(lng).toBeLessThan(26);
    expect(lat).toBeGreaterThan(19);
    expect(lat).toBeLessThan(34);
    // One placemark per event; the jets' transfer as the line the map draws.
    const events = parsed.placemarks.filter((p) => p.style.startsWith('#faction-'));
    expect(new Set(events.map((p) => p.id)).size).toBe(events.length);
    expect(events.find((p) => p.id === JETS)?.line).toBe(true);
    for (const id of SOURCE_IDS) expect(events.map((p) => p.description).join(' ')).not.toContain(id);
    const zones = parsed.placemarks.filter((p) => p.style.startsWith('#zone-'));
    expect(zones.length).toBeGreaterThan(0);
    for (const z of zones) {
      expect(z.polygon).toBe(true);
      expect(parsed.styles.map((s) => `#${s.id}`)).toContain(z.style);
    }
    expect(problems).toEqual([]);
  });

  it('the embed legend gives the dates and the colours of the zones shown', async () => {
    const { page, problems } = await openApp(browser, '#from=2020-05-15&to=2020-05-23&embed=1');
    await waitForApp(page);
    const legend = page.locator('.embed-legend');
    await legend.waitFor();
    expect(await legend.textContent()).toContain('15 May 2020 – 23 May 2020');
    const zones = await legend.locator('.embed-zone').evaluateAll((lis) => lis.map((li) => ({
      label: li.textContent?.trim(),
      colour: getComputedStyle(li.querySelector('.swatch') as Element).backgroundColor,
    })));
    expect(zones.length).toBeGreaterThan(0);
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    for (const z of zones) {
      const kind = geoStory.zoneKinds.find((k) => k.label === z.label);
      expect(kind).toBeTruthy();
      expect(z.colour).toBe(rgb(kind?.colour ?? ''));
    }
    const routeLabel = (geoStory.routes?.label ?? '').toLowerCase();
    expect(await page.locator('.route-line').count()).toBeGreaterThan(0);
    expect(await legend.textContent()).toContain(routeLabel);

    // One day before the jets' transfer was reported: no line on the map, none in the legend.
    const { page: day, problems: dayProblems } = await openApp(browser, '#from=2020-05-18&to=2020-05-18&embed=1');
    await waitForApp(day);
    const dayLegend = day.locator('.embed-legend');
    await dayLegend.waitFor();
    expect(await day.locator('.route-line').count()).toBe(0);
    expect(await dayLegend.textContent()).toContain('18 May 2020');
    expect(await dayLegend.textContent()).not.toContain(routeLabel);

    // A side hidden by the link is not in the legend; the sides shown are.
    const [first, ...others] = geoStory.factions;
    const layers = [...others.map((f) => f.id), 'zones', 'events', 'route', 'labels'].join(',');
    const { page: some, problems: someProblems } = await openApp(browser, `#layers=${layers}&embed=1`);
    await waitForApp(some);
    const sides = await some.locator('.embed-legend li').allTextContents();
    expect(sides.map((t) => t.trim())).not.toContain(first!.short);
    for (const f of others) expect(sides.map((t) => t.trim())).toContain(f.short);
    expect([...problems, ...dayProblems, ...someProblems]).toEqual([]);
  });
});
