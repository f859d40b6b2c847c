// Every event in the current filter as a list, for keyboard and screen-reader
// users and for anyone who would rather read than pan. Kept in step with the
// map: choosing here opens the event (event= in the URL), and the event opened
// on the map is marked here and scrolled into view.
import { memo, useEffect, useRef } from 'react';
import type { EventView, Model } from '../data/model';
import type { Story } from '../data/storySchema';
import { formatPartialDate } from '../dates';
import { articleCount } from '../state/articleCount';
import { STORY } from '../story';
import { elementFor } from './elementFor';
import { StatusBadge } from './StatusBadge';
import { useReturnFocus } from './useReturnFocus';

interface Props {
  model: Model;
  events: readonly EventView[];
  selected: string | null;
  onSelect: (id: string) => void;
  onClose: () => void;
}

/** The period an event is filed under, from its start day: the first of the story's listPeriods that holds it. */
export function periodOf(start: string, periods: Story['listPeriods']): string {
  const found = periods.find((p) => (p.from === undefined || p.from <= start) && (p.to === undefined || start <= p.to));
  return found?.label ?? 'Other';
}

// memo: the app re-renders on every date step and pan; this redraws only when its props change.
export const EventList = memo(function EventList({ model, events, selected, onSelect, onClose }: Props) {
  const list = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useReturnFocus(() => document.querySelector<HTMLElement>('.list-toggle'));
  useEffect(function focusHeading() {
    heading.current?.focus();
  }, []);
  useEffect(function showSelected() {
    if (!selected || !list.current) return;
    // jsdom has no scrollIntoView
    elementFor(list.current, 'data-list-event', selected)?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);

  const periods = new Map<string, EventView[]>();
  for (const e of events) {
    const p = periodOf(e.start, STORY.listPeriods);
    periods.set(p, [...(periods.get(p) ?? []), e]);
  }
  // Newest first: the story's days are what readers come for; background follows.
  const ordered = [...periods.entries()].reverse();
  const total = model.sources.size;
  const item = (id: string, date: string, title: string, status: EventView['status'], place: string, count: number) => (
    <li key={id}>
      <button type="button" className="list-event" data-list-event={id} aria-current={selected === id ? 'true' : undefined}
        onClick={() => onSelect(id)}>
        <span className="list-event-date">{date}</span>
        <span className="list-event-title">{title}</span>
        <span className="list-event-meta">
          <StatusBadge status={status} /> · {place} · {`${count} of ${total} articles`}
        </span>
      </button>
    </li>
  );

  return (
    <section ref={list} id="event-list" className="event-list-panel" aria-labelledby="event-list-title"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <button type="button" className="close" onClick={onClose} aria-label="Close the list">×</button>
      <h2 id="event-list-title" tabIndex={-1} ref={heading}>Events in the current filter ({events.length})</h2>
      {events.length === 0 && <p>No events match the layers, dates and number of articles chosen.</p>}
      {ordered.map(([name, group]) => (
        <section key={name} aria-labelledby={`list-${name.replace(/\W+/g, '-')}`}>
          <h3 id={`list-${name.replace(/\W+/g, '-')}`}>{name}</h3>
          <ul className="list-events">
            {[...group].reverse().map((e) =>
              item(e.id, formatPartialDate(e.date, e.datePrecision), e.title, e.status,
                model.locations.get(e.locationId)?.properties.name ?? e.locationId, articleCount(e.sources)))}
          </ul>
        </section>
      ))}
    </section>
  );
});
