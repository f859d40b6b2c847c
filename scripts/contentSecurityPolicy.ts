// The built page's Content-Security-Policy, written into index.html as a <meta>
// by a build-only Vite plugin. Only for the build: the dev server injects an
// inline script (React Fast Refresh's preamble) that this policy would block.
import type { Plugin } from 'vite';

/**
 * Everything comes from the app's own origin, except the opt-in OpenStreetMap
 * tiles (OSM_TILE_URL in src/map/OnlineTiles.tsx). No inline script and no
 * eval (so no full zod in the browser: its object schemas probe for eval
 * unless z.config({ jitless: true }); zod/mini does not). Inline styles stay
 * blocked too: React and Leaflet set styles through the CSSOM (el.style), which
 * CSP allows. data: images are the empty favicon (index.html), Leaflet's CSS
 * icons (which Vite inlines) and the PNG export's snapshot of the map
 * (src/export/mapImage.ts). The offline copy's service worker (sw.js) and
 * web manifest come from the app's own origin (scripts/offlineCopy.ts); they
 * are named, as default-src 'none' would refuse the manifest and leave the
 * worker to script-src's fallback. frame-ancestors, sandbox and report-uri are
 * left out: a <meta> policy cannot carry them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: https://tile.openstreetmap.org",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}
