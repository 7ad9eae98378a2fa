// Path globs: the only picomatch importer (compiles each glob once), and the plain `*` matcher that
// selectors and simple file-name globs use without compiling anything (no regex: custom rules and
// selectors come from configuration anyone with a pull request can write).
import picomatch from 'picomatch';

export type PathMatcher = (path: string) => boolean;

/** Path segments of letters, digits, `.`, `_`, `-`, `*` and `**` only: nothing picomatch refuses (at a sane length). */
const PLAIN_GLOB = /^[A-Za-z0-9._*/-]+$/;

/**
 * A `*`-only glob (`*` matches any run of characters) as its literal pieces, matched without
 * backtracking: the first piece is a prefix (unless the glob starts with `*`), the last a suffix
 * (unless it ends with `*`), and the ones between occur in order; leftmost occurrences are enough
 * when `*` is the only wildcard. Most file names fail on their suffix (`*.env` against
 * `deployment.yaml`) after one comparison.
 */
export function starMatcher(pattern: string): (name: string) => boolean {
  const pieces = pattern.split('*');
  if (pieces.length === 1) return (name) => name === pattern;
  const head = pieces[0]!;
  const tail = pieces[pieces.length - 1]!;
  const middle = pieces.slice(1, -1).filter((x) => x !== '');
  const least = head.length + tail.length;
  return (name) => {
    if (name.length < least || !name.startsWith(head) || !name.endsWith(tail)) return false;
    let at = head.length;
    const end = name.length - tail.length;
    for (const piece of middle) {
      const i = name.indexOf(piece, at);
      if (i < 0 || i + piece.length > end) return false;
      at = i + piece.length;
    }
    return true;
  };
}

/**
 * One matcher for `*`-only name globs: a name is only tried against the globs that end in its last
 * character (or in `*`). An audit asks this for every file, against the 17 names of the .env and
 * compose rule alone.
 */
function byLastCharacter(patterns: readonly string[]): (name: string) => boolean {
  const byLast = new Map<string, ((name: string) => boolean)[]>();
  const openEnded: ((name: string) => boolean)[] = [];
  for (const p of patterns) {
    if (p === '' || p.endsWith('*')) openEnded.push(starMatcher(p));
    else {
      const last = p[p.length - 1]!;
      byLast.set(last, [...(byLast.get(last) ?? []), starMatcher(p)]);
    }
  }
  return (name) => {
    const ending = name === '' ? undefined : byLast.get(name[name.length - 1]!);
    return (ending !== undefined && ending.some((m) => m(name))) || openEnded.some((m) => m(name));
  };
}

/**
 * Globs answered without picomatch must mean what picomatch makes of them. Three or more stars in a
 * row do not: picomatch then leaves a `.` after them unescaped (any character), so `****a.**`
 * matches `compose.yaml`. Globs holding such a run are left to picomatch.
 */
const STAR_RUN = '***';

/**
 * Text a plain glob's matches must contain: its literal runs between `*` and `/` (a path matching
 * `**\/values/**\/*.yaml` contains `values` and `.yaml`). A path without one of them is refused
 * without running the compiled glob.
 */
function requiredText(glob: string): string[] | undefined {
  return PLAIN_GLOB.test(glob) && !glob.includes(STAR_RUN) ? glob.split(/[*/]+/).filter((x) => x !== '') : undefined;
}

const simpleName = (n: string): boolean => SIMPLE_NAME.test(n) && !n.includes(STAR_RUN);

/** `**\/name`: a glob that only looks at the last segment of a path. */
const BASENAME_GLOB = /^\*\*\/([^/]+)$/;
/** `.` or `..` segments: `**` does not cross them, so such a path is matched whole. */
const DOT_SEGMENT = /(?:^|\/)\.{1,2}(?:\/|$)/;
/** A name glob of letters, digits, `.`, `_`, `-` and `*` only: starMatcher answers it as picomatch would (dot files included). */
const SIMPLE_NAME = /^[A-Za-z0-9._*-]+$/;
/** Distinct file names whose picomatch verdict is remembered per matcher. */
const NAME_CACHE = 4096;

/**
 * A matcher for the globs, compiled on its first use: the hook loads every rule but usually tests
 * a few paths against a few of them, and compiling all globs up front was a tenth of its start-up.
 * Globs of the form `**\/name` (most rule globs: `**\/.env`, `**\/*compose*.yml`) match a path when
 * its file name matches `name`: simple names are answered by literal pieces (starMatcher), others by
 * picomatch on the name, remembered per file name (an audit tests each of its thousands of paths
 * against every path rule).
 */
export function compileGlobs(globs: readonly string[]): PathMatcher {
  if (globs.length === 0) return () => false;
  const all = [...globs];
  const names = all.flatMap((g) => BASENAME_GLOB.exec(g)?.[1] ?? []);
  // Simple names need no compiled regex (picomatch compiles each glob: milliseconds at a hook's start).
  const simple = byLastCharacter(names.filter(simpleName));
  const complex = names.filter((n) => !simpleName(n));
  const others = all.filter((g) => !BASENAME_GLOB.test(g));
  // Undefined when some other glob is not plain (no text is known to be required for it).
  const othersNeed = others.map(requiredText);
  const mayMatchOthers = othersNeed.every((n) => n !== undefined) ? (path: string) => othersNeed.some((need) => need!.every((t) => path.includes(t))) : () => true;
  let matchAll: PathMatcher | undefined;
  let matchName: PathMatcher | undefined;
  let matchOthers: PathMatcher | undefined;
  const byName = new Map<string, boolean>();
  return (path) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (names.length === 0 || name === '' || ((path.includes('./') || path.endsWith('.')) && DOT_SEGMENT.test(path))) return (matchAll ??= picomatch(all, { dot: true }))(path);
    let hit = simple(name);
    if (!hit && complex.length > 0) {
      // Only picomatch's verdicts are worth remembering: a Map lookup costs more than simple(name).
      let known = byName.get(name);
      if (known === undefined) {
        known = (matchName ??= picomatch(complex, { dot: true }))(name);
        if (byName.size < NAME_CACHE) byName.set(name, known);
      }
      hit = known;
    }
    return hit || (others.length > 0 && mayMatchOthers(path) && (matchOthers ??= picomatch(others, { dot: true }))(path));
  };
}

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
