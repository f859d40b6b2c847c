// story= and step=: a link to a tour's step reopens that step; a link to a
// tour or step that is not there (renamed, shortened since it was shared)
// opens the map with a notice saying so, never a blank page.
import { describe, expect, it } from 'vitest';
import { formatPermalink, parsePermalink } from '../../src/url/permalink';
import { permalinkTestOptions } from './permalinkTestOptions';

const options = permalinkTestOptions([]);
const parse = (hash: string) => parsePermalink(hash, options);

describe('story and step in the link', () => {
  it('are written together, only while a tour is open', () => {
    expect(formatPermalink({ ...options.defaults, story: 'the-escalation', step: 2 })).toMatch(/&story=the-escalation&step=2$/);
    expect(formatPermalink({ ...options.defaults, step: 2 })).not.toMatch(/story|step/);
  });

  it('read back the step', () => {
    const parsed = parse('#story=the-escalation&step=3');
    expect(parsed.state).toMatchObject({ story: 'the-escalation', step: 3 });
    expect(parsed.notices).toEqual([]);
  });

  it('ignore a tour that does not exist, saying so', () => {
    const parsed = parse('#story=no-such-tour&step=2');
    expect(parsed.state.story).toBeUndefined();
    expect(parsed.state.step).toBeUndefined();
    expect(parsed.notices).toEqual(["Ignored the link's story tour: this map has no such tour.", "Ignored the tour's step 2: the link names no tour."]);
  });

  it('open the tour at its start for a step past its end', () => {
    const parsed = parse('#story=the-escalation&step=9');
    expect(parsed.state.story).toBe('the-escalation');
    expect(parsed.state.step).toBeUndefined();
    expect(parsed.notices).toEqual(["Ignored the tour's step 9: that tour has 3 steps; it opens at step 1."]);
  });

  it('refuse a step that is not a whole number from 1', () => {
    for (const step of ['0', '-1', '1.5', 'two', '99999']) {
      const parsed = parse(`#story=the-escalation&step=${step}`);
      expect(parsed.state.step, step).toBeUndefined();
      expect(parsed.notices, step).toHaveLength(1);
    }
  });
});
