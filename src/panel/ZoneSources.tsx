// Where the zones on screen come from: the articles do not give control zones,
// so each names the public reference it was drawn from, and how sure we are.
import { memo } from 'react';
import type { ZoneFeature } from '../data/schema';
import { ZONE_LABEL } from '../factions';
import { LinkedText } from './LinkedText';

// memo: the app re-renders on every date step and pan; this redraws only when its props change.
export const ZoneSources = memo(function ZoneSources({ zones }: { zones: readonly ZoneFeature[] }) {
  if (zones.length === 0) return null;
  return (
    <details className="zone-sources">
      <summary>Where the zones come from</summary>
      <ul>
        {zones.map((z) => (
          <li key={z.properties.id}>
            <strong>{z.properties.label}</strong> ({ZONE_LABEL[z.properties.faction]}, {z.properties.confidence} confidence):{' '}
            <span className="zone-source"><LinkedText text={z.properties.source} /></span>
            {z.properties.note && <span className="zone-note"> {z.properties.note}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
});
