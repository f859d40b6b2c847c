// Escape closes the open event's panel from anywhere on the page, not only
// from inside it: a reader who clicked the map, or whose Escape has just
// closed the story's card (focus then on the toolbar's Story button), expects
// the next Escape to close the panel still open. Where focus is in something
// that answers Escape itself (a panel, a dialog, the search box's results, a
// date being typed), that comes first and this does nothing.
import { useEffect } from 'react';

/** What handles its own Escape (panel/*.tsx onKeyDown); a key pressed inside one is theirs. */
const OWN_ESCAPE = 'input, select, textarea, [role="dialog"], .detail-panel, .side-panel, .event-list-panel, .story-tour';

export function useEscapeCloses(open: boolean, close: () => void): void {
  useEffect(
    function closeOnEscape() {
      if (!open) return;
      const onKey = (e: KeyboardEvent) => {
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        const target = e.target instanceof Element ? e.target : null;
        if (target?.closest(OWN_ESCAPE)) return;
        close();
      };
      document.addEventListener('keydown', onKey);
      return () => document.removeEventListener('keydown', onKey);
    },
    [open, close],
  );
}
