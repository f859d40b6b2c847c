// Play and Pause as a keyboard or pointer user drives them, with the clock
// under the test's hand: the history rule (one entry as Play starts, the
// steps replace it) and the stops (the window's end, a date changed elsewhere).
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlayControl } from '../../src/panel/PlayControl';

const bounds = ['2011-01-01', '2020-05-31'] as const;
type Change = [from: string, to: string, how: { replace: boolean }];

/** PlayControl with its window held as the app holds it; `calls` records every change it asks for. */
function Harness({ calls, start }: { calls: Change[]; start: [string, string] }) {
  const [[from, to], setWindow] = useState(start);
  return (
    <>
      <PlayControl from={from} to={to} bounds={bounds} onChange={(f, t, how) => {
        calls.push([f, t, how]);
        setWindow([f, t]);
      }} />
      <button type="button" onClick={() => setWindow(['2020-05-01', '2020-05-05'])}>Elsewhere</button>
      <output data-testid="window">{`${from}/${to}`}</output>
    </>
  );
}

describe('PlayControl', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('adds one history entry as Play starts, replaces it on each step, and stops at the window’s old end', () => {
    const calls: Change[] = [];
    render(<Harness calls={calls} start={['2020-05-15', '2020-05-18']} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(calls).toEqual([['2020-05-15', '2020-05-15', { replace: false }]]);
    for (let i = 0; i < 5; i++) act(() => vi.advanceTimersByTime(1000));
    expect(calls.slice(1)).toEqual(['16', '17', '18'].map((d) => ['2020-05-15', `2020-05-${d}`, { replace: true }]));
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  it('pauses and carries on from where it paused, faster at a higher speed', () => {
    const calls: Change[] = [];
    render(<Harness calls={calls} start={['2020-05-15', '2020-05-23']} />);
    fireEvent.change(screen.getByLabelText('Speed'), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    // Two steps of a quarter second each at 4 days a second (each step's timer is set once it is drawn).
    act(() => vi.advanceTimersByTime(250));
    act(() => vi.advanceTimersByTime(250));
    expect(screen.getByTestId('window').textContent).toBe('2020-05-15/2020-05-17');
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    act(() => vi.advanceTimersByTime(5000));
    expect(screen.getByTestId('window').textContent).toBe('2020-05-15/2020-05-17');
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(calls.at(-1)).toEqual(['2020-05-15', '2020-05-18', { replace: false }]);
  });

  it('stops when the window is changed by something else', () => {
    const calls: Change[] = [];
    render(<Harness calls={calls} start={['2020-05-15', '2020-05-23']} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    fireEvent.click(screen.getByRole('button', { name: 'Elsewhere' }));
    act(() => vi.advanceTimersByTime(5000));
    expect(calls).toHaveLength(1);
    expect(screen.getByTestId('window').textContent).toBe('2020-05-01/2020-05-05');
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });
});
