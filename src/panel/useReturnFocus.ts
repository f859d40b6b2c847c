// When a panel or dialog closes, focus goes back to what opened it, so a
// keyboard user carries on where they were. The opener may be gone by then (a
// map marker that a move took out of view or into a cluster): `fallback`
// names a stand-in, such as what the map now draws for the same place
// (StoryMap.elementFor).
import { useEffect, useRef } from 'react';

export function useReturnFocus(fallback?: () => HTMLElement | null | undefined): void {
  const fallbackRef = useRef(fallback);
  fallbackRef.current = fallback;
  useEffect(function rememberOpener() {
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body
      ? document.activeElement
      : null;
    return () => {
      // After the closing render, when the panel's own elements are gone.
      window.setTimeout(() => {
        // Someone already moved focus somewhere sensible; leave it there.
        if (document.activeElement && document.activeElement !== document.body) return;
        const target = opener?.isConnected ? opener : fallbackRef.current?.();
        target?.focus();
      }, 0);
    };
  }, []);
}
