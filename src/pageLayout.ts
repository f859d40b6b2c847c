// The page: the map and, beside it (not around it), the app's root, in one
// .app element whose classes lay both out: `has-detail` moves the map's
// controls clear of the detail panel, `app-embed` drops the toolbar's room,
// `has-timeline` keeps room below the map for the timeline (not in an embed).
// The first view sets them from the link, the app from then on (App.tsx),
// both through pageClass, so the page does not shift when the app comes.

/**
 * Where the page takes its phone layout (styles.css): panels become bottom
 * sheets and the toolbar two rows. The same width the App opens the Layers
 * panel from (700 px and wider).
 */
export const PHONE_LAYOUT = '(max-width: 699px)';

/**
 * Wider than a phone, but too narrow for Layers & dates (300 px, at the left)
 * and an event's panel (380 px, at the right) with a map between them: below
 * 1024 px they leave under 320 px of it (a tablet held upright, 768 px: 50).
 * There an event opening closes Layers & dates (App.tsx).
 */
export const NO_ROOM_BESIDE_AN_EVENT = '(min-width: 700px) and (max-width: 1023px)';

export interface PageElements {
  /** the .app element */
  page: HTMLElement;
  /** where the map is drawn (.map) */
  map: HTMLElement;
  /** where React renders the toolbar and panels (.app-ui), before the map so they come first in the tab order */
  ui: HTMLElement;
}

/** `tour`: a story tour is open (panel/storyTour.css keeps a phone's detail sheet short beside it). */
export function pageClass({ detail, embed, tour = false }: { detail: boolean; embed: boolean; tour?: boolean }): string {
  return `app${detail ? ' has-detail' : ''}${embed ? ' app-embed' : ' has-timeline'}${tour ? ' has-tour' : ''}`;
}

/** Replaces what `root` holds with the page's three elements. */
export function createPage(root: HTMLElement, layout: { detail: boolean; embed: boolean }): PageElements {
  const page = document.createElement('div');
  page.className = pageClass(layout);
  const map = document.createElement('div');
  map.className = 'map';
  const ui = document.createElement('div');
  ui.className = 'app-ui';
  page.append(ui, map);
  root.replaceChildren(page);
  return { page, map, ui };
}
