// A combobox over the story's places, the gazetteer's towns and the events
// (state/searchPlaces.ts storySearch). Choosing a place or a town moves the
// map to it; choosing an event opens it. The towns are fetched on first focus
// (they are the same file the town labels use, usually already in), and so is
// the search code itself (minisearch): most readers never search, and the
// index is not built while the page comes.
import { memo, useEffect, useId, useMemo, useState } from 'react';
import type { LocationFeature } from '../data/schema';
import { formatPartialDate } from '../dates';
import { loadGazetteer } from '../map/loadGazetteer';
import type { SearchEvent, SearchHit, SearchTown } from '../state/searchPlaces';

type Searching = typeof import('../state/searchPlaces');

interface Props {
  locations: readonly LocationFeature[];
  /** default none */
  events?: readonly SearchEvent[];
  onPick: (locationId: string) => void;
  /** a town was chosen: [lat, lng] in degrees; without it, towns are not searched */
  onPickTown?: (at: [number, number]) => void;
  /** an event was chosen; without it, events are not searched */
  onPickEvent?: (eventId: string) => void;
}

const KIND_WORD: Record<SearchHit['kind'], string> = { place: 'place', town: 'town', event: 'event' };

const NONE: readonly SearchEvent[] = [];

// memo: the app re-renders on every date step and pan; this redraws only when its props change.
export const SearchBox = memo(function SearchBox({ locations, events = NONE, onPick, onPickTown, onPickEvent }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const [towns, setTowns] = useState<readonly SearchTown[]>([]);
  const [searching, setSearching] = useState<Searching | null>(null);
  // Enter pressed before the search code was in: answered as soon as it is.
  const [submitted, setSubmitted] = useState(false);
  const listId = useId();
  useEffect(
    function loadSearchOnFirstFocus() {
      if (!wanted) return;
      let live = true;
      import('../state/searchPlaces').then((m) => { if (live) setSearching(m); }, () => undefined);
      return () => { live = false; };
    },
    [wanted],
  );
  useEffect(
    function loadTownsOnFirstFocus() {
      if (!wanted || !onPickTown) return;
      let live = true;
      // Without towns, search still finds the story's places and events.
      loadGazetteer().then((t) => { if (live) setTowns(t); }, () => undefined);
      return () => { live = false; };
    },
    [wanted, onPickTown],
  );
  const search = useMemo(
    () => (searching ? searching.storySearch(locations, towns, onPickEvent ? events : NONE) : () => []),
    [searching, locations, towns, events, onPickEvent],
  );
  const matches = useMemo(() => search(query), [search, query]);
  const pick = (hit: SearchHit) => {
    setQuery(hit.name);
    setOpen(false);
    if (hit.kind === 'place') onPick(hit.id);
    else if (hit.kind === 'town') onPickTown?.(hit.at);
    else onPickEvent?.(hit.id);
  };
  // Not before the search code is in: "no place matches" would be untrue for that moment.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the code arrives after an Enter
  useEffect(
    function answerEarlyEnter() {
      if (!submitted || !searching) return;
      setSubmitted(false);
      const m = matches[active] ?? matches[0];
      if (m) pick(m);
    },
    [submitted, searching],
  );
  const showList = open && query.trim().length > 0 && searching !== null;
  return (
    <form className="search" role="search" onSubmit={(e) => {
      e.preventDefault();
      if (!searching) {
        setSubmitted(true);
        return;
      }
      const m = matches[active] ?? matches[0];
      if (m) pick(m);
    }}>
      <input
        type="search"
        name="place"
        placeholder="Find a place or event…"
        aria-label="Find a place or event"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && matches[active] ? `${listId}-${active}` : undefined}
        value={query}
        autoComplete="off"
        onChange={(e) => { setQuery(e.target.value); setActive(0); setOpen(true); setWanted(true); }}
        onFocus={() => { setOpen(true); setWanted(true); }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') { e.preventDefault(); setActive((a) => Math.min(a + 1, matches.length - 1)); }
          else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(a - 1, 0)); }
          else if (e.key === 'Escape') setOpen(false);
        }}
      />
      {showList && (
        <ul className="search-results" id={listId} role="listbox" aria-label="Places and events">
          {matches.length === 0 && <li className="search-empty" role="option" aria-selected="false" aria-disabled="true">No place or event matches “{query}”</li>}
          {matches.map((m, i) => (
            <li key={`${m.kind}:${m.id}`} id={`${listId}-${i}`} role="option" aria-selected={i === active}
              className={i === active ? 'active' : undefined} data-kind={m.kind}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(m)}>
              <span className="search-name">{m.name}</span>{m.matched && <span className="search-alias"> ({m.matched})</span>}
              <span className="search-kind"> · {m.kind === 'event' ? `${KIND_WORD.event}, ${formatPartialDate(m.date, 'day')}` : KIND_WORD[m.kind]}</span>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
});
