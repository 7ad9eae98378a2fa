// Property tests (fast-check): a token planted anywhere in random text is found at its line and column;
// YAML document splitting keeps every byte of every document.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Engine } from '../src/engine/engine.js';
import { loadBuiltinRules } from '../src/rules/load.js';
import { parseManifest } from '../src/yaml/documents.js';
import { base62, crc32Of } from '../src/rules/validators.js';

const rules = loadBuiltinRules();
const engine = new Engine({ rules });
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

// 30 random characters and their CRC32 tail: the rule checks the checksum GitHub puts in every token.
const token = fc.string({ unit: fc.constantFrom(...ALNUM.split('')), minLength: 30, maxLength: 30 }).map((s) => ['gh', 'p_', s, base62(crc32Of(s))].join(''));
// Text that cannot glue itself onto the token (a word character right before or after would change it).
const filler = fc.string({ unit: fc.constantFrom(...' \t\n\r,;:=()[]{}"\'#-abcxyz0129'.split('')), maxLength: 200 });

describe('planted tokens', () => {
  it('are always found at the right line and column', () => {
    fc.assert(
      fc.property(filler, token, filler, (before, tok, after) => {
        const b = before.replace(/[a-z0-9]$/, ' ');
        const a = after.replace(/^[a-z0-9]/, ' ');
        const text = `${b}${tok}${a}`;
        const lines = b.split(/\r\n|\r|\n/);
        const line = lines.length;
        const column = lines[lines.length - 1]!.length + 1;
        const found = engine.scanText('random.txt', text).findings.filter((f) => f.ruleId === 'github-token');
        expect(found.map((f) => `${f.line}:${f.column}:${f.secret}`)).toContain(`${line}:${column}:${tok}`);
      }),
      { numRuns: 300 },
    );
  });
});

describe('document splitting', () => {
  const scalar = fc.string({ unit: fc.constantFrom(...'abcXYZ019 _-'.split('')), minLength: 1, maxLength: 12 }).map((s) => s.trim() || 'x');
  const doc = fc.record({ k: scalar, v: scalar, comment: fc.boolean() }).map(({ k, v, comment }) => `${comment ? '# note\n' : ''}${k.replace(/[ -]/g, '_')}: "${v}"\n`);
  it('returns ranges that cover each document exactly', () => {
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 8 }), fc.boolean(), (docs, crlf) => {
        let text = docs.join('---\n');
        if (crlf) text = text.replace(/\n/g, '\r\n');
        const parsed = parseManifest(text, 'multi.yaml');
        expect(parsed).toHaveLength(docs.length);
        parsed.forEach((d, i) => {
          const expected = crlf ? docs[i]!.replace(/\n/g, '\r\n') : docs[i]!;
          expect(text.slice(d.start, d.end)).toBe(expected);
          expect(d.error).toBeUndefined();
        });
      }),
      { numRuns: 200 },
    );
  });
});
