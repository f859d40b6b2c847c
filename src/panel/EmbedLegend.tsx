// The legend in an embedded map: one line per kind of mark, small enough to
// sit over the map in an article's iframe, with a link to the full map.
import { FACTION_COLOUR, FACTION_SHORT } from '../factions';
import { FACTION_LAYERS } from '../layers';

export function EmbedLegend({ fullMapHref }: { fullMapHref: string }) {
  return (
    <aside className="embed-legend" aria-label="Legend">
      <h1 className="embed-title">Libya, May 2020</h1>
      <ul>
        {FACTION_LAYERS.map((f) => (
          <li key={f}><span className="swatch swatch-dot" style={{ background: FACTION_COLOUR[f] }} aria-hidden="true" /> {FACTION_SHORT[f]}</li>
        ))}
        <li><span className="swatch swatch-marker swatch-claim" aria-hidden="true" /> dashed ring: claim or threat</li>
        <li><span className="swatch swatch-route" aria-hidden="true" /> claimed jet route</li>
      </ul>
      <a href={fullMapHref} target="_blank" rel="noopener noreferrer">Open the full map</a>
    </aside>
  );
}
