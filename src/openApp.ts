// From the joined data to the page: the map first, drawn with Leaflet alone
// (map/firstView.ts), then the app beside it once the map is on screen
// (renderApp.tsx; its code is asked for as the first view starts), or the list of the data's problems instead of a map. The
// two chunks are passed in loading, so that both entries (main.tsx,
// stressMain.tsx) can fetch them beside the data.
// Nothing here leaves the reader stranded: a file that could not be loaded
// leaves out its part of the map, with a notice and Retry (LoadFaults.ts);
// when a retry brings every file, the page is opened again on the full data,
// at the view the URL holds. The app's own code failing to arrive (or to
// start) leaves the map drawn, with a notice and Reload.
import type { AppData } from './data/appModel';
import { partsWithout } from './data/dataParts';
import type { LoadFault } from './data/fetchDataFiles';
import { LoadFaults } from './LoadFaults';
import type { LoadProgress } from './LoadProgress';
import type { FirstView } from './map/firstView';

type MapChunk = Promise<typeof import('./map/firstView')>;
type RenderChunk = Promise<typeof import('./renderApp')>;

/** The data as loaded, with the files that could not be fetched. */
export interface Loaded {
  data: AppData;
  faults: readonly LoadFault[];
}

export interface OpenOptions {
  /** loads every file again, for a retry; without it a fault offers no Retry */
  reload?: () => Promise<Loaded>;
  progress?: LoadProgress;
}

export async function openApp(loaded: Loaded, mapChunk: MapChunk, loadRender: () => RenderChunk, { reload, progress }: OpenOptions = {}): Promise<void> {
  const root = document.getElementById('root')!;
  const notices = new LoadFaults(document);
  let close: (() => void) | null = null;
  let tries = 0;
  let rendering: RenderChunk | null = null;

  const show = async ({ data, faults }: Loaded): Promise<void> => {
    close?.();
    close = null;
    if (faults.length > 0 && reload) {
      const parts = partsWithout(faults.map((f) => f.key)).map((p) => p.words);
      notices.showFaults(parts, faults, tries, () => void retry());
    } else notices.clear();
    try {
      if (!data.ok) {
        close = (await loadRender()).renderApp(data).unmount;
        return;
      }
      const { drawFirstView } = await mapChunk.catch((error: unknown) => {
        notices.showCodeFault(false, messageOf(error));
        throw null;
      });
      // Asked for now, as the first view starts: everything the map needs (its
      // code, the data, the basemap) is in, so this download competes with
      // nothing the map waits for; it is fetched and compiled (off the main
      // thread) while the map is made, and the app is rendered once the map is
      // on screen (npm run bench times both).
      rendering = loadRender();
      rendering.catch(() => {});
      const first = await new Promise<FirstView>((resolve) => {
        const drawn: FirstView = drawFirstView(root, data.model, () => resolve(drawn));
      });
      close = () => first.storyMap.remove();
      const render = await (rendering ?? loadRender()).catch((error: unknown) => {
        notices.showCodeFault(true, messageOf(error));
        throw null;
      });
      const app = render.renderApp({ ok: true, model: data.model, first });
      close = () => {
        app.unmount();
        first.storyMap.remove();
      };
    } catch (error) {
      if (error !== null) notices.showCodeFault(root.querySelector('.leaflet-container') !== null, messageOf(error));
    } finally {
      progress?.done();
    }
  };

  const retry = async (): Promise<void> => {
    if (!reload) return;
    tries++;
    notices.retrying();
    const again = await reload();
    // Still the same files missing: only the notice changes, the map stays as it is.
    if (again.faults.length > 0 && again.data.ok === loaded.data.ok && sameFiles(again.faults, loaded.faults)) {
      loaded = again;
      const parts = partsWithout(again.faults.map((f) => f.key)).map((p) => p.words);
      notices.showFaults(parts, again.faults, tries, () => void retry());
      return;
    }
    loaded = again;
    await show(again);
  };

  await show(loaded);
}

const sameFiles = (a: readonly LoadFault[], b: readonly LoadFault[]): boolean =>
  a.length === b.length && a.every((f) => b.some((g) => g.key === f.key));

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
