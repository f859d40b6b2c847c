// The legend in an embedded map: one line per kind of mark, small enough to
// sit over the map in an article's iframe, with a link to the full map.
import { FACTIONS, ROUTE_COLOUR, ROUTE_LABEL } from '../factions';
import { STORY } from '../story';
import { markerSwatch } from './markerSwatch';

export function EmbedLegend({ fullMapHref }: { fullMapHref: string }) {
  return (
    <aside className="embed-legend" aria-label="Legend">
      <h1 className="embed-title">{STORY.shortTitle}</h1>
      <ul>
        {FACTIONS.map((f) => (
          <li key={f.id}><span className="swatch swatch-dot" style={{ background: f.colour }} aria-hidden="true" /> {f.short}</li>
        ))}
        <li><span className="swatch swatch-marker swatch-claim" style={{ background: markerSwatch(FACTIONS) }} aria-hidden="true" /> dashed ring: claim or threat</li>
        <li><span className="swatch swatch-route" style={{ borderTopColor: ROUTE_COLOUR }} aria-hidden="true" /> {ROUTE_LABEL.toLowerCase()}</li>
      </ul>
      <a href={fullMapHref} target="_blank" rel="noopener noreferrer">Open the full map</a>
    </aside>
  );
}
