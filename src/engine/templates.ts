// Helm templates are not YAML. Before parsing, each `{{ … }}` action is replaced by a same-length
// placeholder and lines holding only control actions become comments, so offsets stay exact and
// the manifest rules still see `kind: Secret` with its (templated, hence safe) values.

const ACTION = /\{\{-?[\s\S]*?-?\}\}/g;
const CONTROL_ONLY = /^[ \t]*(?:\{\{-?[\s\S]*?-?\}\}[ \t]*)+$/;

export function maskTemplates(text: string): string {
  const lines = text.split(/(\r?\n|\r)/);
  for (let i = 0; i < lines.length; i += 2) {
    const line = lines[i]!;
    if (!line.includes('{{')) continue;
    if (CONTROL_ONLY.test(line)) {
      lines[i] = '#' + ' '.repeat(Math.max(0, line.length - 1));
      continue;
    }
    // {{...}} -> ${...} keeps the value recognisable as a reference and the length unchanged.
    lines[i] = line.replace(ACTION, (a) => '${' + 'T'.repeat(Math.max(0, a.length - 3)) + '}');
  }
  return lines.join('');
}
