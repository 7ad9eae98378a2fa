// Colour for human output: on in a terminal, off with --no-color, NO_COLOR (any non-empty value,
// https://no-color.org) or when the stream is not a terminal. FORCE_COLOR (non-zero) forces it on,
// as in Node and most CLIs. Only sealgate's own words are coloured: scanned text (file names, values)
// is printed between the codes, never inside one, and reaches here with control characters removed.

export interface Paint {
  enabled: boolean;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
}

export function useColor(opts: { isTTY: boolean; noColorFlag?: boolean; env: Record<string, string | undefined> }): boolean {
  if (opts.noColorFlag) return false;
  if (opts.env.NO_COLOR) return false;
  const force = opts.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  if (opts.env.TERM === 'dumb') return false;
  return opts.isTTY;
}

function sgr(open: number, close: number, on: boolean): (s: string) => string {
  return on ? (s) => `\u001b[${open}m${s}\u001b[${close}m` : (s) => s;
}

export function paint(enabled: boolean): Paint {
  return {
    enabled,
    red: sgr(31, 39, enabled),
    yellow: sgr(33, 39, enabled),
    green: sgr(32, 39, enabled),
    cyan: sgr(36, 39, enabled),
    bold: sgr(1, 22, enabled),
    dim: sgr(2, 22, enabled),
  };
}

export const NO_PAINT = paint(false);
