// "About this map": what the map shows, the articles it is built from, how
// claims are marked, where places and zones come from, what is uncertain, and
// whose work it uses. Everything about the story comes from the model and the
// story file, so a second story gets its own About without a code change.
import { GAZETTEER_CREDIT } from '../data/gazetteer';
import type { EventView, Model } from '../data/model';
import { hasGazetteer } from '../map/loadGazetteer';
import type { LocationFeature, SourceRecord, ZoneFeature } from '../data/schema';
import { formatDay } from '../dates';
import { withinKm } from '../data/placePrecision';
import { STORY } from '../story';
import { articleLabel } from './articleLabel';
import { Dialog } from './Dialog';
import { LinkedText } from './LinkedText';

/** How many of an article's events the About names. */
const TITLES_SHOWN = 3;

interface Props {
  model: Model;
  onClose: () => void;
}

export function AboutDialog({ model, onClose }: Props) {
  const sources = [...model.sources.values()];
  return (
    <Dialog id="about-title" title="About this map" className="about-dialog" onClose={onClose}>
      {STORY.description && <p className="about-intro">{STORY.description}</p>}
      <p>
        It is built from {sources.length} news articles. Every event on the map cites the words of at least one of them;
        open an event to read its quotes, or compare the articles side by side.
      </p>

      <h3>The articles</h3>
      <ul className="about-articles">
        {sources.map((s) => <ArticleItem key={s.id} source={s} events={model.events.filter((e) => e.sources.some((c) => c.source === s.id))} />)}
      </ul>

      <h3>How events are marked</h3>
      <ul className="about-marks">
        <li>A marker with a solid ring stands for events the articles report as fact; its colours are the sides involved.</li>
        <li>A dashed ring marks a party’s claim or threat: the articles report that someone said it, not that it happened. The event’s panel says whose it is.</li>
        <li>A dotted ring means that some, not all, of the events at that place are claims or threats; a number on a marker counts the events there.</li>
        <Symbols model={model} />
        <li>
          An event with a path{STORY.routes ? ` (${STORY.routes.label.toLowerCase()})` : ''} is a dashed line between its two reported ends. Only
          the ends were reported: the line is a great circle, not a known route. Its label says whose claim it is, when it is one.
        </li>
      </ul>

      <h3>Where places and zones come from</h3>
      <p>The articles name places but give no coordinates. Each place’s point or outline comes from the reference listed here.</p>
      <details className="about-places">
        <summary>References for the {model.locations.size} places</summary>
        <ul>
          {[...model.locations.values()].map((l) => (
            <li key={l.properties.id}><strong>{l.properties.name}</strong>: <LinkedText text={l.properties.coordinateSource} /></li>
          ))}
        </ul>
      </details>
      {STORY.about?.zones && <p className="about-zones">{STORY.about.zones}</p>}
      <ZoneReferences model={model} />

      <h3>What is uncertain</h3>
      <Uncertain model={model} sources={sources} />

      <h3>Licences and credits</h3>
      <Credits sources={sources} airfields={[...model.locations.values()].some((l) => l.properties.ourAirportsIdent !== undefined)} />
    </Dialog>
  );
}

/** The symbol a marker of one event shows for its kind, for the kinds the map's events have (story.json eventTypes). */
function Symbols({ model }: { model: Model }) {
  const used = new Set(model.events.map((e) => e.type));
  const kinds = STORY.eventTypes.filter((t) => used.has(t.id));
  if (kinds.length === 0) return null;
  return (
    <li className="about-symbols">
      A marker of a single event shows its kind:{' '}
      {kinds.map((t, i) => (
        <span key={t.id} className="about-symbol">
          {i > 0 && ', '}<span className="about-glyph">{t.glyph}</span> {t.label.toLowerCase()}
        </span>
      ))}.
    </li>
  );
}

/** One article: its reader name, outlet (or how it was identified), headline, date and what it reports. */
function ArticleItem({ source, events }: { source: SourceRecord; events: readonly EventView[] }) {
  const note = (field: string) => source.inferred.find((i) => i.field === field)?.note;
  const outletNote = note('outlet');
  const dateNote = source.publishedDate ? undefined : note('publishedDate');
  const titles = [...events].sort((a, b) => b.start.localeCompare(a.start)).slice(0, TITLES_SHOWN).map((e) => e.title);
  return (
    <li className="about-article" data-source={source.id}>
      <strong className="about-article-name">{articleLabel(source)}</strong>
      <ul className="about-article-facts">
        <li><b>Outlet:</b> {source.outlet ?? 'outlet not named'}{outletNote && <span className="about-how"> — {outletNote}</span>}</li>
        <li><b>Headline:</b> {source.headline ? `“${source.headline}”` : 'none in the text'}</li>
        <li><b>Date:</b> {source.publishedDate ? formatDay(source.publishedDate) : 'undated'}{dateNote && <span className="about-how"> — {dateNote}</span>}</li>
        <li className="about-reports">
          <b>Reports:</b> {events.length} {events.length === 1 ? 'event' : 'events'}{titles.length > 0 && `, among them: ${titles.join('; ')}`}
        </li>
      </ul>
    </li>
  );
}

