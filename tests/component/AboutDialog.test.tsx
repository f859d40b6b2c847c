// The About dialog tells a reader what the map is built from, by the names the
// panels use, and gets out of the way with Escape, back to its button.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { readGeoDir } from '../../src/data/loadDataset';
import type { Model } from '../../src/data/model';
import { validatedModel } from '../../src/data/validatedModel';
import { formatDay } from '../../src/dates';
import { AboutDialog } from '../../src/panel/AboutDialog';
import { articleLabel } from '../../src/panel/articleLabel';

const data = validatedModel(readGeoDir(join(process.cwd(), 'geo')));
if (!data.ok) throw new Error(`geo/ does not validate: ${JSON.stringify(data.problems)}`);
const model: Model = data.model;

function WithButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>About</button>
      {open && <AboutDialog model={model} onClose={() => setOpen(false)} />}
    </>
  );
}

function openAbout() {
  render(<WithButton />);
  const button = screen.getByRole('button', { name: 'About' });
  button.focus();
  fireEvent.click(button);
  return { button, dialog: screen.getByRole('dialog', { name: 'About this map' }) };
}

describe('AboutDialog', () => {
  it('lists every article by its reader name, with outlet or "outlet not named", date or "undated", and how many events it reports', () => {
    const { dialog } = openAbout();
    const items = [...dialog.querySelectorAll<HTMLElement>('.about-article')];
    expect(items).toHaveLength(model.sources.size);
    for (const s of model.sources.values()) {
      const item = items.find((i) => i.dataset.source === s.id)!;
      const text = item.textContent ?? '';
      expect(item.querySelector('.about-article-name')!.textContent).toBe(articleLabel(s));
      expect(text).toContain(s.outlet ?? 'outlet not named');
      expect(text).toContain(s.publishedDate ? formatDay(s.publishedDate) : 'undated');
      const count = model.events.filter((e) => e.sources.some((c) => c.source === s.id)).length;
      expect(item.querySelector('.about-reports')!.textContent).toMatch(new RegExp(`^Reports: ${count} events?\\b`));
      // how an unnamed outlet was identified is told, in the data's words
      const how = s.inferred.find((i) => i.field === 'outlet');
      if (how) expect(text).toContain(how.note);
    }
  });

  it("explains each symbol a marker of one event may show, the story's own, for the kinds its events have", () => {
    const story = JSON.parse(readFileSync(join(process.cwd(), 'geo', 'story.json'), 'utf8')) as { eventTypes: { id: string; label: string; glyph: string }[] };
    const { dialog } = openAbout();
    const line = dialog.querySelector('.about-symbols')?.textContent ?? '';
    const used = new Set(model.events.map((e) => e.type));
    expect(used.size).toBeGreaterThan(3);
    for (const t of story.eventTypes) {
      if (used.has(t.id)) expect(line).toContain(`${t.glyph} ${t.label.toLowerCase()}`);
      else expect(line).not.toContain(t.label.toLowerCase());
    }
    // The flag, the telephone and the section sign readers met on the map without a word for them.
    expect(line).toMatch(/⚑ capture.*☎ diplomatic call/);
  });

  it('says how claims are marked, where places and zones come from, and gives the credits', () => {
    const { dialog } = openAbout();
    const text = dialog.textContent ?? '';
    expect(text).toMatch(/solid ring/);
    expect(text).toMatch(/dashed ring/);
    expect(text).toMatch(/dotted ring/);
    // A reference reads as written, its web addresses as links to them (named by their site).
    const shownWithLinks = (reference: string) => {
      const addresses = reference.match(/https?:\/\/[^\s)]+/g)?.map((a) => a.replace(/[.,;]+$/, '')) ?? [];
      expect(text).toContain(reference.split('http')[0]!.trim());
      for (const a of addresses) expect(dialog.querySelector(`a[href="${a}"]`), a).not.toBeNull();
      expect(addresses.some((a) => text.includes(a))).toBe(false);
    };
    shownWithLinks([...model.locations.values()][0]!.properties.coordinateSource);
    shownWithLinks(model.snapshots[0]!.zones[0]!.properties.source.split(/;\s+/)[0]!);
    expect(text).toContain(`Zones are shown only from ${formatDay(model.snapshots[0]!.validFrom)}`);
    expect(text).toContain('Natural Earth');
    expect(text).toContain('OpenStreetMap');
    expect(text).toContain('Leaflet');
  });

  it('credits OurAirports for the air bases, whose references name their OurAirports idents', () => {
    const { dialog } = openAbout();
    const credits = dialog.querySelector('.about-credits')!;
    expect(credits.textContent).toContain('Air base positions: OurAirports open data, public domain.');
    for (const l of model.locations.values()) {
      if (l.properties.ourAirportsIdent) expect(dialog.textContent).toContain(`OurAirports ident ${l.properties.ourAirportsIdent}`);
    }
  });

  it('closes with Escape and gives focus back to its button', async () => {
    const { button, dialog } = openAbout();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'About this map' }));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(button));
  });
});
