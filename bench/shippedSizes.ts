// What a build ships, file by file, raw and gzipped (node:zlib at its default
// level, about what a static host's on-the-fly gzip does).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ShippedFile {
  /** path inside the build, with forward slashes: "assets/index-abc.js" */
  path: string;
  kind: 'js' | 'css' | 'html' | 'data' | 'other';
  bytes: number;
  gzipBytes: number;
}

const KIND: Record<string, ShippedFile['kind']> = {
  '.js': 'js', '.mjs': 'js', '.css': 'css', '.html': 'html', '.json': 'data', '.geojson': 'data',
};

/** Every file under `dir`, largest gzip first. */
export function shippedSizes(dir: string): ShippedFile[] {
  const files: ShippedFile[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const body = readFileSync(path);
        files.push({
          path: relative(dir, path).split('\\').join('/'),
          kind: KIND[extname(name).toLowerCase()] ?? 'other',
          bytes: body.length,
          gzipBytes: gzipSync(body).length,
        });
      }
    }
  };
  walk(dir);
  return files.sort((a, b) => b.gzipBytes - a.gzipBytes);
}

/** "12.3 KB" with KB = 1,000 bytes, as Vite reports sizes. */
export const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;
