// "Layers and dates", beside the map on a wide screen and a sheet on a phone:
// the layer toggles, the dates, the day's change of control, the basemap and
// legend, where the zones come from, and the tools for readers who dig.
// Escape closes it and gives focus back to the toolbar's button that opens it.
import { useMemo } from 'react';
import type { Model } from '../data/model';
import type { Exports } from '../export/useExports';
import type { LayerId } from '../layers';
import type { VisibleData } from '../state/visibleData';
import { AnalystTools } from './AnalystTools';
import { LayerPanel } from './LayerPanel';
import { MapKey } from './MapKey';
import { TimeControl } from './TimeControl';
import { ZoneChangeNote } from './ZoneChangeNote';
import { ZoneSources } from './ZoneSources';

interface Props {
  open: boolean;
  onClose: () => void;
  model: Model;
  layers: readonly LayerId[];
  onLayersChange: (layers: LayerId[]) => void;
  /** the date window, inclusive YYYY-MM-DD, and the first and last day it may reach */
  from: string;
  to: string;
  bounds: readonly [string, string];
  onDates: (from: string, to: string, how?: { replace: boolean }) => void;
  visible: VisibleData;
  /** the zone kinds whose gained ground the map hatches now (state/shownChange.ts) */
  hatched: readonly string[];
  onSelectEvent: (id: string) => void;
  /** OpenStreetMap tiles instead of the embedded basemap */
  online: boolean;
  onOnlineChange: (online: boolean) => void;
  minArticles: number;
  onMinArticlesChange: (n: number) => void;
  onOpenCoverage: () => void;
  onOpenEmbed: () => void;
  onExport: Exports;
}

export function SidePanel({ open, onClose, model, layers, onLayersChange, from, to, bounds, onDates, visible, hatched, onSelectEvent, online, onOnlineChange, minArticles, onMinArticlesChange, onOpenCoverage, onOpenEmbed, onExport }: Props) {
  const changeDays = useMemo(() => model.zoneChanges.map((c) => c.day).filter((day) => bounds[0] <= day && day <= bounds[1]), [model, bounds]);
  // Closed by its × or Escape, focus goes back to the toolbar's button that opens it again.
  const close = () => {
    onClose();
    document.querySelector<HTMLElement>('.panel-toggle')?.focus();
  };
  return (
    <section id="side-panel" aria-label="Layers and dates" className={`side-panel${open ? ' open' : ''}`} hidden={!open}
      onKeyDown={(e) => e.key === 'Escape' && close()}>
      <button type="button" className="close" onClick={close} aria-label="Close layers and dates">×</button>
      <LayerPanel layers={layers} onLayersChange={onLayersChange} />
      <TimeControl
        from={from}
        to={to}
        bounds={bounds}
        eventCount={visible.events.length}
        spanningCount={visible.spanning}
        zonesAsOf={visible.snapshot}
        zonesOn={layers.includes('zones')}
        changeDays={changeDays}
        onChange={onDates}
      />
      <ZoneChangeNote model={model} change={visible.change} hatched={hatched} onOpenEvent={onSelectEvent} />
      <MapKey online={online} onOnlineChange={onOnlineChange} />
      <ZoneSources zones={visible.zones} />
      <AnalystTools
        minArticles={minArticles}
        onMinArticlesChange={onMinArticlesChange}
        onOpenCoverage={onOpenCoverage}
        onOpenEmbed={onOpenEmbed}
        onDownloadGeoJson={onExport.geoJson}
        onDownloadCsv={onExport.csv}
        onDownloadKml={onExport.kml}
        onDownloadPng={onExport.png}
      />
    </section>
  );
}
