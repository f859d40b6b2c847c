// From the joined data to the page: the map first, drawn with Leaflet alone
// (map/firstView.ts), then the app beside it once the map is on screen
// (renderApp.tsx), or the list of the data's problems instead of a map. The
// two chunks are passed in loading, so that both entries (main.tsx,
// stressMain.tsx) can fetch them beside the data.
import type { AppData } from './data/appModel';
import type { FirstView } from './map/firstView';

type MapChunk = Promise<typeof import('./map/firstView')>;
type RenderChunk = Promise<typeof import('./renderApp')>;

export async function openApp(data: AppData, mapChunk: MapChunk, loadRender: () => RenderChunk): Promise<void> {
  const root = document.getElementById('root')!;
  if (!data.ok) {
    (await loadRender()).renderApp(data);
    return;
  }
  const { drawFirstView } = await mapChunk;
  const first = await new Promise<FirstView>((resolve) => {
    const drawn: FirstView = drawFirstView(root, data.model, () => resolve(drawn));
  });
  (await loadRender()).renderApp({ ok: true, model: data.model, first });
}
