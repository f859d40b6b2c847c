// Puts the app beside the map the first view drew (in the page's .app-ui
// element, a sibling of the map's), or the list of the data's problems, on
// the page. The one render both entries share (openApp.ts).
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { AppData } from './data/appModel';
import type { Model } from './data/model';
import { DataProblems } from './DataProblems';
import { ErrorBoundary } from './ErrorBoundary';
import type { FirstView } from './map/firstView';

/** The app on the data and the first view's map (openApp.ts), or the data's problems. */
export type Page = { ok: true; model: Model; first: FirstView } | Extract<AppData, { ok: false }>;

/** Renders the page; `unmount` takes the app away again (a retry opens the page anew, openApp.ts). */
export function renderApp(page: Page): { unmount: () => void } {
  const root = createRoot(page.ok ? page.first.elements.ui : document.getElementById('root')!);
  // In one go, not in React's five-millisecond slices: nothing else the page
  // does then is more pressing (what the map adds later waits for idle time,
  // whenIdle.ts), and the reader is waiting for the controls.
  flushSync(() =>
    root.render(
      <StrictMode>
        <ErrorBoundary>
          {page.ok
            ? <App model={page.model} storyMap={page.first.storyMap} opened={page.first.opened} page={page.first.elements.page} />
            : <DataProblems problems={page.problems} />}
        </ErrorBoundary>
      </StrictMode>,
    ),
  );
  return { unmount: () => root.unmount() };
}
