// The story's words only the parts a reader opens show (the About dialog's
// text, the words that compare sources): the build leaves
// them out of the first view's chunk, which the map waits for, and they come
// with those parts (scripts/preloadFirstView.ts, virtual:story-text). Loaded
// before each of them (src/lazyParts.tsx), so the story is whole by the time
// they run; the first view and the rest of the app never read these fields.
// In the dev server and the tests the story is whole already and this adds nothing.
import text from 'virtual:story-text';
import { STORY } from './story';

Object.assign(STORY, text);
