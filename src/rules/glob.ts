// The only picomatch importer: compiles path globs once.
import picomatch from 'picomatch';

export type PathMatcher = (path: string) => boolean;

export function compileGlobs(globs: readonly string[]): PathMatcher {
  if (globs.length === 0) return () => false;
  return picomatch(globs as string[], { dot: true });
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
