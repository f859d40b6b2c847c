// How the generated geo/ files are written: 2-space JSON like the hand-written
// ones, but one position per line, so a diff shows which vertices moved.
import { writeFileSync } from 'node:fs';

const POSITION = /\[\s+(-?[\d.]+(?:e[-+]?\d+)?),\s+(-?[\d.]+(?:e[-+]?\d+)?)\s+\]/g;

export function writeGeoJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2).replace(POSITION, '[$1, $2]')}\n`);
}
