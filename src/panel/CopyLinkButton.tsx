// Copies the permalink of the current view. Where the clipboard is refused
// (insecure origin, no permission), the link is shown selected instead.
import { memo, useState } from 'react';
import { writePendingUrl } from '../url/useUrlState';

// memo: the app re-renders on every date step and pan; this redraws only when its props change.
export const CopyLinkButton = memo(function CopyLinkButton() {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const copy = async () => {
    // A date step or a pan just before may not be in the URL yet (useUrlState.ts).
    writePendingUrl();
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState('copied');
      window.setTimeout(() => setState('idle'), 2500);
    } catch {
      setState('manual');
    }
  };
  return (
    <div className="copy-link">
      <button type="button" onClick={copy}>{state === 'copied' ? 'Link copied' : 'Copy link'}</button>
      {state === 'manual' && (
        <input className="copy-link-manual" readOnly aria-label="Link to this view" value={window.location.href}
          ref={(el) => el?.select()} onBlur={() => setState('idle')} />
      )}
    </div>
  );
});
