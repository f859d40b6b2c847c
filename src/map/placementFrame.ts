// When a labelling pass runs: in the frame after the work that asked for it
// (a moveend's markers are redrawn in that same task), and only once the
// map's elements stand still. Placement reads where markers and labels are on
// screen, and Leaflet moves them through a zoom with CSS transitions that, on
// a busy main thread, can still be running after moveend: a name placed then
// stood beside where its marker was mid-flight, and under it once it landed.
// So a pass that finds a transition running waits for it to end and tries
// again. Several requests before the frame make one pass.
import type L from 'leaflet';

export interface PlacementFrame {
  /** Asks for a pass (one at most is waiting). */
  schedule(): void;
  /** Drops a waiting pass, for good (the layer is removed). */
  cancel(): void;
}

/** The zoom's transform transitions still running in the map's panes. */
function moving(map: L.Map): Animation[] {
  const pane = map.getPane('mapPane');
  if (!pane || typeof pane.getAnimations !== 'function') return [];
  return pane.getAnimations({ subtree: true }).filter((a) => a.playState === 'running' && (a as CSSTransition).transitionProperty === 'transform');
}

export function placementFrame(map: L.Map, place: () => void): PlacementFrame {
  let frame = 0;
  let waiting = false;
  let cancelled = false;
  const run = () => {
    frame = 0;
    const running = moving(map);
    if (running.length === 0) return place();
    waiting = true;
    Promise.all(running.map((a) => a.finished.catch(() => undefined))).then(() => {
      waiting = false;
      schedule();
    });
  };
  const schedule = () => {
    if (!cancelled && frame === 0 && !waiting) frame = requestAnimationFrame(run);
  };
  return {
    schedule,
    cancel() {
      cancelled = true;
      if (frame !== 0) cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
