// The zooms the map allows: the whole region at MIN_ZOOM; at MAX_ZOOM, the
// last of the story's detail. The smallest towns of the gazetteer appear at 9
// (story.json gazetteer tiers) and the embedded coast is Natural Earth's 1:10m
// (quantised to about 400 m), already coarse at 10: zooming further would only
// magnify it, with nothing new to see.
// Plain numbers, so that permalink code can use them without loading Leaflet.
export const MIN_ZOOM = 3;
export const MAX_ZOOM = 10;

/** Links may ask for zooms up to 12, as they could before detail was held to MAX_ZOOM: the map opens them at MAX_ZOOM. */
export const LINK_MAX_ZOOM = 12;
