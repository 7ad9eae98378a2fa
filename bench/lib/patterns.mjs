// The grep floor's patterns: one per rule, read from rules/*.yaml. A content rule contributes its
// `pattern`; a manifest rule (check:) its keywords, which is all a regex-only tool could look for.
// JavaScript regexes are translated to POSIX ERE (git grep -E, git-secrets; ripgrep reads the same).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';

export const RULES_DIR = path.resolve(import.meta.dirname, '../../rules');

// Used only while rules/ holds no content rule yet: the shapes of gitleaks' common rules.
const REPRESENTATIVE = [
  { id: 'github-token', pattern: String.raw`\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b` },
  { id: 'aws-access-key-id', pattern: String.raw`\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b` },
  { id: 'aws-secret-access-key', pattern: String.raw`(?i)aws.{0,20}?(?:secret|key).{0,20}?['":= ]+[A-Za-z0-9/+=]{40}`.replace('(?i)', ''), flags: 'i' },
  { id: 'jwt', pattern: String.raw`\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}` },
  { id: 'private-key', pattern: String.raw`-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----` },
  { id: 'url-credential', pattern: String.raw`[a-z][a-z0-9+.-]{1,20}://[^\s:/@]{1,64}:[^\s:/@]{3,128}@[^\s/]+` },
  { id: 'password-assignment', pattern: String.raw`(?:password|passwd|pwd|secret|token)["']?\s*[:=]\s*["']?[^\s"']{8,}`, flags: 'i' },
  { id: 'slack-token', pattern: String.raw`xox[baprs]-[0-9A-Za-z-]{10,48}` },
  { id: 'stripe-key', pattern: String.raw`\b(?:sk|rk)_live_[0-9a-zA-Z]{24,99}` },
];

function escapeLiteral(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** rules/**\/*.yaml, sorted by path (the providers' rules sit in rules/providers/<family>/). */
function ruleFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.isDirectory()) out.push(...ruleFiles(path.join(dir, e.name)).map((f) => path.join(e.name, f)));
    else if (/\.ya?ml$/.test(e.name)) out.push(e.name);
  }
  return out;
}

/** Every rule: { id, file, pattern?, flags?, keywords[], check?, paths?, source: 'pattern'|'keywords' }. */
export function readRules(dir = RULES_DIR) {
  const out = [];
  for (const f of ruleFiles(dir)) {
    const spec = loadYaml(readFileSync(path.join(dir, f), 'utf8'));
    if (!spec || typeof spec !== 'object') continue;
    out.push({
      id: spec.id ?? path.basename(f).replace(/\.ya?ml$/, ''),
      file: path.join(dir, f),
      pattern: typeof spec.pattern === 'string' ? spec.pattern : undefined,
      flags: typeof spec.flags === 'string' ? spec.flags : '',
      keywords: Array.isArray(spec.keywords) ? spec.keywords.map(String) : [],
      check: spec.check,
      paths: spec.paths,
      secretGroup: spec.secretGroup,
    });
  }
  return out;
}

/**
 * One pattern per rule, as ERE (git grep -E, git-secrets, ripgrep) and PCRE (git grep -P), plus
 * what had to be approximated. Bounded repetitions {m,n} become {m,} in the ERE: glibc's regex
 * expands them into copies of the automaton (the rules' {10,8192} alone made git grep -E 25x
 * slower), and an open bound matches a superset of lines, so the floor only gets faster.
 */
/**
 * The core rules (rules/*.yaml, not rules/providers/): the floor's patterns. With the 221 provider
 * patterns as well, ripgrep 13 reads the 2,000-file corpus at about 3 MB/s (its lazy DFA cannot hold
 * a 246-way alternation and it falls back to a slower engine), which is no floor at all.
 */
export function coreRules(rules = readRules()) {
  return rules.filter((r) => !path.relative(RULES_DIR, r.file).includes(path.sep));
}

export function grepPatterns(rules = coreRules()) {
  const withPattern = rules.filter((r) => r.pattern);
  const list = [];
  const notes = [];
  const source = withPattern.length ? 'rules' : 'representative';
  const content = withPattern.length ? withPattern : REPRESENTATIVE;
  for (const r of content) {
    const t = jsToEre(rewriteIdioms(r.pattern), r.flags ?? '');
    // (?=(X))\N is inlined as X (see jsToEre); only the lookarounds really lost are worth a note.
    const lost = t.dropped.filter((d) => !/^\(\?=\([^()]*\)\)$/.test(d));
    if (lost.length) notes.push(`${r.id}: ${lost.join(' ')}`);
    // ripgrep (Rust's regex syntax) reads ERE except inside brackets, where a backslash escapes and
    // `[` opens a nested class: its own translation of the classes.
    const rust = jsToEre(rewriteIdioms(r.pattern), r.flags ?? '', 'rust');
    list.push({ id: r.id, ere: lineEquivalent(relaxBounds(t.ere)), rg: lineEquivalent(relaxBounds(rust.ere)), pcre: (r.flags ?? '').includes('i') ? `(?i:${r.pattern})` : r.pattern });
  }
  for (const r of rules.filter((x) => !x.pattern && x.keywords.length)) {
    const lit = r.keywords.map(escapeLiteral).join('|');
    list.push({ id: r.id, ere: caseFold(lit), rg: caseFold(lit), pcre: `(?i:${lit})` });
  }
  return {
    source,
    list,
    notes,
    ere: list.map((p) => `(${p.ere})`).join('|'),
    pcre: list.map((p) => `(?:${p.pcre})`).join('|'),
  };
}

