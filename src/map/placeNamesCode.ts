// The label-placement code (placeNames.ts), asked for once, when the page is
// first idle (whenIdle.ts): the place names and the route's label both wait
// for it, and the toolbar and panels, which the labels keep clear of, come first.
import { whenIdle } from '../whenIdle';

let code: Promise<typeof import('./placeNames')> | null = null;

export function placeNamesCode(): Promise<typeof import('./placeNames')> {
  code ??= new Promise<void>((idle) => whenIdle(idle)).then(() => import('./placeNames'));
  return code;
}
