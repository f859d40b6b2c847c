import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kmText } from '../../src/routeText';

describe('kmText', () => {
  it('groups thousands as en-GB does, for any whole distance', () => {
    expect(kmText(1406)).toBe('1,406');
    expect(kmText(999)).toBe('999');
    expect(kmText(0)).toBe('0');
    fc.assert(fc.property(fc.nat(2_000_000_000), (km) => kmText(km) === km.toLocaleString('en-GB')));
  });

  it('rounds to whole km first', () => {
    expect(kmText(1405.6)).toBe('1,406');
  });
});