export function relaxBounds(ere) {
  return ere.replace(/\{(\d+),\d+\}/g, '{$1,}');
}

/**
 * Simplifications that keep "does this line match" exactly: a leading run that may be empty matches
 * nothing that matters, and a trailing X{m,} matches wherever X{m} does. glibc needs them: with a
 * leading [A-Za-z0-9_.-]{0,40} git grep -E took 38 s on 20 MB.
 */
export function lineEquivalent(ere) {
  const cls = String.raw`\[\^?\]?(?:\[:[a-z]+:\]|[^\]])*\]`;
  let out = ere.replace(new RegExp(`^(?:${cls}|[^\\[(|)*+?{}^$])(?:\\{0,\\d*\\}|\\*|\\?)`), '');
  out = out.replace(/\{(\d+),\}$/, '{$1}').replace(/([^\\])\+$/, '$1');
  return out;
}

/**
 * The rules' ReDoS-safe idiom for "an identifier that contains a keyword": a lookahead for the keyword
 * and an atomic capture, (?=C{0,n}?K)(?=(C{m,M}))\1. ERE has neither; C{0,n}KC* selects the same
 * lines (up to the length bound), where dropping the lookahead would match every assignment.
 */
function rewriteIdioms(src) {
  return src.replace(
    /\(\?=(\[[^\]]+\])\{0,(\d+)\}\??(\((?:\?:)?[^()]*\))\)\(\?=\(\1\{\d+,\d+\}\)\)\\\d/g,
    (_m, c, n, k) => `${c}{0,${n}}${k}${c}*`,
  );
}

function caseFold(ere) {
  // Keywords are matched case-insensitively by sealgate; the escaped literals hold no classes.
  return ere.replace(/[A-Za-z]/g, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
}

const CLASS_SHORT = { d: '0-9', w: 'A-Za-z0-9_', s: '[:space:]' };
const NEG_SHORT = { D: '[^0-9]', W: '[^A-Za-z0-9_]', S: '[^[:space:]]' };

/**
 * JavaScript regex source -> POSIX ERE (with the GNU \b and \w that git grep and ripgrep accept).
 * Lookarounds cannot be expressed and are dropped (the pattern matches more, never less); lazy
 * quantifiers become greedy (same lines match); the i flag becomes [aA] classes.
 */
export function jsToEre(src, flags = '', dialect = 'posix') {
  const fold = flags.includes('i');
  const dropped = [];
  const groups = captureGroups(src);
  let out = '';
  let i = 0;
  const letterFold = (c) => (fold && /[A-Za-z]/.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c);
  const literal = (c) => letterFold(/[.*+?^${}()|[\]\\]/.test(c) ? `\\${c}` : c);
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') {
      const n = src[i + 1];
      i += 2;
      if (n in CLASS_SHORT) out += n === 's' ? '[[:space:]]' : `[${CLASS_SHORT[n]}]`;
      else if (n in NEG_SHORT) out += NEG_SHORT[n];
      else if (n === 'b' || n === 'B') out += `\\${n}`;
      else if (n === 'x') { out += literal(String.fromCharCode(parseInt(src.slice(i, i + 2), 16))); i += 2; }
      else if (n === 'u') { out += literal(String.fromCharCode(parseInt(src.slice(i, i + 4), 16))); i += 4; }
      else if (n === 't') out += '\t';
      else if (n === 'n' || n === 'r') out += '[[:space:]]';
      else if (/[1-9]/.test(n)) {
        // Backreferences: ERE numbers groups differently ((?:) becomes a group) and the rules use
        // them for the atomic-group idiom (?=(X))\1, so the group's pattern goes inline: X.
        let num = n;
        while (/[0-9]/.test(src[i] ?? '')) num += src[i++];
        const body = groups[Number(num) - 1];
        out += body === undefined ? '' : `(${jsToEre(body, flags, dialect).ere})`;
      }
      else out += literal(n);
      continue;
    }
    if (c === '[') {
      const [cls, next] = readClass(src, i, fold, dialect);
      out += cls;
      i = next;
      continue;
    }
    if (c === '(' && src[i + 1] === '?') {
      const m = /^\(\?(?::|<([A-Za-z_]\w*)>|=|!|<=|<!)/.exec(src.slice(i));
      if (m && (m[0] === '(?:' || m[1])) { out += '('; i += m[0].length; continue; }
      const end = groupEnd(src, i);
      const whole = src.slice(i, end);
      // A negative lookaround of one character class has an exact ERE form for line matching:
      // (?<!X) is (^|[^X]) and (?!X) is ([^X]|$). It also spares glibc a search from every offset.
      const single = /^\(\?(<!|!)(\[(?:\\.|[^\]\\])*\]|\\[dws])\)$/.exec(whole);
      if (single) {
        const negated = negateClass(single[2], fold, dialect);
        out += single[1] === '<!' ? `(^|${negated})` : `(${negated}|$)`;
        i = end;
        continue;
      }
      // Any other lookaround: skip the whole group (the pattern then matches a superset of lines).
      dropped.push(whole);
      i = end;
      // A quantifier on a lookaround is meaningless; drop it too.
      const q = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/.exec(src.slice(i));
      if (q) i += q[0].length;
      continue;
    }
    if ((c === '*' || c === '+' || c === '?' || c === '}') && src[i + 1] === '?') { out += c; i += 2; continue; }
    if (c === '/') { out += '/'; i++; continue; }
    out += fold && /[A-Za-z]/.test(c) ? letterFold(c) : c;
    i++;
  }
  return { ere: out, dropped };
}

