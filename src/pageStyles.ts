// The page's styles, Leaflet's first, loaded with the entry (a <link> in the
// page's head), so that the first view is drawn styled, before the app's code.
import 'leaflet/dist/leaflet.css';
import './styles.css';
import './panel/analyst.css';
