// The entry is small on purpose: the data and the basemap start downloading at
// once, while the rest of the app (React, Leaflet, the validator) loads beside them.
import { fetchDataFiles } from './data/fetchDataFiles';
import { loadBasemap } from './map/loadBasemap';

// BasemapLayer reports a failed basemap; here it would only be an unhandled rejection.
loadBasemap().catch(() => {});
const files = fetchDataFiles();
const [{ loadAppData }, { renderApp }] = await Promise.all([import('./data/appModel'), import('./renderApp')]);
const fetched = await files;
renderApp(fetched.ok ? loadAppData(fetched.texts) : fetched);
