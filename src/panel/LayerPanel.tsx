// Labelled checkboxes for every layer, the basemap choice and the legend.
import { memo } from 'react';
import { FACTIONS, ROUTE_COLOUR, ROUTE_LABEL, ZONE_DASHED, ZONE_KINDS } from '../factions';
import { KIND_LAYERS, LAYER_IDS, type LayerId } from '../layers';
import { markerSwatch } from './markerSwatch';

const KIND_LABEL: Record<(typeof KIND_LAYERS)[number], string> = {
  zones: 'Control zones',
  events: 'Events',
  route: ROUTE_LABEL,
  labels: 'Place labels',
};

interface Props {
  layers: readonly LayerId[];
  onLayersChange: (layers: LayerId[]) => void;
  online: boolean;
  onOnlineChange: (online: boolean) => void;
}

// memo: the app re-renders on every date step and pan; this redraws only when its props change.
export const LayerPanel = memo(function LayerPanel({ layers, onLayersChange, online, onOnlineChange }: Props) {
  const on = new Set(layers);
  const toggle = (id: LayerId) => {
    const next = new Set(on);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onLayersChange(LAYER_IDS.filter((l) => next.has(l)));
  };
  return (
    <section className="layer-panel" aria-label="Layers">
      <fieldset>
        <legend>Factions</legend>
        {FACTIONS.map(({ id, name, colour }) => (
          <label key={id} className="check">
            <input type="checkbox" name={`layer-${id}`} checked={on.has(id)} onChange={() => toggle(id)} />
            <span className="swatch swatch-dot" style={{ background: colour }} aria-hidden="true" />
            {name}
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
});

function Legend() {
  return (
    <div className="legend" aria-label="Legend">
      <ul>
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
