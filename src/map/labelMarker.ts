// A label pinned to a point: a divIcon marker of zero size whose content CSS
// places around the point (translate by its own size). Unlike a permanent
// Leaflet tooltip, it never measures itself on the page, so adding many of
// them, or moving the map, forces no layout. The content is a DOM node (see
// textElement.ts), never an HTML string. An interactive label's focusable
// button is its content, the box a reader sees, not the zero-size marker.
import L from 'leaflet';

interface LabelOptions {
  pane: string;
  /** class of the marker's element; CSS positions its child */
  className: string;
  /** clickable, and its content focusable (Tab, then Enter: StoryMap.ts), with role="button" */
  interactive?: boolean;
}

export function labelMarker(at: readonly [number, number], content: HTMLElement, { pane, className, interactive = false }: LabelOptions): L.Marker {
  if (interactive) {
    content.tabIndex = 0;
    content.setAttribute('role', 'button');
  }
  return L.marker([at[0], at[1]], {
    pane,
    interactive,
    // Leaflet would make the zero-size marker itself the focusable button.
    keyboard: false,
    // Nor pan to it on focus: a label can lie far outside the view (a route's
    // middle), and focus comes back to it when its panel closes, also when a
    // link closed it: the view a link asks for wins.
    autoPanOnFocus: false,
    icon: L.divIcon({ className, html: content, iconSize: [0, 0] }),
  });
}
