// The map as it is on screen, as a PNG. html-to-image copies the map's DOM
// (SVG zones and routes, divIcon markers, the embedded basemap's SVG) with its
// computed styles into an SVG <foreignObject> and draws that on a canvas: no
// server, no eval, nothing injected into the page. Under the page's CSP it
// needs only img-src data: (already allowed).
//
// Online tiles are drawn here, not by html-to-image: it would fetch every
// <img> again to inline it (the CSP's connect-src 'self' refuses that), and
// images inside its SVG are not reliably drawn on a busy machine. The tiles
// are on screen already, loaded with CORS (map/onlineTilesLayer.ts), so they
// go straight onto the picture's canvas at the place they have on screen, and
// html-to-image's copy of everything else (without tiles or the basemap they
// cover) is drawn over them.
//
// The picture is then framed so it can be published as it is: title and
// dates above the map, legend and credits below (imageCaption.ts says what,
// exportFrame.ts where, drawFrame.ts paints it on a canvas of its own).
import { toCanvas } from 'html-to-image';
import { drawFrame } from './drawFrame';
import type { ImageCaption } from './imageCaption';
import { SEA } from '../map/mapColours';

/** How long the export waits for tiles still on their way: a picture should hold what the reader is about to see. */
const TILE_WAIT_MS = 5000;

/** Settles when every tile has loaded or failed, or after TILE_WAIT_MS. */
function tilesLoaded(tiles: readonly HTMLImageElement[]): Promise<void> {
  const pending = tiles.filter((t) => !t.complete);
  if (pending.length === 0) return Promise.resolve();
  const each = pending.map(
    (t) =>
      new Promise<void>((done) => {
        t.addEventListener('load', () => done(), { once: true });
        t.addEventListener('error', () => done(), { once: true });
      }),
  );
  return Promise.race([Promise.all(each).then(() => {}), new Promise<void>((done) => setTimeout(done, TILE_WAIT_MS))]);
}

/** The map as it is on screen, on a canvas at `ratio` device pixels per CSS pixel. */
async function mapCanvas(container: HTMLElement, ratio: number): Promise<HTMLCanvasElement> {
  const tiles = [...container.querySelectorAll<HTMLImageElement>('img.leaflet-tile')];
  await tilesLoaded(tiles);
  const shownTiles = tiles.filter((t) => t.complete && t.naturalWidth > 0);
  // Controls a person uses on screen but that mean nothing in a picture; the
  // tiles (drawn below) and, under tiles, the embedded basemap they cover.
  const keep = (node: HTMLElement): boolean => {
    const cls = node.classList;
    if (!cls) return true;
    if (cls.contains('leaflet-control-zoom') || cls.contains('zoom-band') || cls.contains('leaflet-tile')) return false;
    return !(shownTiles.length > 0 && cls.contains('leaflet-basemap-pane'));
  };
  // Transparent, so the tiles drawn first show through where the map shows them.
  const overlay = await toCanvas(container, { filter: keep, pixelRatio: ratio, skipFonts: true, cacheBust: false, style: { background: 'transparent' } });
  const picture = document.createElement('canvas');
  picture.width = overlay.width;
  picture.height = overlay.height;
  const ctx = picture.getContext('2d');
  if (!ctx) throw new Error('The browser could not make the image.');
  // The sea colour behind the map; transparent PNGs read badly in documents.
  ctx.fillStyle = getComputedStyle(container).backgroundColor || SEA;
  ctx.fillRect(0, 0, picture.width, picture.height);
  const box = container.getBoundingClientRect();
  for (const tile of shownTiles) {
    const at = tile.getBoundingClientRect();
    ctx.drawImage(tile, (at.left - box.left) * ratio, (at.top - box.top) * ratio, at.width * ratio, at.height * ratio);
  }
  ctx.drawImage(overlay, 0, 0);
  return picture;
}

/** The PNG: the map, framed by `caption` (title, dates, legend, credits) when one is given. */
export async function mapImage(container: HTMLElement, caption?: ImageCaption): Promise<Blob> {
  const ratio = Math.min(2, window.devicePixelRatio || 1);
  const map = await mapCanvas(container, ratio);
  const picture = caption ? drawFrame(map, ratio, caption) : map;
  return new Promise((done, fail) => picture.toBlob((blob) => (blob ? done(blob) : fail(new Error('The browser could not make the image.'))), 'image/png'));
}
