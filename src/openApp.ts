// From the joined data to the page: the map first, drawn with Leaflet alone
// (map/firstView.ts), then the app around it once the map is on screen
// (renderApp.tsx), or the list of the data's problems instead of a map. The
// two chunks are passed in loading, so that both entries (main.tsx,
// stressMain.tsx) can fetch them beside the data.
import type { AppData } from './data/appModel';
import type { MapScene } from './map/firstView';

type MapChunk = Promise<typeof import('./map/firstView')>;
type RenderChunk = Promise<typeof import('./renderApp')>;

export async function openApp(data: AppData, mapChunk: MapChunk, loadRender: () => RenderChunk): Promise<void> {
  const root = document.getElementById('root')!;
  if (!data.ok) {
    (await loadRender()).renderApp(data);
    return;
  }
  const { drawFirstView } = await mapChunk;
  const scene = await new Promise<MapScene>((resolve) => {
    const drawn: MapScene = drawFirstView(root, data.model, () => resolve(drawn));
  });
  (await loadRender()).renderApp({ ok: true, model: data.model, scene });
}
