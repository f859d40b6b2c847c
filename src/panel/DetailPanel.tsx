// The side panel (a bottom sheet on a phone): one event (with its path, for
// the jet transfer), or the list of events at one place.
import { memo, useEffect, useRef } from 'react';
import { hasLine, type EventView, type Model, type PathEventView } from '../data/model';
import { formatPartialDate, PRECISION_NOTE } from '../dates';
import { FACTION_LABEL } from '../factions';
import { aircraftText, routeScaleText } from '../routeText';
import { SourcesSection } from './SourcesSection';
import { StatusBadge } from './StatusBadge';
import { useReturnFocus } from './useReturnFocus';
import { LinkedText } from './LinkedText';
import { placeWithPrecision } from '../data/placePrecision';

export type Selection =
  | { kind: 'event'; event: EventView }
  | { kind: 'place'; locationIds: readonly string[]; events: readonly EventView[] };

function placeText(model: Model, locationId: string): string {
  const loc = model.locations.get(locationId);
  return loc ? placeWithPrecision(loc) : locationId;
}

interface Props {
  model: Model;
  selection: Selection;
  onClose: () => void;
  onSelectEvent: (id: string) => void;
  /** what takes focus when the panel closes and its opener is gone (the map's marker for it, App.tsx) */
  returnFocusTo?: () => HTMLElement | null;
}

// memo: the app re-renders on every date step and pan; this redraws only when its props change.
export const DetailPanel = memo(function DetailPanel({ model, selection, onClose, onSelectEvent, returnFocusTo }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Before focusHeading, so it remembers the opener rather than the heading.
  useReturnFocus(returnFocusTo);
  // When what is shown changes (another event, other places), not when the same
  // selection comes again as a new object: a date step re-renders the app, and
  // the reader's focus (a timeline handle, a date field) must stay where it is.
  const shown = selection.kind === 'event' ? `event ${selection.event.id}` : `places ${selection.locationIds.join(' ')}`;
  useEffect(function focusHeading() {
    heading.current?.focus();
  }, [shown]);
  return (
    <aside className="detail-panel" aria-labelledby="detail-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <button type="button" className="close" onClick={onClose} aria-label="Close details">×</button>
      {selection.kind === 'event' && <EventDetail model={model} event={selection.event} heading={heading} />}
      {selection.kind === 'place' && (
        <>
          <h2 id="detail-title" tabIndex={-1} ref={heading}>
            {selection.events.length} events at {selection.locationIds.map((id) => placeText(model, id)).join('; ')}
          </h2>
          <ul className="place-events">
            {selection.events.map((e) => (
              <li key={e.id}>
                <button type="button" onClick={() => onSelectEvent(e.id)}>
                  <span className="place-event-date">{formatPartialDate(e.date, e.datePrecision)}{selection.locationIds.length > 1 && ` · ${model.locations.get(e.locationId)?.properties.name ?? ''}`}</span> {e.title}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
});

function EventDetail({ model, event, heading }: { model: Model; event: EventView; heading: React.Ref<HTMLHeadingElement> }) {
  return (
    <article className="event-detail" data-event={event.id}>
      <h2 id="detail-title" tabIndex={-1} ref={heading}>{event.title}</h2>
      <dl>
        <dt>Date</dt>
        <dd className="event-date">
          {formatPartialDate(event.date, event.datePrecision)} <span className="precision">({PRECISION_NOTE[event.datePrecision]})</span>
          {event.dateNote && <span className="date-note"> <LinkedText text={event.dateNote} /></span>}
        </dd>
        <dt>Place</dt>
        <dd className="event-place">{placeText(model, event.locationId)}</dd>
        {hasLine(event) && <PathFacts model={model} event={event} />}
        <dt>Status</dt>
        <dd className={`event-status status-${event.status}`}>
          <StatusBadge status={event.status} />{event.claimedBy && <> by <span className="claimed-by">{event.claimedBy}</span></>}
        </dd>
        <dt>Side</dt>
        <dd>{FACTION_LABEL[event.faction]}; actors: {event.actors.join(', ')}</dd>
      </dl>
      {hasLine(event) && <p className="schematic-note">Only the two ends were reported: the line between them is drawn as a great circle, not a known path.</p>}
      <p className="summary"><LinkedText text={event.summary} /></p>
      <SourcesSection citations={event.sources} sources={model.sources} />
    </article>
  );
}

/** Where an event with a path went from and to, what moved, and how far. */
function PathFacts({ model, event }: { model: Model; event: PathEventView }) {
  const name = (id: string) => model.locations.get(id)?.properties.name ?? id;
  const transferred = aircraftText(event, 'transferred');
  const escort = aircraftText(event, 'escort');
  return (
    <>
      <dt>Path</dt>
      <dd className="event-path">{name(event.path.from)} → {name(event.path.to)}</dd>
      {transferred && (
        <>
          <dt>Aircraft</dt>
          <dd className="route-aircraft">{transferred}{escort && `, escorted by ${escort}`}</dd>
        </>
      )}
      <dt>Distance</dt>
      <dd className="route-distance">{routeScaleText(event)}</dd>
    </>
  );
}
