// The map as the page opens, drawn with Leaflet alone, before React and the
// rest of the app have loaded: the permalink is parsed here, once, and the
// map object (StoryMap.ts) is made at the view, layers, dates and selection it
// asks for. The reader sees the map as soon as the data is in; it pans, zooms
// and answers clicks at once. The app then comes beside it (renderApp.tsx)
// and drives this same map through its setters for the page's life.
import type { Model } from '../data/model';
import { createPage, type PageElements } from '../pageLayout';
import { viewFilter, visibleData } from '../state/visibleData';
import { STORY } from '../story';
import { parsePermalink, type ParsedPermalink } from '../url/permalink';
import { permalinkOptions } from '../url/permalinkOptions';
import { StoryMap } from './StoryMap';
import { whenDrawn } from './whenDrawn';

/** The page as the first view left it, for the app to take on. */
export interface FirstView {
  storyMap: StoryMap;
  /** the URL as the page opened */
  opened: ParsedPermalink;
  elements: PageElements;
}

/**
 * Draws the first view into `root` (replacing what is there). `onShown` runs
 * once it is on screen (whenDrawn.ts).
 */
export function drawFirstView(root: HTMLElement, model: Model, onShown: () => void): FirstView {
  const opened = parsePermalink(window.location.hash, permalinkOptions(model));
  const view = opened.state;
  const elements = createPage(root, { detail: view.event !== null, embed: view.embed === true });
  const storyMap = new StoryMap(elements.map, model, {
    view: opened.present.has('map') ? view : null,
    state: { visible: visibleData(model, viewFilter(view), STORY), event: view.event },
  });
  whenDrawn(storyMap.map, onShown);
  return { storyMap, opened, elements };
}
