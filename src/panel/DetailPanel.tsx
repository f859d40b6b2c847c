// The side panel (a bottom sheet on a phone): one event, the claimed route, or
// the list of events at one place.
import { useEffect, useRef } from 'react';
import type { EventView, Model, RouteView } from '../data/model';
import { formatPartialDate, PRECISION_NOTE } from '../dates';
import { FACTION_LABEL } from '../factions';
import { aircraftText, kmText } from '../routeText';
import { SourcesSection } from './SourcesSection';
import { StatusBadge } from './StatusBadge';
import { useReturnFocus } from './useReturnFocus';

export type Selection =
  | { kind: 'event'; event: EventView }
  | { kind: 'route'; route: RouteView }
  | { kind: 'place'; locationIds: readonly string[]; events: readonly EventView[] };

function placeText(model: Model, locationId: string): string {
  const loc = model.locations.get(locationId);
  if (!loc) return locationId;
  const p = loc.properties.precision;
  return p.type === 'exact' ? loc.properties.name : `${loc.properties.name} (approximate, within about ${p.radiusKm} km)`;
}

interface Props {
  model: Model;
  selection: Selection;
  onClose: () => void;
  onSelectEvent: (id: string) => void;
  /** what takes focus when the panel closes and its opener is gone (the map's marker for it, App.tsx) */
  returnFocusTo?: () => HTMLElement | null;
}

export function DetailPanel({ model, selection, onClose, onSelectEvent, returnFocusTo }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Before focusHeading, so it remembers the opener rather than the heading.
  useReturnFocus(returnFocusTo);
  useEffect(function focusHeading() {
    heading.current?.focus();
  }, [selection]);
  return (
    <aside className="detail-panel" aria-labelledby="detail-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <button type="button" className="close" onClick={onClose} aria-label="Close details">×</button>
      {selection.kind === 'event' && <EventDetail model={model} event={selection.event} heading={heading} />}
      {selection.kind === 'route' && <RouteDetail model={model} route={selection.route} heading={heading} />}
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
}

function EventDetail({ model, event, heading }: { model: Model; event: EventView; heading: React.Ref<HTMLHeadingElement> }) {
  return (
    <article className="event-detail" data-event={event.id}>
      <h2 id="detail-title" tabIndex={-1} ref={heading}>{event.title}</h2>
      <dl>
        <dt>Date</dt>
        <dd className="event-date">
          {formatPartialDate(event.date, event.datePrecision)} <span className="precision">({PRECISION_NOTE[event.datePrecision]})</span>
          {event.dateNote && <span className="date-note"> {event.dateNote}</span>}
        </dd>
        <dt>Place</dt>
        <dd className="event-place">{placeText(model, event.locationId)}</dd>
        <dt>Status</dt>
        <dd className={`event-status status-${event.status}`}>
          <StatusBadge status={event.status} />{event.claimedBy && <> by <span className="claimed-by">{event.claimedBy}</span></>}
        </dd>
        <dt>Side</dt>
        <dd>{FACTION_LABEL[event.faction]}; actors: {event.actors.join(', ')}</dd>
      </dl>
      <p className="summary">{event.summary}</p>
      <SourcesSection citations={event.sources} sources={model.sources} />
    </article>
  );
}

function RouteDetail({ model, route, heading }: { model: Model; route: RouteView; heading: React.Ref<HTMLHeadingElement> }) {
  const p = route.properties;
  const from = model.locations.get(p.from)?.properties.name ?? p.from;
  const to = model.locations.get(p.to)?.properties.name ?? p.to;
  const escort = aircraftText(route, 'escort');
  return (
    <article className="route-detail" data-route={p.id}>
      <h2 id="detail-title" tabIndex={-1} ref={heading}>Reported transfer of jets: {from} → {to}</h2>
      <dl>
        <dt>Status</dt>
        <dd className="event-status status-claim"><StatusBadge status="claim" /> by <span className="claimed-by">{p.claimedBy}</span>, reported {formatPartialDate(p.reportedOn, 'day')}</dd>
        <dt>Aircraft</dt>
        <dd className="route-aircraft">{aircraftText(route, 'transferred')}{escort && `, escorted by ${escort}`}</dd>
        <dt>Distance</dt>
        <dd className="route-distance">{kmText(route.distanceKm)} km along the great circle</dd>
      </dl>
      {p.schematic && <p className="schematic-note">Only the two ends were reported: the line between them is drawn as a great circle, not a known flight path.</p>}
      {p.note && <p className="summary">{p.note}</p>}
      <SourcesSection citations={p.sources} sources={model.sources} />
    </article>
  );
}
