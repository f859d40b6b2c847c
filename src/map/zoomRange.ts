// The zooms the map allows: the whole region at MIN_ZOOM, a town's streets at MAX_ZOOM.
// Plain numbers, so that permalink code can use them without loading Leaflet.
export const MIN_ZOOM = 3;
export const MAX_ZOOM = 12;
