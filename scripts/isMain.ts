// Whether a script was run as the command (tsx scripts/x.ts) rather than
// imported: the tests call a script's function in their own process, which
// saves starting tsx and loading the gazetteer again for every case.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export function isMain(moduleUrl: string): boolean {
  const script = process.argv[1];
  return script !== undefined && pathToFileURL(resolve(script)).href === moduleUrl;
}
