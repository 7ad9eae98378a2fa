// The only picomatch importer: compiles path globs once.
import picomatch from 'picomatch';

export type PathMatcher = (path: string) => boolean;

/** `**\/name`: a glob that only looks at the last segment of a path. */
const BASENAME_GLOB = /^\*\*\/([^/]+)$/;
/** `.` or `..` segments: `**` does not cross them, so such a path is matched whole. */
const DOT_SEGMENT = /(?:^|\/)\.{1,2}(?:\/|$)/;
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
      hit = (matchName ??= picomatch(names, { dot: true }))(name);
      if (byName.size < NAME_CACHE) byName.set(name, hit);
    }
    return hit || (others.length > 0 && (matchOthers ??= picomatch(others, { dot: true }))(path));
  };
}

/** Throws with picomatch's message when a glob is malformed. */
export function checkGlob(glob: string): string | undefined {
  try {
    picomatch.makeRe(glob);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}