/** [X] -> [^X] and [^X] -> [X] in ERE form; \d \w \s -> their complement. */
function negateClass(cls, fold, dialect = 'posix') {
  if (cls.startsWith('\\')) return NEG_SHORT[cls[1].toUpperCase()];
  const negated = cls.startsWith('[^');
  const [ere] = readClass(negated ? `[${cls.slice(2)}` : cls, 0, fold, dialect);
  return negated ? ere : `[^${ere.slice(1)}`;
}

/** The source of each capturing group, by number (1-based index - 1). */
function captureGroups(src) {
  const bodies = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') { i = readClass(src, i, false)[1] - 1; continue; }
    if (c !== '(') continue;
    const named = /^\(\?<([A-Za-z_]\w*)>/.exec(src.slice(i));
    if (src[i + 1] === '?' && !named) continue;
    const open = named ? named[0].length : 1;
    bodies.push(src.slice(i + open, groupEnd(src, i) - 1));
  }
  return bodies;
}

function groupEnd(src, start) {
  let depth = 0;
  for (let i = start; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') { i = readClass(src, i, false)[1] - 1; continue; }
    if (c === '(') depth++;
    if (c === ')' && --depth === 0) return i + 1;
  }
  return src.length;
}

/** Reads a JS class starting at src[start] === '[' and returns [ERE bracket expression, index after]. */
function readClass(src, start, fold, dialect = 'posix') {
  let i = start + 1;
  let negate = false;
  if (src[i] === '^') { negate = true; i++; }
  const items = [];
  let dash = false;
  let bracket = false;
  // Rust: a backslash escapes inside brackets, and [ & ~ - may start nested classes or set operations.
  const esc = (ch) => (dialect === 'rust' && /[[\]\\^&~-]/.test(ch) ? `\\${ch}` : ch);
  const add = (ch) => {
    if (dialect === 'rust') items.push(esc(ch));
    else if (ch === '-') dash = true;
    else if (ch === ']') bracket = true;
    else items.push(ch);
  };
  const chars = [];
  while (i < src.length && src[i] !== ']') {
    let ch = src[i];
    if (ch === '\\') {
      const n = src[i + 1];
      i += 2;
      if (n in CLASS_SHORT) { chars.push({ raw: CLASS_SHORT[n] }); continue; }
      if (n === 'x') { ch = String.fromCharCode(parseInt(src.slice(i, i + 2), 16)); i += 2; }
      else if (n === 'u') { ch = String.fromCharCode(parseInt(src.slice(i, i + 4), 16)); i += 4; }
      else if (n === 't') ch = '\t';
      else if (n === 'n' || n === 'r') { chars.push({ raw: '[:space:]' }); continue; }
      else ch = n;
      chars.push({ ch });
      continue;
    }
    chars.push({ ch, plainDash: ch === '-' });
    i++;
  }
  // Ranges: a-b where '-' is unescaped and between two characters.
  for (let k = 0; k < chars.length; k++) {
    const a = chars[k];
    if (a.raw) { items.push(a.raw); continue; }
    const d = chars[k + 1];
    const b = chars[k + 2];
    if (d && d.plainDash && b && !b.raw && b.ch !== undefined) {
      items.push(`${esc(a.ch)}-${esc(b.ch)}`);
      if (fold && /[a-z]/.test(a.ch) && /[a-z]/.test(b.ch)) items.push(`${a.ch.toUpperCase()}-${b.ch.toUpperCase()}`);
      if (fold && /[A-Z]/.test(a.ch) && /[A-Z]/.test(b.ch)) items.push(`${a.ch.toLowerCase()}-${b.ch.toLowerCase()}`);
      k += 2;
      continue;
    }
    add(a.ch);
    if (fold && /[A-Za-z]/.test(a.ch)) add(a.ch === a.ch.toLowerCase() ? a.ch.toUpperCase() : a.ch.toLowerCase());
  }
  // '^' must not come first; ']' must; '-' goes last.
  let body = items.join('');
  if (body.startsWith('^')) body = body.slice(1) + '^';
  const cls = `[${negate ? '^' : ''}${bracket ? ']' : ''}${body}${dash ? '-' : ''}]`;
  return [body === '' && !bracket && !dash ? (negate ? '.' : '[^\\s\\S]') : cls, i + 1];
}
