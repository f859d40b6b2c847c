// The colours the zones are seen against, and how strongly a zone is filled:
// what a reader sees of a zone is its kind's colour (geo/story.json zoneKinds)
// laid over the land at this opacity. Plain values, no Leaflet, so that
// tests/unit/zoneColours.test.ts can check what colour-blind readers see.
// The sea is the map's background, --sea in src/styles.css (the test holds the two together).

/** Land in the embedded basemap. */
export const LAND_FILL = '#f4f1e8';
/** Country borders and coastlines in the embedded basemap. */
export const BORDER = '#8a8170';
/** The sea: the map container's background wherever no land is drawn. */
export const SEA = '#8fb8cf';

/** A zone's fill opacity; a dashed (contested) zone is filled a little more, so its yellow shows. */
export const ZONE_FILL_OPACITY = 0.3;
export const DASHED_ZONE_FILL_OPACITY = 0.45;
