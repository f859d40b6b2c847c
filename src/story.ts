// The story this build is of (story.json in GEO_DIR, checked when the app was
// built; scripts/storyPlugin.ts). The app's modules read the story from here;
// pure data, geometry and URL code takes it as an argument instead, so that
// Node scripts and tests can hand it any story.
import story from 'virtual:story';
import type { Story } from './data/storySchema';

export const STORY: Story = story;