/** Every reference the zones cite, once each, in the order first cited. */
export function zoneReferences(zones: readonly ZoneFeature[]): string[] {
  const seen = new Set<string>();
  for (const z of zones) for (const ref of z.properties.source.split(/;\s+/)) if (ref.trim()) seen.add(ref.trim());
  return [...seen];
}

function ZoneReferences({ model }: { model: Model }) {
  const zones = model.snapshots.flatMap((s) => s.zones);
  if (zones.length === 0) return <p>The map has no control zones.</p>;
  const refs = zoneReferences(zones);
  return (
    <details className="about-zone-references">
      <summary>References for the {zones.length} zones ({model.snapshots.length} sets of days)</summary>
      <ul>{refs.map((r) => <li key={r}><LinkedText text={r} /></li>)}</ul>
    </details>
  );
}

function approximate(l: LocationFeature): string | null {
  const km = withinKm(l);
  return km === null ? null : `${l.properties.name} (within about ${km} km)`;
}

function Uncertain({ model, sources }: { model: Model; sources: readonly SourceRecord[] }) {
  const undated = sources.filter((s) => !s.publishedDate).map(articleLabel);
  const places = [...model.locations.values()].map(approximate).filter((p): p is string => p !== null);
  const vague = model.events.filter((e) => e.datePrecision !== 'day').length;
  const claims = model.events.filter((e) => e.status !== 'reported').length;
  const first = model.snapshots[0];
  const last = model.snapshots[model.snapshots.length - 1];
  const lowZones = model.snapshots.flatMap((s) => s.zones).filter((z) => z.properties.confidence === 'low').length;
  return (
    <ul className="about-uncertain">
      {undated.length > 0 && (
        <li>{undated.length} of the articles are undated ({undated.join('; ')}): the events they alone report are dated only as closely as their own words allow.</li>
      )}
      {vague > 0 && <li>{vague} events are dated only to the month or the year.</li>}
      {claims > 0 && <li>{claims} events are claims or threats by one party, not facts the articles confirm.</li>}
      {places.length > 0 && <li>Some places are approximate, drawn as an area around a stand-in point: {places.join('; ')}.</li>}
      {first && last && (
        <li>
          Zones are shown only from {formatDay(first.validFrom)} to {formatDay(last.validTo)}; on other days the map shows no zones.
          {lowZones > 0 && ` ${lowZones} of the zones are marked low confidence.`}
        </li>
      )}
    </ul>
  );
}

/** `airfields`: some place stands at an OurAirports point (its air bases), so OurAirports is credited. */
function Credits({ sources, airfields }: { sources: readonly SourceRecord[]; airfields: boolean }) {
  const outlets = [...new Set(sources.map((s) => s.outlet).filter((o): o is string => o !== null))];
  const unnamed = sources.filter((s) => !s.outlet).length;
  return (
    <ul className="about-credits">
      <li>Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a>, public domain.</li>
      {hasGazetteer && (
        <li>
          {GAZETTEER_CREDIT.what}: <a href={GAZETTEER_CREDIT.url}>{GAZETTEER_CREDIT.name}</a>, under the{' '}
          <a href={GAZETTEER_CREDIT.licenceUrl}>{GAZETTEER_CREDIT.licence}</a> licence.
        </li>
      )}
      {airfields && (
        <li>
          Air base positions: <a href="https://ourairports.com/">OurAirports</a> open data, public domain.
        </li>
      )}
      <li>Optional online tiles: © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors, under the Open Database Licence; loaded only when chosen.</li>
      <li>Map library: <a href="https://leafletjs.com/">Leaflet</a>, BSD 2-clause licence.</li>
      <li>
        The quotes are short excerpts from the articles, which remain their publishers’
        {outlets.length > 0 && ` (${outlets.join(', ')}${unnamed > 0 ? `, and the publishers of the ${unnamed} articles that do not name their outlet` : ''})`}.
      </li>
    </ul>
  );
}
