// The story the build checked (scripts/storyPlugin.ts): story.json of GEO_DIR, factions in order.
declare module 'virtual:story' {
  import type { Story } from './data/storySchema';
  const story: Story;
  export default story;
}
