import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LAYER_IDS } from '../../src/layers';
import { LayerPanel } from '../../src/panel/LayerPanel';
import { MapKey } from '../../src/panel/MapKey';
import { SearchBox } from '../../src/panel/SearchBox';
import { TimeControl } from '../../src/panel/TimeControl';
import { ZoneSources } from '../../src/panel/ZoneSources';
import type { ZoneFeature } from '../../src/data/schema';
import { fixtureModel } from '../fixtures/fixtureModel';

describe('LayerPanel', () => {
  it('turns a faction off and back on through labelled checkboxes', () => {
    const onChange = vi.fn();
    render(<LayerPanel layers={LAYER_IDS} onLayersChange={onChange} />);
    fireEvent.click(screen.getByLabelText('LNA and backers (UAE, Egypt, Russia, Wagner)'));
    expect(onChange).toHaveBeenLastCalledWith(LAYER_IDS.filter((l) => l !== 'lna'));
  });
});

describe('MapKey', () => {
  it('offers online tiles as an option, with the embedded basemap chosen', () => {
    const onOnline = vi.fn();
    render(<MapKey online={false} onOnlineChange={onOnline} />);
    expect((screen.getByLabelText('Embedded (works offline)') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText('OpenStreetMap tiles (online)'));
    expect(onOnline).toHaveBeenCalledWith(true);
  });
});

// The search code comes on first use (SearchBox.tsx): results are awaited, not read at once.
describe('SearchBox', () => {
  it('finds a place by an alias and picks it with Enter', async () => {
    const onPick = vi.fn();
    render(<SearchBox locations={[...fixtureModel.locations.values()]} onPick={onPick} />);
    fireEvent.change(screen.getByLabelText('Find a place or event'), { target: { value: 'watiya' } });
    expect(await screen.findAllByRole('option')).toHaveLength(1);
    fireEvent.submit(screen.getByRole('search'));
    expect(onPick).toHaveBeenCalledWith('base');
  });
  it('answers an Enter typed before its code has arrived', async () => {
    const onPick = vi.fn();
    render(<SearchBox locations={[...fixtureModel.locations.values()]} onPick={onPick} />);
    fireEvent.change(screen.getByLabelText('Find a place or event'), { target: { value: 'watiya' } });
    fireEvent.submit(screen.getByRole('search'));
    await waitFor(() => expect(onPick).toHaveBeenCalledWith('base'));
  });
  it('says when nothing matches', async () => {
    render(<SearchBox locations={[...fixtureModel.locations.values()]} onPick={() => {}} />);
    fireEvent.change(screen.getByLabelText('Find a place or event'), { target: { value: 'zzz' } });
    expect(await screen.findByText(/No place or event matches “zzz”/)).toBeTruthy();
  });
});

describe('TimeControl', () => {
  const base = { bounds: ['2011-01-01', '2020-05-31'] as const, eventCount: 3, spanningCount: 0, zonesAsOf: null, zonesOn: true };
  it('steps the window one day and refuses to step past its bounds', () => {
    const onChange = vi.fn();
    render(<TimeControl {...base} from="2020-05-15" to="2020-05-23" onChange={onChange} />);
    fireEvent.click(screen.getByLabelText('One day later'));
    expect(onChange).toHaveBeenLastCalledWith('2020-05-16', '2020-05-24');
    fireEvent.click(screen.getByText('All years'));
    expect(onChange).toHaveBeenLastCalledWith('2011-01-01', '2020-05-31');
  });
  it('names one day once when the zones describe a single day, and a span otherwise', () => {
    const { rerender } = render(<TimeControl {...base} zonesAsOf={{ validFrom: '2020-05-18', validTo: '2020-05-18' }} from="2020-05-15" to="2020-05-18" onChange={() => {}} />);
    expect(screen.getByText(/Control zones as of/).textContent).toBe('Control zones as of 18 May 2020.');
    rerender(<TimeControl {...base} zonesAsOf={{ validFrom: '2020-05-23', validTo: '2020-05-30' }} from="2020-05-15" to="2020-05-23" onChange={() => {}} />);
    expect(screen.getByText(/Control zones as of/).textContent).toBe('Control zones as of 23 May 2020 – 30 May 2020.');
  });
  it('ignores a from date after the to date', () => {
    const onChange = vi.fn();
    render(<TimeControl {...base} from="2020-05-15" to="2020-05-23" onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2020-05-25' } });
    expect(onChange).not.toHaveBeenCalled();
  });
  it('says how many events are dated on a single day apart from those known only to the month or year', () => {
    render(<TimeControl {...base} eventCount={8} spanningCount={6} from="2020-05-15" to="2020-05-15" onChange={() => {}} />);
    expect(screen.getByRole('status').textContent).toMatch(/^2 events on 15 May 2020, plus 6 known only to the month or year\./);
  });
  it('says when no zones are recorded for the date', () => {
    render(<TimeControl {...base} from="2014-01-01" to="2014-12-31" onChange={() => {}} />);
    expect(screen.getByText(/No control zones recorded for 31 December 2014/)).toBeTruthy();
  });
});

describe('ZoneSources', () => {
  it('names the public reference and confidence of every zone on screen', () => {
    const zone: ZoneFeature = {
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [[[10, 30], [11, 30], [11, 31], [10, 30]]] },
      properties: { id: 'z', faction: 'gna', label: 'GNA-held west', validFrom: '2020-05-18', validTo: '2020-05-31', confidence: 'low', source: 'Libya Security Monitor, 20 May 2020' },
    };
    render(<ZoneSources zones={[zone]} />);
    expect(screen.getByText('Libya Security Monitor, 20 May 2020')).toBeTruthy();
    expect(screen.getByText(/low confidence/)).toBeTruthy();
  });
});
