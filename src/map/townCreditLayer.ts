// GeoNames' credit for the town labels, on the map from its first frame: the
// labels' own code comes after the first view (townLabelsLayer.ts, through
// laterLayer.ts), and a credit line added then would shift under the reader.
import { GAZETTEER_CREDIT } from '../data/gazetteer';
import { hasGazetteer } from './loadGazetteer';
import type { LayerFactory } from './storyLayer';

export const GAZETTEER_ATTRIBUTION = `Towns: <a href="${GAZETTEER_CREDIT.url}">${GAZETTEER_CREDIT.name}</a> (<a href="${GAZETTEER_CREDIT.licenceUrl}">${GAZETTEER_CREDIT.licenceShort}</a>)`;

export const townCreditLayer: LayerFactory = ({ map }) => ({
  add() {
    if (hasGazetteer) map.attributionControl?.addAttribution(GAZETTEER_ATTRIBUTION);
  },
  update() {},
  remove() {
    map.attributionControl?.removeAttribution(GAZETTEER_ATTRIBUTION);
  },
});
