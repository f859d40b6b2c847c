// The side panel's tools for readers who dig: the articles filter, the
// coverage table, the embed snippet and the downloads.
import { memo, useState } from 'react';
import { MinArticlesFilter } from './MinArticlesFilter';

interface Props {
  minArticles: number;
  onMinArticlesChange: (value: number) => void;
  onOpenCoverage: () => void;
  onOpenEmbed: () => void;
  onDownloadGeoJson: () => void;
  /** one row per event and source, with the quote */
  onDownloadCsv: () => void;
  /** for Google Earth */
  onDownloadKml: () => void;
  /** resolves when the PNG has been handed to the browser */
  onDownloadPng: () => Promise<void>;
}

// memo: the app re-renders on every date step and pan; this redraws only when its props change.
export const AnalystTools = memo(function AnalystTools(props: Props) {
  const [png, setPng] = useState<'idle' | 'busy' | 'failed'>('idle');
  const downloadPng = async () => {
    setPng('busy');
    try {
      await props.onDownloadPng();
      setPng('idle');
    } catch {
      setPng('failed');
    }
  };
  return (
    <section className="analyst-tools" aria-labelledby="analyst-tools-title">
      <h2 id="analyst-tools-title" className="panel-heading">Sources, sharing and export</h2>
      <MinArticlesFilter value={props.minArticles} onChange={props.onMinArticlesChange} />
      <div className="tool-buttons">
        <button type="button" onClick={props.onOpenCoverage}>Coverage</button>
        <button type="button" onClick={props.onOpenEmbed}>Embed</button>
        <button type="button" onClick={props.onDownloadGeoJson}>Download GeoJSON</button>
        <button type="button" onClick={props.onDownloadCsv}>Download CSV</button>
        <button type="button" onClick={props.onDownloadKml}>Download KML</button>
        <button type="button" onClick={downloadPng} disabled={png === 'busy'}>{png === 'busy' ? 'Making PNG…' : 'Download PNG'}</button>
      </div>
      {png === 'failed' && <p role="alert" className="tool-error">The image could not be made in this browser.</p>}
    </section>
  );
});
