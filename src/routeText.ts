// How an event with a path (the reported jet transfer) reads on the map and in the panel.
import type { PathEventView } from './data/model';
import type { ClaimStatus } from './data/schema';

export function aircraftText(event: Pick<PathEventView, 'aircraft'>, role: 'transferred' | 'escort'): string {
  return (event.aircraft ?? [])
    .filter((a) => a.role === role)
    .map((a) => `${a.qualifier === 'at-least' ? 'at least ' : ''}${a.count} ${a.type}`)
    .join(' and ');
}

/**
 * Whole kilometres with their thousands grouped, as en-GB writes them (1406 → "1,406").
 * Not toLocaleString: its first call loads the browser's locale data, a cost
 * paid before the map's first frame.
 */
export function kmText(km: number): string {
  return String(Math.round(km)).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** A claim or a threat says so first, as its dashed marker ring does. */
const STATUS_WORD: Record<ClaimStatus, string> = { reported: '', claim: 'Claimed: ', threat: 'Threatened: ' };

/**
 * The line's label: what moved (the aircraft, or else the title) and where to.
 * When the sources name no destination inside the area it went to, it says
 * so. No distance: no article gives one, and next to "Claimed:" it would read
 * as part of the claim (routeScaleText says what a distance measures).
 */
export function routeLabel(event: PathEventView): string {
  const transferred = aircraftText(event, 'transferred');
  const escort = aircraftText(event, 'escort');
  const what = transferred ? `${transferred}${escort ? `, escorted by ${escort}` : ''}` : event.title;
  const { name, destinationNamed } = event.line.to;
  return `${STATUS_WORD[event.status]}${what}, to ${name}${destinationNamed ? '' : ' (destination not named)'}`;
}

/**
 * What a distance shown beside the line measures, in the data's own words
 * apart from the claim: the great circle from the start to the area's main
 * town, for scale; or, for a line between two named places, its length.
 */
export function routeScaleText(event: PathEventView): string {
  const { scale, distanceKm } = event.line;
  if (scale) return `Drawn line, ${scale.from} to ${scale.to}, for scale: about ${kmText(scale.km)} km`;
  return `Drawn line, for scale: about ${kmText(distanceKm)} km`;
}
