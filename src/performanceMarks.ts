// The names of the performance marks the page sets, in one place: the page
// marks them (performance.mark) and the browser tests and the benchmark wait
// for them and time them, so a renamed mark breaks the build, not a timing.
// Plain strings in a small module with no imports, so the bench's pages and
// the tests can import it without pulling in the app.

/** The default view is fully drawn, basemap included (map/whenDrawn.ts). The bench times the map by it. */
export const MAP_DRAWN_MARK = 'map-drawn';

/** The whole page, map, toolbar and panels, is on screen and usable (App.tsx). Tests wait for it. */
export const APP_READY_MARK = 'app-ready';

/** Leaflet and the first view's code have arrived (main.tsx). */
export const MAP_CODE_READY_MARK = 'map-code-ready';

/** The data is fetched, checked and joined (main.tsx). */
export const DATA_READY_MARK = 'data-ready';

/** The app's own code (React and the panels) has arrived (main.tsx). */
export const CODE_READY_MARK = 'code-ready';

/** The stress page's data texts are in (stressMain.tsx). */
export const STRESS_FETCHED_MARK = 'stress-fetched';

/** Measure, not mark: from STRESS_FETCHED_MARK to the end of loadAppData on the stress page (stressMain.tsx). */
export const STRESS_LOAD_MEASURE = 'stress-load';

/** Play has moved the date window one step (panel/PlayControl.tsx). The bench times each step by it. */
export const PLAY_STEP_MARK = 'play-step';
