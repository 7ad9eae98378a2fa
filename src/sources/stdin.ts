// `sealgate scan -`: standard input as one fragment. It is named stdin.yaml so a piped manifest
// (`kubectl get secret -o yaml | sealgate scan -`) gets the manifest checks as well as the content rules.
import type { Source } from './source.js';

export const STDIN_NAME = 'stdin.yaml';

export function stdinSource(bytes: Buffer): Source {
  return {
    info: {},
    async *items() {
      yield { path: STDIN_NAME, bytes, origin: 'stdin' };
    },
  };
}
