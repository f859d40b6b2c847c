// The map as it is on screen, as a PNG. html-to-image copies the map's DOM
// (SVG zones and routes, divIcon markers, the embedded basemap's SVG) with its
// computed styles into an SVG <foreignObject>, draws that on a canvas and
// encodes it: no server, no eval, nothing injected into the page. Under the
// page's CSP it needs only img-src data: (already allowed).
//
// Online tiles: html-to-image would fetch every <img> again to inline it, and
// the CSP's connect-src 'self' refuses those fetches (the tiles are allowed as
// images only). The tiles are already on screen, loaded with CORS
// (map/onlineTilesLayer.ts), so each one is drawn to a canvas here and handed over
// as a data: URL instead: no request at all, and the policy stays as strict.
import { toBlob } from 'html-to-image';

/** Controls a person uses on screen but that mean nothing in a picture. */
function keep(node: HTMLElement): boolean {
  const cls = node.classList;
  if (!cls) return true;
  if (cls.contains('leaflet-control-zoom') || cls.contains('zoom-band')) return false;
  // A tile that could not be inlined (still loading, or loaded without CORS) is left out, not fetched.
  return !(node instanceof HTMLImageElement && cls.contains('leaflet-tile') && !node.src.startsWith('data:'));
}

/** The tile's pixels as a data: URL, or null when the browser will not give them (a tainted or unloaded image). */
function inlined(tile: HTMLImageElement): string | null {
  if (!tile.complete || tile.naturalWidth === 0) return null;
  const canvas = document.createElement('canvas');
  canvas.width = tile.naturalWidth;
  canvas.height = tile.naturalHeight;
  try {
    canvas.getContext('2d')?.drawImage(tile, 0, 0);
    return canvas.toDataURL('image/png');
  } catch {
    return null;
  }
}

/** How long the export waits for tiles still on their way: a picture should hold what the reader is about to see. */
const TILE_WAIT_MS = 5000;

/** Settles when every tile has loaded or failed, or after TILE_WAIT_MS. */
function tilesLoaded(tiles: readonly HTMLImageElement[]): Promise<void> {
  const pending = tiles.filter((t) => !t.complete);
  if (pending.length === 0) return Promise.resolve();
  const each = pending.map((t) => new Promise<void>((done) => {
    t.addEventListener('load', () => done(), { once: true });
    t.addEventListener('error', () => done(), { once: true });
  }));
  return Promise.race([Promise.all(each).then(() => {}), new Promise<void>((done) => setTimeout(done, TILE_WAIT_MS))]);
}

/**
 * Gives each online tile in `container` its own pixels as a data: URL for as
 * long as `work` runs, then puts every src back (the browser's cache answers).
 */
async function withInlinedTiles<T>(container: HTMLElement, work: () => Promise<T>): Promise<T> {
  const tiles = [...container.querySelectorAll<HTMLImageElement>('img.leaflet-tile')];
  await tilesLoaded(tiles);
  const swapped: [HTMLImageElement, string][] = [];
  for (const tile of tiles) {
    const data = inlined(tile);
    if (!data) continue;
    swapped.push([tile, tile.src]);
    tile.src = data;
  }
  try {
    return await work();
  } finally {
    for (const [tile, src] of swapped) tile.src = src;
  }
}

export async function mapImage(container: HTMLElement): Promise<Blob> {
  const blob = await withInlinedTiles(container, () =>
    toBlob(container, {
      filter: keep,
      // The sea colour behind the map; transparent PNGs read badly in documents.
      backgroundColor: getComputedStyle(container).backgroundColor || '#cfe3ee',
      pixelRatio: Math.min(2, window.devicePixelRatio || 1),
      // No web fonts to embed; skipping the scan avoids reading every stylesheet rule.
      skipFonts: true,
      cacheBust: false,
    }),
  );
  if (!blob) throw new Error('The browser could not make the image.');
  return blob;
}
