// A change of control (data/zoneChanges.ts) told in a sentence for readers:
// who took what, and about how much ground. Names come from the data: the
// faction's short name from the story, the place from the linked event's
// location; nothing here names a story.
import { formatDay } from '../dates';
import type { Model } from '../data/model';
import type { Story } from '../data/storySchema';
import type { ZoneChange } from '../data/zoneChanges';

export interface ZoneChangeText {
  /** one sentence, e.g. "18 May 2020: the X took Y and about 2,300 km² around it." */
  text: string;
  /** the event that reports the change, to open from the sentence; null when none does */
  eventId: string | null;
  /** when no event reports it: the references of the zones that show it, as the data gives them */
  references: string[];
  /** the zone kinds whose gained ground the sentence tells */
  gainedKinds: string[];
}

/**
 * `km2` as a reader should read a hand-drawn zone's area: two significant
 * figures ("2,300", "85"), never more precise than the drawing. Below 10 km²,
 * "under 10".
 */
export function roundedKm2(km2: number): string {
  if (km2 < 10) return 'under 10';
  const step = 10 ** (Math.floor(Math.log10(km2)) - 1);
  return withThousands(Math.round(km2 / step) * step);
}

/** Thousands with commas, without Intl (its first use loads locale data). */
function withThousands(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function zoneChangeText(change: ZoneChange, model: Pick<Model, 'eventsById' | 'snapshots'>, story: Pick<Story, 'factions' | 'zoneKinds'>): ZoneChangeText {
  const kindName = (kind: string): string => {
    const faction = story.zoneKinds.find((k) => k.id === kind)?.faction;
    const short = story.factions.find((f) => f.id === faction)?.short;
    return short ? `the ${short}` : `“${story.zoneKinds.find((k) => k.id === kind)?.label ?? kind}” zones`;
  };
  const factionName = (id: string): string => `the ${story.factions.find((f) => f.id === id)?.short ?? id}`;
  const day = formatDay(change.day);
  const event = change.event && model.eventsById.get(change.event.id);
  const gain = change.event && change.kinds.find((k) => k.kind === change.event?.kind);
  if (event && gain) {
    const place = event.location.properties.name;
    const area = `about ${roundedKm2(gain.gainedKm2)} km²`;
    const text = event.type === 'withdrawal'
      ? `${day}: ${factionName(event.faction)} withdrew from ${place}; ${kindName(gain.kind)} gained ${area} there.`
      : `${day}: ${kindName(gain.kind)} took ${place} and ${area} around it.`;
    return { text, eventId: event.id, references: [], gainedKinds: gain.gained ? [gain.kind] : [] };
  }
  const parts = change.kinds.map((k) => {
    const moves = [k.gainedKm2 > 0 ? `gained about ${roundedKm2(k.gainedKm2)} km²` : '', k.lostKm2 > 0 ? `lost about ${roundedKm2(k.lostKm2)} km²` : ''];
    return `${kindName(k.kind)} ${moves.filter(Boolean).join(' and ')}`;
  });
  const snapshot = model.snapshots.find((s) => s.validFrom === change.day);
  const ids = new Set(change.zoneIds);
  const references = [...new Set((snapshot?.zones ?? []).filter((z) => ids.has(z.properties.id)).map((z) => z.properties.source))];
  return { text: `${day}: ${parts.join('; ')}. No event dated that day reports it.`, eventId: null, references, gainedKinds: change.kinds.filter((k) => k.gained).map((k) => k.kind) };
}
