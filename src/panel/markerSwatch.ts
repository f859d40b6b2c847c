// The legend's marker: a colour wheel with an equal slice per faction, in the
// story's order, as a marker with events of every faction is drawn.
import type { StoryFaction } from '../data/storySchema';

export function markerSwatch(factions: readonly Pick<StoryFaction, 'colour'>[]): string {
  const slice = 360 / Math.max(1, factions.length);
  return `conic-gradient(${factions.map((f, i) => `${f.colour} ${i * slice}deg ${(i + 1) * slice}deg`).join(', ')})`;
}
