// The only module that touches window.location and window.history. Everything
// about the format lives in permalink.ts; this hook decides which changes add a
// history entry (opening or closing an event) and which replace the current one
// (pan, zoom, layers, dates), so Back walks selections, not every drag; a
// caller may say otherwise (UpdateOptions). Each step of a story tour is an
// entry too. In an
// embed every change replaces: the history is the host page's, and its Back
// must leave the article, not reopen an event inside the iframe.
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatPermalink, parsePermalink, type ParsedPermalink, type PermalinkKey, type PermalinkOptions, type ViewState } from './permalink';

// A change that replaces the history entry (a date step, a pan, each step of
// Play) is written to the URL once the browser is idle after drawing it, not
// in the task that draws it: history.replaceState took about 4 ms of a date
// step's 16 (A/B runs of npm run bench's step), and several steps before an
// idle moment make one write. A change that adds an entry, a Copy link, the
// page being left, write what is waiting first; Back and Forward drop it (the
// entry it was for has been left). Where the browser has no idle callbacks
// (jsdom), it is written at once.
let waiting: { url: string; handle: number } | null = null;

/** Writes the waiting URL now, if one waits (Copy link reads the URL). */
export function writePendingUrl(): void {
  if (!waiting) return;
  const { url, handle } = waiting;
  waiting = null;
  cancelIdleCallback(handle);
  window.history.replaceState(null, '', url);
}

function dropPendingUrl(): void {
  if (waiting) cancelIdleCallback(waiting.handle);
  waiting = null;
}

/** longest wait for an idle moment, ms: a busy page still gets its URL */
const IDLE_TIMEOUT = 300;

function replaceSoon(url: string): void {
  if (typeof window.requestIdleCallback !== 'function') {
    window.history.replaceState(null, '', url);
    return;
  }
  if (waiting) waiting.url = url;
  else waiting = { url, handle: window.requestIdleCallback(writePendingUrl, { timeout: IDLE_TIMEOUT }) };
}

export interface UrlState {
  view: ViewState;
  /** the keys the URL gave (valid ones) when the page opened or on Back/Forward: what a link asked for itself (`map`: a map position) */
  present: ReadonlySet<PermalinkKey>;
  /** notices about parts of the URL that were ignored */
  notices: string[];
  /** bumps on every Back/Forward so the map knows to move even to the same view */
  navigation: number;
}

function read(options: PermalinkOptions, navigation: number, parsed = parsePermalink(window.location.hash, options)): UrlState {
  return { view: parsed.state, present: parsed.present, notices: parsed.notices, navigation };
}

export interface UpdateOptions {
  /**
   * true: replace the current history entry; false: add one (Play adds one
   * as it starts, so Back returns to the view before it, then replaces while
   * it plays). Absent: the rule above. In an embed every change replaces.
   */
  replace?: boolean;
}

/** `initial`: the URL as the page opened, when it was already parsed (main.tsx parses it once, for the map). */
export function useUrlState(options: PermalinkOptions, initial?: ParsedPermalink) {
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const [state, setState] = useState<UrlState>(() => read(options, 0, initial));
  // The hash the state was last read from or written as. Changing the fragment
  // fires popstate at once and hashchange later, by when the app may have
  // rewritten the hash: reading it then would drop the notices about the link
  // as typed. So the hash is read when the event comes, and an event for the
  // hash already known is ignored.
  const knownHash = useRef(window.location.hash);
  // The view as of the last read or update, ahead of the render that shows it:
  // a map move reported before that render must not bring back the view
  // Back/Forward just left.
  const viewRef = useRef(state.view);
  viewRef.current = state.view;

  // The fragment the last popstate came with: the hashchange after it is the
  // same change, even where the app has rewritten the URL since (its write may
  // still be waiting, so location.hash cannot tell).
  const poppedHash = useRef<string | null>(null);

  useEffect(function followBackAndForward() {
    const onPop = (event: Event) => {
      if (event instanceof HashChangeEvent) {
        const twin = poppedHash.current !== null && new URL(event.newURL).hash === poppedHash.current;
        poppedHash.current = null;
        if (twin) return;
      } else poppedHash.current = window.location.hash;
      dropPendingUrl();
      if (window.location.hash === knownHash.current) return;
      knownHash.current = window.location.hash;
      const next = read(optionsRef.current, 0);
      viewRef.current = next.view;
      setState((prev) => ({ ...next, navigation: prev.navigation + 1 }));
    };
    window.addEventListener('popstate', onPop);
    window.addEventListener('hashchange', onPop);
    window.addEventListener('pagehide', writePendingUrl);
    return () => {
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('hashchange', onPop);
      window.removeEventListener('pagehide', writePendingUrl);
      dropPendingUrl();
    };
  }, []);

  const update = useCallback((change: Partial<ViewState>, how: UpdateOptions = {}) => {
    const prev = viewRef.current;
    const view = { ...prev, ...change };
    viewRef.current = view;
    const hash = formatPermalink(view);
    // Against the hash as written or waiting to be (not location.hash, which a waiting write has not reached).
    if (hash !== knownHash.current) {
      const opensOrClosesEvent = 'event' in change && change.event !== prev.event;
      // Each step of a story tour is a place in the history, so Back and Forward walk the steps.
      const movesTour = ('story' in change && change.story !== prev.story) || ('step' in change && change.step !== prev.step);
      const url = window.location.pathname + window.location.search + hash;
      const push = how.replace === undefined ? opensOrClosesEvent || movesTour : !how.replace;
      if (push && !view.embed) {
        writePendingUrl();
        window.history.pushState(null, '', url);
      } else replaceSoon(url);
    }
    knownHash.current = hash;
    setState((s) => ({ ...s, view }));
  }, []);

  const dismissNotices = useCallback(() => setState((prev) => ({ ...prev, notices: [] })), []);

  return { ...state, update, dismissNotices };
}
