// The map as it is on screen, as a PNG. html-to-image copies the map's DOM
// (SVG zones and routes, divIcon markers, the embedded basemap's SVG) with its
// computed styles into an SVG <foreignObject>, draws that on a canvas and
// encodes it: no server, no network, no eval, nothing injected into the page.
// Under the page's CSP it needs only img-src data: (already allowed).
import { toBlob } from 'html-to-image';

/** Controls a person uses on screen but that mean nothing in a picture. */
function keep(node: HTMLElement): boolean {
  const cls = node.classList;
  return !cls || !(cls.contains('leaflet-control-zoom') || cls.contains('zoom-band'));
}

export async function mapImage(container: HTMLElement): Promise<Blob> {
  const blob = await toBlob(container, {
    filter: keep,
    // The sea colour behind the map; transparent PNGs read badly in documents.
    backgroundColor: getComputedStyle(container).backgroundColor || '#cfe3ee',
    pixelRatio: Math.min(2, window.devicePixelRatio || 1),
    // No web fonts to embed; skipping the scan avoids reading every stylesheet rule.
    skipFonts: true,
    cacheBust: false,
  });
  if (!blob) throw new Error('The browser could not make the image.');
  return blob;
}
