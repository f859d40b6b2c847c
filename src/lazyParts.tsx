// The parts of the app a reader opens, not the ones the page opens with: the
// About and embed dialogs, the coverage table, the list, the story tour and
// the detail panel (not the embed's legend: an embed opens with it). Each is
// its own chunk, fetched the first time it is shown, so the app's first chunk
// (renderApp) carries only the toolbar, the panels and the timeline that are
// on screen as the page comes: less to download, compile and run before the
// controls answer (npm run bench: "whole page ready" and "all JS"). Each
// loads the story's words it may show first (storyText.ts). The service
// worker precaches every chunk (scripts/offlineCopy.ts), so they open offline too.
// Each shows nothing while its chunk comes (a few ms from the cache or a local
// server): all of them appear on a reader's click or a link, where a moment
// without them is no jump (layout shift counts no change right after input),
// and the page's layout around the detail panel is set by its class, not by it.
import { type ComponentProps, lazy, Suspense } from 'react';
import type * as About from './panel/AboutDialog';
import type * as Coverage from './panel/CoverageMatrix';
import type * as Detail from './panel/DetailPanel';
import type * as Embed from './panel/EmbedDialog';
import type * as List from './panel/EventList';
import type * as Tour from './panel/StoryTour';

/** The story's words first (storyText.ts), then the part. */
const withText = <T,>(load: () => Promise<T>): Promise<T> => import('./storyText').then(load);

const LazyAbout = lazy(() => withText(() => import('./panel/AboutDialog').then((m) => ({ default: m.AboutDialog }))));
const LazyCoverage = lazy(() => withText(() => import('./panel/CoverageMatrix').then((m) => ({ default: m.CoverageMatrix }))));
const LazyDetail = lazy(() => withText(() => import('./panel/DetailPanel').then((m) => ({ default: m.DetailPanel }))));
const LazyEmbed = lazy(() => withText(() => import('./panel/EmbedDialog').then((m) => ({ default: m.EmbedDialog }))));
const LazyList = lazy(() => withText(() => import('./panel/EventList').then((m) => ({ default: m.EventList }))));
const LazyTour = lazy(() => withText(() => import('./panel/StoryTour').then((m) => ({ default: m.StoryTour }))));

export function AboutDialog(props: ComponentProps<typeof About.AboutDialog>) {
  return <Suspense fallback={null}><LazyAbout {...props} /></Suspense>;
}
export function CoverageMatrix(props: ComponentProps<typeof Coverage.CoverageMatrix>) {
  return <Suspense fallback={null}><LazyCoverage {...props} /></Suspense>;
}
export function DetailPanel(props: ComponentProps<typeof Detail.DetailPanel>) {
  return <Suspense fallback={null}><LazyDetail {...props} /></Suspense>;
}
export function EmbedDialog(props: ComponentProps<typeof Embed.EmbedDialog>) {
  return <Suspense fallback={null}><LazyEmbed {...props} /></Suspense>;
}
export function EventList(props: ComponentProps<typeof List.EventList>) {
  return <Suspense fallback={null}><LazyList {...props} /></Suspense>;
}
export function StoryTour(props: ComponentProps<typeof Tour.StoryTour>) {
  return <Suspense fallback={null}><LazyTour {...props} /></Suspense>;
}
