// LineIndex maps offsets to lines as YAML counts them (\n, \r\n and a lone \r each end a line). Text
// without \r takes a faster path (indexOf); both paths must give the lines a plain split gives.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { LineIndex } from '../src/text/lines.js';

/** The reference: each line's start offset, from a split on every kind of line break. */
function referenceStarts(text: string): number[] {
  const starts = [0];
  const re = /\r\n|\r|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

describe('LineIndex', () => {
  it('gives every offset the line and column of a plain split, with and without \\r', () => {
    const text = fc.array(fc.constantFrom('a', 'key: v', '\n', '\r', '\r\n', '\n\n', ' '), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const idx = new LineIndex(t);
        const starts = referenceStarts(t);
        expect(idx.lineCount).toBe(starts.length);
        for (let off = 0; off <= t.length; off++) {
          let line = 0;
          while (line + 1 < starts.length && starts[line + 1]! <= off) line++;
          expect(idx.position(off), `${JSON.stringify(t)} @${off}`).toEqual({ line: line + 1, column: off - starts[line]! + 1 });
        }
        for (let l = 1; l <= starts.length; l++) expect(idx.lineText(l)).toBe(t.split(/\r\n|\r|\n/)[l - 1]);
      }),
      { numRuns: 2000 },
    );
  });
});
