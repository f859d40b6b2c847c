// A layer whose code comes after the first view: its chunk is asked for once
// the map's first frame is on screen and the page is idle (so that neither the
// script the map waits for nor the app's first render carries it), then it is
// made and given the state the map is in by then; until it arrives it draws
// nothing. For layers that draw nothing as the page opens unless a link asks
// (a region's outline) or that come after the first view anyway (the towns,
// whose file is fetched then), never for what the first view shows.
import { afterNextPaint } from './afterNextPaint';
import { whenIdle } from '../whenIdle';
import type { LayerFactory, MapState, StoryLayer } from './storyLayer';

export function laterLayer(load: () => Promise<LayerFactory>): LayerFactory {
  return (context) => {
    let layer: StoryLayer | null = null;
    let state: MapState | null = null;
    let removed = false;
    afterNextPaint(() =>
      whenIdle(() =>
        load().then(
          (make) => {
            if (removed) return;
            layer = make(context);
            if (state) layer.add(state);
          },
          () => {}, // without it the map works on, without what this layer adds
        ),
      ),
    );
    return {
      add(s) {
        state = s;
        layer?.add(s);
      },
      update(s, prev) {
        state = s;
        layer?.update(s, prev);
      },
      remove() {
        removed = true;
        layer?.remove();
      },
      elementFor(target) {
        return layer?.elementFor?.(target) ?? null;
      },
    };
  };
}
