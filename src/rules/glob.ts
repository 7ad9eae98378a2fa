// Path globs: the only picomatch importer (compiles each glob once), and the plain `*` matcher that
// selectors and simple file-name globs use without compiling anything.
import picomatch from 'picomatch';

export type PathMatcher = (path: string) => boolean;

/**
 * `*` matches any run of characters. Linear in practice and O(pattern x name) at worst, never a
 * backtracking regex: custom rules come from configuration anyone with a pull request can write.
 */
export function globMatch(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let star = -1;
  let mark = 0;
  while (n < name.length) {
    if (p < pattern.length && pattern[p] !== '*' && pattern[p] === name[n]) {
      p++;
      n++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      mark = n;
    } else if (star >= 0) {
      p = star + 1;
      n = ++mark;
    } else return false;
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** `**\/name`: a glob that only looks at the last segment of a path. */
const BASENAME_GLOB = /^\*\*\/([^/]+)$/;
/** `.` or `..` segments: `**` does not cross them, so such a path is matched whole. */
const DOT_SEGMENT = /(?:^|\/)\.{1,2}(?:\/|$)/;
/** A name glob of letters, digits, `.`, `_`, `-` and `*` only: globMatch answers it as picomatch would (dot files included). */
const SIMPLE_NAME = /^[A-Za-z0-9._*-]+$/;
/** Distinct file names remembered per matcher (a tree has far fewer names than files). */
const NAME_CACHE = 4096;

/**
 * A matcher for the globs, compiled on its first use: the hook loads every rule but usually tests
 * a few paths against a few of them, and compiling all globs up front was a tenth of its start-up.
 * Globs of the form `**\/name` (most rule globs: `**\/.env`, `**\/*compose*.yml`) match a path when
 * its file name matches `name`, so their verdict is remembered per file name: an audit tests each
 * of its thousands of paths against every path rule, and a tree repeats a few hundred names.
 */
export function compileGlobs(globs: readonly string[]): PathMatcher {
  if (globs.length === 0) return () => false;
  const all = [...globs];
  const names = all.flatMap((g) => BASENAME_GLOB.exec(g)?.[1] ?? []);
  // Simple names need no compiled regex (picomatch compiles each glob: milliseconds at a hook's start).
  const simple = names.filter((n) => SIMPLE_NAME.test(n));
  const complex = names.filter((n) => !SIMPLE_NAME.test(n));
  const others = all.filter((g) => !BASENAME_GLOB.test(g));
  let matchAll: PathMatcher | undefined;
  let matchName: PathMatcher | undefined;
  let matchOthers: PathMatcher | undefined;
  const byName = new Map<string, boolean>();
  return (path) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (names.length === 0 || name === '' || ((path.includes('./') || path.endsWith('.')) && DOT_SEGMENT.test(path))) return (matchAll ??= picomatch(all, { dot: true }))(path);
    let hit = byName.get(name);
    if (hit === undefined) {
      hit = simple.some((n) => globMatch(n, name)) || (complex.length > 0 && (matchName ??= picomatch(complex, { dot: true }))(name));
      if (byName.size < NAME_CACHE) byName.set(name, hit);
    }
    return hit || (others.length > 0 && (matchOthers ??= picomatch(others, { dot: true }))(path));
  };
}

/** Path segments of letters, digits, `.`, `_`, `-`, `*` and `**` only: nothing picomatch refuses (at a sane length). */
const PLAIN_GLOB = /^[A-Za-z0-9._*/-]+$/;

/** picomatch's message when a glob is malformed (plain globs need no compiling to know they are not). */
export function checkGlob(glob: string): string | undefined {
  if (glob.length <= 1024 && PLAIN_GLOB.test(glob)) return undefined;
  try {
    picomatch.makeRe(glob);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}
