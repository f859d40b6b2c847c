// The iframe snippet for the current view, as text to copy into an article.
import { useState } from 'react';
import { STORY } from '../story';
import { Dialog } from './Dialog';

interface Props {
  /** absolute URL of the current view with embed=1 */
  embedUrl: string;
  onClose: () => void;
}

/** The attribute value, escaped for an HTML attribute in double quotes. */
function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * What a sandboxed frame must allow for the map to work, and nothing more:
 * scripts; its own origin (without it the frame's origin is opaque, and the
 * browser refuses the app's own module scripts and data files as cross-origin:
 * a blank frame); and opening the full map in a new tab, unsandboxed.
 */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

export function embedSnippet(embedUrl: string): string {
  return `<iframe src="${attribute(embedUrl)}" title="Map: ${attribute(STORY.shortTitle)}" width="100%" height="520" style="border:0" loading="lazy" sandbox="${EMBED_SANDBOX}"></iframe>`;
}

export function EmbedDialog({ embedUrl, onClose }: Props) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const snippet = embedSnippet(embedUrl);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setState('copied');
    } catch {
      // Insecure origin or no permission: select the text so Ctrl+C copies it.
      setState('manual');
      document.querySelector<HTMLTextAreaElement>('#embed-snippet')?.select();
    }
  };
  return (
    <Dialog id="embed-title" title="Embed this map" className="embed-dialog" onClose={onClose}>
      <p>Paste this into an article's HTML to show the map as it is now: the same place, layers, dates and filter, with only the map and its legend (the dates, the sides' colours and those of the zones shown).</p>
      <p className="embed-sandbox-note">The frame is sandboxed: it may run the map's scripts, load the map's own files and open the full map in a new tab, and nothing else. A stricter sandbox (scripts alone) leaves the frame blank.</p>
      <label htmlFor="embed-snippet">HTML to embed</label>
      <textarea id="embed-snippet" readOnly rows={5} value={snippet} onFocus={(e) => e.currentTarget.select()} />
      <div className="dialog-actions">
        <button type="button" onClick={copy}>{state === 'copied' ? 'Copied' : 'Copy'}</button>
        <span role="status" className="copy-status">
          {state === 'copied' ? 'The snippet is on the clipboard.' : state === 'manual' ? 'Copying is not allowed here: the text is selected, press Ctrl+C.' : ''}
        </span>
      </div>
    </Dialog>
  );
}
