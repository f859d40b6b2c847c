// A combobox over place names and aliases; choosing a place moves the map to it.
import { useId, useMemo, useState } from 'react';
import type { LocationFeature } from '../data/schema';
import { searchPlaces } from '../state/searchPlaces';

interface Props {
  locations: readonly LocationFeature[];
  onPick: (locationId: string) => void;
}

export function SearchBox({ locations, onPick }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const matches = useMemo(() => searchPlaces(locations, query), [locations, query]);
  const pick = (id: string, name: string) => {
    setQuery(name);
    setOpen(false);
    onPick(id);
  };
  const showList = open && query.trim().length > 0;
  return (
    <form className="search" role="search" onSubmit={(e) => {
      e.preventDefault();
      const m = matches[active] ?? matches[0];
      if (m) pick(m.id, m.name);
    }}>
      <input
        type="search"
        name="place"
        placeholder="Find a place…"
        aria-label="Find a place"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && matches[active] ? `${listId}-${active}` : undefined}
        value={query}
        autoComplete="off"
        onChange={(e) => { setQuery(e.target.value); setActive(0); setOpen(true); }}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') { e.preventDefault(); setActive((a) => Math.min(a + 1, matches.length - 1)); }
          else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(a - 1, 0)); }
          else if (e.key === 'Escape') setOpen(false);
        }}
      />
      {showList && (
        <ul className="search-results" id={listId} role="listbox" aria-label="Places">
          {matches.length === 0 && <li className="search-empty" role="option" aria-selected="false" aria-disabled="true">No place matches “{query}”</li>}
          {matches.map((m, i) => (
            <li key={m.id} id={`${listId}-${i}`} role="option" aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(m.id, m.name)}>
              {m.name}{m.matched && <span className="search-alias"> ({m.matched})</span>}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
