// A decoded value is scanned as `name: decoded`, with the name written before the encoded value on
// its line (`dd_api_key: <base64>`). labelBefore reads that name backwards from the value; it must
// give what the definition (a regex anchored at the end of the line so far) gives, on any text.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { labelBefore } from '../src/engine/decoded.js';

/** The definition: the line up to `at`, ending in `name["']? (:|=|=>) ["']?`, blanks at most four. */
function definition(text: string, at: number): string | undefined {
  const line = text.slice(0, at).split('\n').pop()!;
  return /([A-Za-z0-9_.-]{1,80})["']?[ \t]{0,4}(?::|=>?)[ \t]{0,4}["']?$/.exec(line)?.[1];
}

describe('labelBefore', () => {
  it('reads the name before a value', () => {
    expect(labelBefore('dd_api_key: QUJD', 12)).toBe('dd_api_key');
    expect(labelBefore('  "token" => "QUJD', 14)).toBe('token');
    expect(labelBefore('x = QUJD', 4)).toBe('x');
    expect(labelBefore('QUJD', 0)).toBeUndefined();
    expect(labelBefore('a:\nQUJD', 3)).toBeUndefined();
    expect(labelBefore(`${'n'.repeat(100)}: QUJD`, 102)).toBe('n'.repeat(80));
  });

  it('agrees with the definition on random lines', () => {
    const piece = fc.constantFrom('a', 'key', 'B.c-d_9', ' ', '\t', '    ', '     ', ':', '=', '=>', '>', '"', "'", '\n', '::', 'x'.repeat(81), '$', '/');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('') + 'QUJDREVGR0g=';
        const at = text.length - 12;
        expect(labelBefore(text, at), JSON.stringify(text)).toBe(definition(text, at));
      }),
      { numRuns: 3000 },
    );
  });
});
