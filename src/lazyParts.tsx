// The parts of the app a reader opens that cover nothing of the map: the
// About and embed dialogs, the coverage table, the detail panel's comparison
// of sources. Each is its own chunk, fetched the first time it is shown, so
// the app's first chunk (renderApp) carries only what is on screen as the
// page comes: less to download, compile and run before the controls answer
// (npm run bench: "whole page ready" and "all JS"). Not the list, the detail
// panel or the story tour: the map is moved out from under them as they open
// (coveredInsets, useStoryMap.ts), which needs them on the page at once.
// Each loads the story's words it may show first (storyText.ts). The service
// worker precaches every chunk (scripts/offlineCopy.ts), so they open offline too.
// Each shows nothing while its chunk comes (a few ms from the cache or a local
// server): all of them appear on a reader's click, where a moment without
// them is no jump (layout shift counts no change right after input).
import { type ComponentProps, lazy, Suspense } from 'react';
import type * as About from './panel/AboutDialog';
import type * as Compare from './panel/CompareSources';
import type * as Coverage from './panel/CoverageMatrix';
import type * as Embed from './panel/EmbedDialog';

/** The story's words first (storyText.ts), then the part. */
const withText = <T,>(load: () => Promise<T>): Promise<T> => import('./storyText').then(load);

const LazyAbout = lazy(() => withText(() => import('./panel/AboutDialog').then((m) => ({ default: m.AboutDialog }))));
const LazyCompare = lazy(() => withText(() => import('./panel/CompareSources').then((m) => ({ default: m.CompareSources }))));
const LazyCoverage = lazy(() => withText(() => import('./panel/CoverageMatrix').then((m) => ({ default: m.CoverageMatrix }))));
const LazyEmbed = lazy(() => withText(() => import('./panel/EmbedDialog').then((m) => ({ default: m.EmbedDialog }))));

export function AboutDialog(props: ComponentProps<typeof About.AboutDialog>) {
  return <Suspense fallback={null}><LazyAbout {...props} /></Suspense>;
}
export function CompareSources(props: ComponentProps<typeof Compare.CompareSources>) {
  return <Suspense fallback={null}><LazyCompare {...props} /></Suspense>;
}
export function CoverageMatrix(props: ComponentProps<typeof Coverage.CoverageMatrix>) {
  return <Suspense fallback={null}><LazyCoverage {...props} /></Suspense>;
}
export function EmbedDialog(props: ComponentProps<typeof Embed.EmbedDialog>) {
  return <Suspense fallback={null}><LazyEmbed {...props} /></Suspense>;
}
