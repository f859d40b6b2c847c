// The app's side of a story tour: which step the URL names (story=, step=),
// and what going to a step does: one history entry with the step's dates and
// event, then the map flown to the step's place once the page shows the
// step's panel (so the move can keep the place clear of it). Back, Forward
// and a shared link bring a step back through the URL alone: its view is in
// the link, so they do not fly. A link that names a step but not all of its
// view (story=…&step=4 typed or cut short) gets the rest from the step: its
// dates and event where the link gives none, and the flight where it gives
// no map position; what the link does give wins. Before, such a link showed
// the step's card over the default window with no event open, the card
// telling of 19 May over a map of 15 to 23 May.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Model } from '../data/model';
import { coveredInsets } from '../map/useStoryMap';
import type { StoryMap } from '../map/StoryMap';
import { type StepPlace, type TourStep, tourStep } from '../state/tourStep';
import type { PermalinkKey, ViewState } from '../url/permalink';
import type { UpdateOptions } from '../url/useUrlState';
import { DEFAULT_WINDOW } from '../url/permalinkOptions';

export interface StoryTourControl {
  /** the step the URL names, or null when no tour is open */
  step: TourStep | null;
  /** opens the first tour at its first step */
  start: () => void;
  /** goes to the open tour's step at this 0-based index */
  go: (index: number) => void;
  /** closes the tour (the URL loses story= and step=) and gives focus back to the Story button */
  close: () => void;
}

export function useStoryTour(
  model: Model,
  storyMap: StoryMap,
  view: ViewState,
  update: (change: Partial<ViewState>, how?: UpdateOptions) => void,
  onStart: () => void,
  /** what the URL gave itself as the page opened or on Back/Forward, and which of those it was */
  linked: { present: ReadonlySet<PermalinkKey>; navigation: number },
): StoryTourControl {
  const step = useMemo(() => tourStep(model, view.story, view.step ?? 1, DEFAULT_WINDOW), [model, view.story, view.step]);
  // Where the step just asked for is to fly, once it is on the page.
  const pending = useRef<{ place: StepPlace | null; event: string | null } | null>(null);

  const goTo = useCallback((id: string, index: number) => {
    const target = tourStep(model, id, index + 1, DEFAULT_WINDOW);
    if (!target) return;
    pending.current = { place: target.place, event: target.event?.id ?? null };
    update({ story: id, step: index + 1, event: target.event?.id ?? null, from: target.from, to: target.to });
  }, [model, update]);

  const flyTo = useCallback((fly: { place: StepPlace | null; event: string | null }) => {
    const container = storyMap.map.getContainer();
    const insets = coveredInsets(container);
    const place = fly.place;
    if (place?.kind === 'center') storyMap.setView(place.center, place.zoom);
    else if (place?.kind === 'bounds') {
      storyMap.map.fitBounds([[place.bounds[0][0], place.bounds[0][1]], [place.bounds[1][0], place.bounds[1][1]]], {
        paddingTopLeft: [insets.left, insets.top],
        paddingBottomRight: [insets.right, insets.bottom],
        animate: false,
      });
    }
    // Then out from under the panels, as any event opened is (useChosenInView).
    if (fly.event) storyMap.showInView(fly.event, insets);
  }, [storyMap]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once the step asked for is rendered (a linked step completed keeps its number, so its dates and event count too)
  useEffect(
    function flyToStep() {
      const fly = pending.current;
      pending.current = null;
      if (fly) flyTo(fly);
    },
    [flyTo, view.story, view.step, view.from, view.to, view.event],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs as the page opens and on Back/Forward, with the step the URL then named
  useEffect(
    function completeLinkedStep() {
      if (!step) return;
      const { present } = linked;
      const change: Partial<ViewState> = {};
      if (!present.has('from') && !present.has('to') && (view.from !== step.from || view.to !== step.to)) Object.assign(change, { from: step.from, to: step.to });
      if (!present.has('event') && step.event && view.event !== step.event.id) change.event = step.event.id;
      const fly = { place: present.has('map') ? null : step.place, event: present.has('map') ? null : (step.event?.id ?? null) };
      if (Object.keys(change).length > 0) {
        pending.current = fly;
        // The link's own history entry, completed: not a step of its own.
        update(change, { replace: true });
      } else if (!present.has('map')) flyTo(fly);
    },
    [linked.navigation],
  );

  const start = useCallback(() => {
    const first = model.narratives.keys().next();
    if (first.done) return;
    onStart();
    goTo(first.value, 0);
  }, [model, goTo, onStart]);

  const go = useCallback((index: number) => {
    if (view.story !== undefined) goTo(view.story, index);
  }, [view.story, goTo]);

  const close = useCallback(() => {
    update({ story: undefined, step: undefined });
    // After the closing render has taken the panel (and the focus in it) away.
    window.setTimeout(() => document.querySelector<HTMLElement>('.story-toggle')?.focus(), 0);
  }, [update]);

  return { step, start, go, close };
}
