// Hex runs are found inside the base64 runs (one pass over the text, not two): that must give the
// very runs, in the same order, as a hex scan of the whole text, whatever surrounds them (padding,
// URL-safe characters, runs that touch).
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { encodedRuns, hexRunsWithin } from '../src/engine/encoded.js';

const hexRuns = (text: string) => hexRunsWithin(text, encodedRuns(text, 'base64'));

describe('hexRunsWithin', () => {
  it('finds the hex runs of a whole-text scan, in order', () => {
    const hex = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
    const cases = [
      hex,
      `key: ${hex}\nother: ${hex}${hex}`,
      `${'QUJD'.repeat(8)}==${hex}`, // a hex run right after a padded base64 run
      `${'QUJD'.repeat(8)}=${hex}0`,
      `zz${hex}-${hex}_${hex}`,
      `${hex}g${hex}`,
      `${hex.slice(0, 31)}`,
    ];
    for (const text of cases) expect(hexRuns(text), text).toEqual(encodedRuns(text, 'hex'));
    expect(hexRuns(`${'QUJD'.repeat(8)}==${hex}`)).toEqual([{ start: 34, end: 66, encoding: 'hex' }]);
  });

  it('agrees with the whole-text scan on random text', () => {
    const unit = fc.constantFrom(...'0123456789abcdefABCDEFghzGZ+/-_= \n:"'.split(''));
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit, maxLength: 12 }), fc.string({ unit: fc.constantFrom(...'0123456789abcdef'.split('')), minLength: 28, maxLength: 80 })), { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        expect(hexRuns(text)).toEqual(encodedRuns(text, 'hex'));
      }),
      { numRuns: 2000 },
    );
  });
});
