// A small generator of strings from a JavaScript regex source, for the adversarial inputs: one
// string the pattern should match, and the pieces to build near misses from it (the literal text
// before the longest repeated class, and a character of that class).
// Supports what the rules use: alternation, groups of every kind, classes, escapes, quantifiers.

const PICK = 'aA0_-.x';

function classChars(body, negated) {
  // Candidate characters in preference order; test each against the class with a real RegExp.
  const re = new RegExp(`[${negated ? '^' : ''}${body}]`);
  const candidates = `${PICK}bcdefXYZ123456789+/=:@ ,"'\`;()[]{}<>!#$%&*?|~^\\\t`;
  for (const c of candidates) if (re.test(c)) return c;
  for (let code = 33; code < 127; code++) if (re.test(String.fromCharCode(code))) return String.fromCharCode(code);
  return 'a';
}

/** Parses `src` into a sequence and generates: { sample, runChar, prefix }. */
export function sampleFor(src) {
  let i = 0;
  let best = { max: -1, char: 'a', prefix: '' };
  let produced = '';
  const groups = [];

  function parseAlt() {
    // Alternation: generate the first branch, skip the rest (still parsed for their extent).
    const start = produced.length;
    parseSeq();
    while (src[i] === '|') {
      i++;
      const keep = produced;
      const keepBest = best;
      parseSeq();
      produced = keep;
      best = keepBest;
    }
    return produced.slice(start);
  }

  function parseSeq() {
    while (i < src.length && src[i] !== '|' && src[i] !== ')') parseQuantified();
  }

  function parseQuantified() {
    const before = produced.length;
    const atom = parseAtom();
    let min = 1;
    let max = 1;
    const q = /^(?:\*|\+|\?|\{(\d+)(?:(,)(\d*))?\})\??/.exec(src.slice(i));
    if (q) {
      i += q[0].length;
      if (q[0][0] === '*') [min, max] = [0, Infinity];
      else if (q[0][0] === '+') [min, max] = [1, Infinity];
      else if (q[0][0] === '?') [min, max] = [0, 1];
      else {
        min = Number(q[1]);
        max = q[2] ? (q[3] ? Number(q[3]) : Infinity) : min;
      }
    }
    if (atom.kind === 'char' && max > best.max && max > 1) best = { max, char: atom.text, prefix: produced.slice(0, before) };
    // Repeat the atom's text min times (at least once for a lone group, so samples stay meaningful).
    const text = produced.slice(before);
    produced = produced.slice(0, before) + text.repeat(min);
  }

  function parseAtom() {
    const c = src[i];
    if (c === '(') {
      const look = /^\(\?(?:=|!|<=|<!)/.exec(src.slice(i));
      const head = /^\(\?(?::|<[A-Za-z_]\w*>)/.exec(src.slice(i));
      const capturing = !look && (!head || head[0] !== '(?:');
      const index = capturing ? groups.push('') - 1 : -1;
      i += look ? look[0].length : head ? head[0].length : 1;
      const keep = produced;
      const text = parseAlt();
      if (capturing) groups[index] = text;
      if (src[i] === ')') i++;
      if (look) produced = keep; // lookarounds consume nothing
      return { kind: 'group' };
    }
    if (c === '[') {
      let j = i + 1;
      const negated = src[j] === '^';
      if (negated) j++;
      let body = '';
      if (src[j] === ']') { body += '\\]'; j++; }
      while (j < src.length && src[j] !== ']') {
        if (src[j] === '\\') { body += src.slice(j, j + 2); j += 2; } else body += src[j++];
      }
      i = j + 1;
      const ch = classChars(body, negated);
      produced += ch;
      return { kind: 'char', text: ch };
    }
    if (c === '\\') {
      const n = src[i + 1];
      i += 2;
      const map = { d: '7', w: 'a', s: ' ', D: 'x', W: '-', S: 'x', t: '\t', n: '\n', r: '\r' };
      if (n === 'b' || n === 'B') return { kind: 'anchor' };
      if (/[1-9]/.test(n)) { produced += groups[Number(n) - 1] ?? ''; return { kind: 'group' }; }
      if (n === 'x') { const ch = String.fromCharCode(parseInt(src.slice(i, i + 2), 16)); i += 2; produced += ch; return { kind: 'char', text: ch }; }
      if (n === 'u') { const ch = String.fromCharCode(parseInt(src.slice(i, i + 4), 16)); i += 4; produced += ch; return { kind: 'char', text: ch }; }
      const ch = map[n] ?? n;
      produced += ch;
      return { kind: 'char', text: ch };
    }
    if (c === '^' || c === '$') { i++; return { kind: 'anchor' }; }
    i++;
    const ch = c === '.' ? 'a' : c;
    produced += ch;
    return { kind: 'char', text: ch };
  }

  parseAlt();
  return { sample: produced, runChar: best.char, prefix: best.prefix };
}
