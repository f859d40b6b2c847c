// The app's icon for the home screen (the web manifest, apple-touch-icon),
// drawn here at build time as a PNG: a map pin on a plain square. No artwork
// file to keep or license, and any size the manifest asks for comes out sharp.
// Pure Node (zlib for the PNG's deflate), so the build needs nothing more.
import { deflateSync } from 'node:zlib';

export interface IconColours {
  /** the square behind the pin, edge to edge (a maskable icon has no transparent corners) */
  background: string;
  /** the pin */
  pin: string;
}

/** Sub-samples per pixel side, for smooth edges (4 × 4 = 16 per pixel). */
const SAMPLES = 4;
/** The pin's head radius, as a share of the icon's side. */
const HEAD = 0.16;
/** From the head's centre to the tip, in head radii. */
const TIP = 1.9;
/** The hole in the head, in head radii. */
const HOLE = 0.42;

/**
 * A `size` × `size` RGB PNG. The pin stays inside the middle 80% circle, the
 * safe zone of a maskable icon, so a phone may crop it to any shape.
 */
export function appIcon(size: number, colours: IconColours): Buffer {
  const background = rgb(colours.background);
  const pin = rgb(colours.pin);
  const r = HEAD * size;
  const d = TIP * r;
  // Centred vertically: the pin spans from the head's top (cy - r) to the tip (cy + d).
  const cx = size / 2;
  const cy = size / 2 - (d - r) / 2;
  const rows = Buffer.alloc(size * (1 + 3 * size));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + 3 * size);
    rows[row] = 0; // PNG filter type: none
    for (let x = 0; x < size; x++) {
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          if (inPin(x + (sx + 0.5) / SAMPLES - cx, y + (sy + 0.5) / SAMPLES - cy, r, d)) covered++;
        }
      }
      const share = covered / (SAMPLES * SAMPLES);
      for (let c = 0; c < 3; c++) rows[row + 1 + 3 * x + c] = Math.round(background[c]! + (pin[c]! - background[c]!) * share);
    }
  }
  return png(size, rows);
}

/**
 * Whether (x, y), relative to the head's centre (y down), is on the pin: the
 * head (a ring), or the cone from the tip (0, d) to the points where its sides
 * touch the head, which lie r²/d below the centre.
 */
function inPin(x: number, y: number, r: number, d: number): boolean {
  const fromCentre = Math.hypot(x, y);
  if (fromCentre <= r) return fromCentre >= HOLE * r;
  if (y < (r * r) / d || y > d) return false;
  // Half-width of the cone at height y: its sides have slope r / sqrt(d² − r²).
  return Math.abs(x) <= ((d - y) * r) / Math.sqrt(d * d - r * r);
}

function rgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`appIcon: colour ${hex} is not #rrggbb`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/** The PNG file: signature, IHDR (8-bit RGB), one IDAT, IEND. */
function png(size: number, rows: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as PNG chunks carry it (zlib.crc32 is newer than Node 20's first releases). */
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
