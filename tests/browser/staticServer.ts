// Serves the built app (dist/) the way a static host would, so browser tests
// and benchmarks load exactly what ships. Bound to 127.0.0.1 on a free port:
// any request elsewhere is, by definition, an outside request.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** A file in an assets/ folder whose name ends in Vite's content hash (name-HASH.ext). */
function isHashedAsset(file: string, base: string): boolean {
  const parts = file.slice(base.length).split(sep);
  return parts.at(-2) === 'assets' && /-[\w-]{8}\.\w+$/.test(parts.at(-1) ?? '');
}

export type StaticServer = {
  /** http://127.0.0.1:PORT, no trailing slash */
  url: string;
  close: () => Promise<void>;
};

/**
 * Starts serving `root`. A path without a file extension that matches no file
 * gets index.html (the app routes by hash, but a stray path should still load
 * it); a missing file with an extension is a 404, so a broken asset link shows
 * up as a failed request instead of as HTML.
 */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = await pick(base, new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      // Deleted between stat and read, e.g. by a rebuild during a run.
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('could not read file');
      return;
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': body.length,
      // A build's assets/ are named for their content (Vite's hash), so a
      // page that loads the app again may keep them, as a reader's browser
      // does; the rest (index.html, the worker, the manifest) keep their
      // names across builds, and a cached old one would test the wrong app.
      'Cache-Control': isHashedAsset(file, base) ? 'public, max-age=31536000, immutable' : 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        // Chromium keeps connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

/** The file to answer `pathname` with, or null for a 404. Never leaves `base`. */
async function pick(base: string, pathname: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const wanted = resolve(join(base, decoded));
  if (wanted !== base && !wanted.startsWith(base + sep)) return null;
  const found = (await isFile(wanted)) ? wanted : (await isFile(join(wanted, 'index.html'))) ? join(wanted, 'index.html') : null;
  if (found) return found;
  const fallback = join(base, 'index.html');
  return extname(decoded) === '' && (await isFile(fallback)) ? fallback : null;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
