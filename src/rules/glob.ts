// The only picomatch importer: compiles path globs once.
import picomatch from 'picomatch';

export type PathMatcher = (path: string) => boolean;

/**
 * A matcher for the globs, compiled on its first use: the hook loads every rule but usually tests
 * a few paths against a few of them, and compiling all globs up front was a tenth of its start-up.
 */
export function compileGlobs(globs: readonly string[]): PathMatcher {
  if (globs.length === 0) return () => false;
  const list = [...globs];
  let match: PathMatcher | undefined;
  return (path) => (match ??= picomatch(list, { dot: true }))(path);
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
