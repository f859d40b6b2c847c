// Labelled checkboxes for every layer, the basemap choice and the legend.
import type { ZoneFaction } from '../data/schema';
import { FACTION_COLOUR, FACTION_LABEL, ZONE_COLOUR, ZONE_LABEL } from '../factions';
import { FACTION_LAYERS, KIND_LAYERS, type LayerId } from '../layers';

const KIND_LABEL: Record<(typeof KIND_LAYERS)[number], string> = {
  zones: 'Control zones',
  events: 'Events',
  route: 'Reported jet transfer',
  labels: 'Place labels',
};

interface Props {
  layers: readonly LayerId[];
  onLayersChange: (layers: LayerId[]) => void;
  online: boolean;
  onOnlineChange: (online: boolean) => void;
}

export function LayerPanel({ layers, onLayersChange, online, onOnlineChange }: Props) {
  const on = new Set(layers);
  const toggle = (id: LayerId) => {
    const next = new Set(on);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onLayersChange([...FACTION_LAYERS, ...KIND_LAYERS].filter((l) => next.has(l)));
  };
  return (
    <section className="layer-panel" aria-label="Layers">
      <fieldset>
        <legend>Factions</legend>
        {FACTION_LAYERS.map((id) => (
          <label key={id} className="check">
            <input type="checkbox" name={`layer-${id}`} checked={on.has(id)} onChange={() => toggle(id)} />
            <span className="swatch swatch-dot" style={{ background: FACTION_COLOUR[id] }} aria-hidden="true" />
            {FACTION_LABEL[id]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Show</legend>
        {KIND_LAYERS.map((id) => (
          <label key={id} className="check">
            <input type="checkbox" name={`layer-${id}`} checked={on.has(id)} onChange={() => toggle(id)} />
            {KIND_LABEL[id]}
          </label>
        ))}
      </fieldset>
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
}

const ZONE_ORDER: ZoneFaction[] = ['gna', 'lna', 'contested', 'none'];

function Legend() {
  return (
    <div className="legend" aria-label="Legend">
      <ul>
        {ZONE_ORDER.map((z) => (
          <li key={z}>
            <span className={`swatch swatch-zone swatch-zone-${z}`} style={{ background: ZONE_COLOUR[z] }} aria-hidden="true" />
            {ZONE_LABEL[z]}
          </li>
        ))}
        <li>
          <span className="swatch swatch-marker" aria-hidden="true" />
          Event (solid: reported; dashed ring: a party's claim or threat; dotted ring: some of several are; number: several at one place)
        </li>
        <li>
          <span className="swatch swatch-route" aria-hidden="true" />
          Claimed route (dashed: one party's claim; drawn, not reported)
        </li>
      </ul>
    </div>
  );
}
