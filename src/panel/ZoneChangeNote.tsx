// What changed on the window's last day, in words (state/zoneChangeText.ts),
// beside the time control; the map hatches the same ground (map/zoneChangeLayer.ts)
// while the zones of the side that gained it are shown, and the note says when not.
// A polite live region that is always there, so a reader who plays the dates
// with a screen reader hears each change as the window reaches it.
import { memo } from 'react';
import type { Model } from '../data/model';
import type { ZoneChange } from '../data/zoneChanges';
import { zoneChangeText } from '../state/zoneChangeText';
import { STORY } from '../story';
import './play.css';

interface Props {
  model: Model;
  /** the change on the window's last day (VisibleData.change), or null */
  change: ZoneChange | null;
  /** the zone kinds whose gained ground the map hatches now (state/shownChange.ts): none while that side's zones are turned off */
  hatched: readonly string[];
  onOpenEvent: (id: string) => void;
}

// memo: the app re-renders on every date step and pan; this redraws only when its props change.
export const ZoneChangeNote = memo(function ZoneChangeNote({ model, change, hatched, onOpenEvent }: Props) {
  const told = change && zoneChangeText(change, model, STORY);
  const event = told?.eventId ? model.eventsById.get(told.eventId) : undefined;
  const shown = told ? told.gainedKinds.filter((k) => hatched.includes(k)).length : 0;
  return (
    <div className={`zone-change-note${told ? ' has-change' : ''}`} role="status" aria-label="What changed">
      {told && (
        <>
          <p className="zone-change-text">{told.text}</p>
          <p className="zone-change-caveat">
            Areas are measured on this map’s coarse, hand-drawn zones
            {shown === told.gainedKinds.length
              ? ', hatched on the map.'
              : shown === 0
                ? '. The ground is not hatched while the zones of the side that gained it are turned off.'
                : '. Only part of the ground is hatched: the zones of a side that gained some are turned off.'}
          </p>
          {event && (
            <button type="button" className="zone-change-event" onClick={() => onOpenEvent(event.id)}>
              Open the report: {event.title}
            </button>
          )}
          {told.references.length > 0 && (
            <details>
              <summary>Where the zones that show it come from</summary>
              <ul className="zone-change-refs">
                {told.references.map((r) => <li key={r}>{r}</li>)}
              </ul>
            </details>
          )}
        </>
      )}
    </div>
  );
});
