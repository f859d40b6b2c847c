// The page's styles, Leaflet's first, loaded with the entry (a <link> in the
// page's head), so that the first view is drawn styled, before the app's code.
import 'leaflet/dist/leaflet.css';
import './styles.css';
import './panel/analyst.css';
// The route's label and open end are drawn by the first view: their rules are
// here, in the entry's stylesheet, because a stylesheet of the first view's own
// chunk is asked for only as the entry runs and its code is not run until it
// is in (tests/browser/firstView.test.ts).
import './map/route.css';
