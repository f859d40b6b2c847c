// The app's side of a story tour: which step the URL names (story=, step=),
// and what going to a step does: one history entry with the step's dates and
// event, then the map flown to the step's place once the page shows the
// step's panel (so the move can keep the place clear of it). Back, Forward
// and a shared link bring a step back through the URL alone: its view is in
// the link, so they do not fly.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Model } from '../data/model';
import { coveredInsets } from '../map/useStoryMap';
import type { StoryMap } from '../map/StoryMap';
import { type StepPlace, type TourStep, tourStep } from '../state/tourStep';
import type { ViewState } from '../url/permalink';
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
  update: (change: Partial<ViewState>) => void,
  onStart: () => void,
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

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once the step asked for is rendered
  useEffect(
    function flyToStep() {
      const fly = pending.current;
      pending.current = null;
      if (!fly) return;
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
    },
    [storyMap, view.story, view.step],
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
