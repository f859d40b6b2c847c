// The bar along the map's top: the story's short title, search, Copy link, and
// the buttons that open the List, the Layers & dates panel, the story tour and
// the About dialog, each saying what it opens and whether that is open.
import type { LocationFeature } from '../data/schema';
import type { SearchEvent } from '../state/searchPlaces';
import { STORY } from '../story';
import { CopyLinkButton } from './CopyLinkButton';
import { SearchBox } from './SearchBox';

interface Props {
  locations: readonly LocationFeature[];
  events: readonly SearchEvent[];
  /** a story place, a town ([lat, lng] in degrees) or an event was chosen in search */
  onFind: (locationId: string) => void;
  onFindTown: (at: [number, number]) => void;
  onFindEvent: (eventId: string) => void;
  listOpen: boolean;
  onToggleList: () => void;
  panelOpen: boolean;
  onTogglePanel: () => void;
  /** null where the story has no tour to follow: no Story button */
  tour: { open: boolean; onToggle: () => void } | null;
  onOpenAbout: () => void;
}

export function Toolbar(props: Props) {
  return (
    <header className="toolbar">
      <h1 className="title">{STORY.shortTitle}</h1>
      <SearchBox locations={props.locations} events={props.events} onPick={props.onFind} onPickTown={props.onFindTown} onPickEvent={props.onFindEvent} />
      <CopyLinkButton />
      <button type="button" className="list-toggle" aria-expanded={props.listOpen} aria-controls="event-list" onClick={props.onToggleList}>
        List
      </button>
      <button type="button" className="panel-toggle" aria-expanded={props.panelOpen} aria-controls="side-panel" onClick={props.onTogglePanel}>
        Layers &amp; dates
      </button>
      {props.tour && (
        <button type="button" className="story-toggle" aria-expanded={props.tour.open} aria-controls="story-tour" onClick={props.tour.onToggle}>
          Story
        </button>
      )}
      <button type="button" className="about-toggle" aria-haspopup="dialog" onClick={props.onOpenAbout}>About</button>
    </header>
  );
}
