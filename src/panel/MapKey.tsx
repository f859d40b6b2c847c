// The key to the map in Layers & dates, after the dates (so that at a
// desktop's height the date fields are in view as the panel opens): the
// basemap to draw on and the legend of zones, markers and lines.
import { memo } from 'react';
import { FACTIONS, ROUTE_COLOUR, ZONE_DASHED, ZONE_KINDS } from '../factions';
import { markerSwatch } from './markerSwatch';

interface Props {
  online: boolean;
  onOnlineChange: (online: boolean) => void;
}

// memo: the app re-renders on every date step and pan; this redraws only when its props change.
export const MapKey = memo(function MapKey({ online, onOnlineChange }: Props) {
  return (
    <section className="map-key" aria-label="Basemap and legend">
      <fieldset>
        <legend>Basemap</legend>
        <label className="check">
          <input type="radio" name="basemap" checked={!online} onChange={() => onOnlineChange(false)} />
          Embedded (works offline)
        </label>
        <label className="check">
          <input type="radio" name="basemap" checked={online} onChange={() => onOnlineChange(true)} />
          OpenStreetMap tiles (online)
        </label>
      </fieldset>
      <Legend />
    </section>
  );
});

function Legend() {
  return (
    <div className="legend">
      <ul aria-label="Legend">
        {ZONE_KINDS.map((z) => (
          <li key={z.id}>
            <span className={`swatch swatch-zone swatch-zone-${z.id}${ZONE_DASHED.has(z.id) ? ' swatch-zone-dashed' : ''}`} style={{ background: z.colour }} aria-hidden="true" />
            {z.label}
          </li>
        ))}
        <li>
          <span className="swatch swatch-marker" style={{ background: markerSwatch(FACTIONS) }} aria-hidden="true" />
          Event (solid: reported; dashed ring: a party's claim or threat; dotted ring: some of several are; number: several at one place)
        </li>
        <li>
          <span className="swatch swatch-route" style={{ borderTopColor: ROUTE_COLOUR }} aria-hidden="true" />
          Line of an event with a path (dashed: drawn between the two reported ends, not a known flight path; the label says whose claim it is)
        </li>
      </ul>
    </div>
  );
}
