// The four downloads of the view as shown (GeoJSON, CSV, KML, PNG), as the
// analyst tools offer them. The callbacks keep their identity for the page's
// life, so the panels they are given to are not redrawn on a date step or a
// pan; each reads the data as it is when clicked. CSV, KML and PNG code is
// loaded on first use: most readers never export.
import { useMemo, useRef } from 'react';
import type { Model } from '../data/model';
import type { StoryMap } from '../map/StoryMap';
import type { ViewFilter, VisibleData } from '../state/visibleData';
import { STORY } from '../story';
import { downloadFile } from './downloadFile';
import { filteredGeoJson } from './filteredGeoJson';

export interface Exports {
  geoJson: () => void;
  csv: () => Promise<void>;
  kml: () => Promise<void>;
  png: () => Promise<void>;
}

interface Shown {
  model: Model;
  visible: VisibleData;
  filter: ViewFilter;
  storyMap: StoryMap;
  /** OpenStreetMap tiles are on: the picture credits them */
  online: boolean;
}

export function useExports(shown: Shown): Exports {
  const now = useRef(shown);
  now.current = shown;
  return useMemo((): Exports => {
    const fileName = (suffix: string) => {
      const { from, to } = now.current.filter;
      return `${STORY.fileStem}${suffix}_${from}_${to}`;
    };
    return {
      geoJson: () => {
        const { model, visible, filter } = now.current;
        const json = JSON.stringify(filteredGeoJson(model, visible, filter), null, 2);
        downloadFile(new Blob([json], { type: 'application/geo+json' }), `${fileName('')}.geojson`);
      },
      csv: async () => {
        const [{ eventRows }, { eventsCsv }] = await Promise.all([import('./eventRows'), import('./eventsCsv')]);
        const { model, visible } = now.current;
        downloadFile(new Blob([eventsCsv(eventRows(model, visible, STORY))], { type: 'text/csv;charset=utf-8' }), `${fileName('')}.csv`);
      },
      kml: async () => {
        const { eventsKml } = await import('./eventsKml');
        const { model, visible, filter } = now.current;
        downloadFile(new Blob([eventsKml(filteredGeoJson(model, visible, filter), STORY)], { type: 'application/vnd.google-earth.kml+xml' }), `${fileName('')}.kml`);
      },
      png: async () => {
        const [{ mapImage }, { imageCaption }] = await Promise.all([import('./mapImage'), import('./imageCaption')]);
        const { model, visible, filter, storyMap, online } = now.current;
        const container = storyMap.map.getContainer();
        // GeoNames is credited when its towns are in the picture, as its licence asks.
        const townLabels = container.querySelector('.town-label') !== null;
        const caption = imageCaption(model, visible, filter, STORY, { onlineTiles: online, townLabels });
        downloadFile(await mapImage(container, caption), `${fileName('-map')}.png`);
      },
    };
  }, []);
}
