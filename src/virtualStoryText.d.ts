// The story's fields the build moved from the first view's chunk to the app's (scripts/preloadFirstView.ts).
declare module 'virtual:story-text' {
  import type { Story } from './data/storySchema';
  const text: Partial<Story>;
  export default text;
}
