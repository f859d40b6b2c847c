// Labelled checkboxes for every layer, by faction and by kind. The basemap
// choice and the legend follow the dates in the panel (MapKey.tsx).
import { memo } from 'react';
import { FACTIONS, ROUTE_LABEL } from '../factions';
import { KIND_LAYERS, LAYER_IDS, type LayerId } from '../layers';

const KIND_LABEL: Record<(typeof KIND_LAYERS)[number], string> = {
  zones: 'Control zones',
  events: 'Events',
  route: ROUTE_LABEL,
  labels: 'Place labels',
};

interface Props {
  layers: readonly LayerId[];
  onLayersChange: (layers: LayerId[]) => void;
}

// memo: the app re-renders on every date step and pan; this redraws only when its props change.
export const LayerPanel = memo(function LayerPanel({ layers, onLayersChange }: Props) {
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
    </section>
  );
});
