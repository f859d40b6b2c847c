// The legend in an embedded map: the dates it shows and one line per kind of
// mark (the sides the map shows), small enough to sit over the map in an article's iframe, with a link to
// the full map. Zone kinds are listed when the map shows zones of that kind,
// the route while the map draws one.
import { formatDay } from '../dates';
import { FACTIONS, ROUTE_COLOUR, ROUTE_LABEL, ZONE_DASHED, ZONE_KINDS } from '../factions';
import { STORY } from '../story';
import { markerSwatch } from './markerSwatch';

interface Props {
  fullMapHref: string;
  /** the date window shown, inclusive YYYY-MM-DD */
  from: string;
  to: string;
  /** ids of the zone kinds the map shows now */
  zoneKinds: ReadonlySet<string>;
  /** the map draws at least one event's line (default true) */
  routes?: boolean;
  /** ids of the sides whose events the map shows (default: every side) */
  factions?: ReadonlySet<string>;
}

export function EmbedLegend({ fullMapHref, from, to, zoneKinds, routes = true, factions }: Props) {
  return (
    <aside className="embed-legend" aria-label="Legend">
      <h1 className="embed-title">{STORY.shortTitle}</h1>
      <p className="embed-dates">{from === to ? formatDay(from) : `${formatDay(from)} – ${formatDay(to)}`}</p>
      <ul>
        {FACTIONS.filter((f) => !factions || factions.has(f.id)).map((f) => (
          <li key={f.id}><span className="swatch swatch-dot" style={{ background: f.colour }} aria-hidden="true" /> {f.short}</li>
        ))}
        <li><span className="swatch swatch-marker swatch-claim" style={{ background: markerSwatch(FACTIONS) }} aria-hidden="true" /> dashed ring: claim or threat</li>
        <li><span className="swatch swatch-marker swatch-some-claims" style={{ background: markerSwatch(FACTIONS) }} aria-hidden="true" /> dotted ring: some are claims</li>
        {routes && <li><span className="swatch swatch-route" style={{ borderTopColor: ROUTE_COLOUR }} aria-hidden="true" /> {ROUTE_LABEL.toLowerCase()}</li>}
        {ZONE_KINDS.filter((k) => zoneKinds.has(k.id)).map((k) => (
          <li key={`zone-${k.id}`} className="embed-zone">
            <span className={`swatch swatch-zone${ZONE_DASHED.has(k.id) ? ' swatch-zone-dashed' : ''}`} style={{ background: k.colour }} aria-hidden="true" /> {k.label}
          </li>
        ))}
      </ul>
      <a href={fullMapHref} target="_blank" rel="noopener noreferrer">Open the full map</a>
    </aside>
  );
}
