// The story tour: one step of a narrative (geo/narratives.json) at a time,
// with its text, the articles it rests on, "Step n of N" and Previous/Next.
// A non-modal region beside the map: the map and the event's detail panel stay
// usable while it is open. The step itself (dates, event, where the map goes)
// is the app's to apply (App.tsx, state/tourStep.ts); this only shows it and
// says which step the reader asks for.
import { useEffect, useRef } from 'react';
import type { Model } from '../data/model';
import type { TourStep } from '../state/tourStep';
import { articleLabel } from './articleLabel';
import './storyTour.css';

interface Props {
  model: Model;
  tour: TourStep;
  /** asks for the step at this 0-based index */
  onGo: (index: number) => void;
  onClose: () => void;
}

export function StoryTour({ model, tour, onGo, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { narrative, index, count, step, event } = tour;
  // After the detail panel's own focus (it is earlier in the page), so the
  // reader following the tour lands on the step, which names the event.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs for each new step
  useEffect(
    function focusStep() {
      heading.current?.focus();
    },
    [narrative.id, index],
  );
  const names = step.sources.flatMap((id) => {
    const source = model.sources.get(id);
    return source ? [articleLabel(source)] : [];
  });
  return (
    <section id="story-tour" className="story-tour" aria-labelledby="story-tour-title"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose();
      }}>
      <button type="button" className="close" onClick={onClose} aria-label="Close the story">×</button>
      <h2 id="story-tour-title" className="story-tour-title">{narrative.title}</h2>
      <p className="story-tour-count" aria-live="polite">Step {index + 1} of {count}</p>
      <h3 className="story-tour-step" tabIndex={-1} ref={heading}>{event ? event.title : `Step ${index + 1}`}</h3>
      <p className="story-tour-text">{step.text}</p>
      <p className="story-tour-sources">
        <span className="story-tour-sources-label">{names.length === 1 ? 'Source' : 'Sources'}:</span> {names.join('; ')}
      </p>
      <div className="story-tour-nav">
        <button type="button" className="story-prev" disabled={index === 0} onClick={() => onGo(index - 1)}>Previous</button>
        <button type="button" className="story-next" disabled={index === count - 1} onClick={() => onGo(index + 1)}>Next</button>
      </div>
    </section>
  );
}
