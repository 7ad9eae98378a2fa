// The only way text reaches the HTML audit page: file names, authors, rule messages and commands
// come from the scanned repository, so every one of them is untrusted and escaped here.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Characters that would make a path lie about itself when displayed: C0/C1 controls (a newline in
 * a file name) become their visible Control Pictures, and bidirectional overrides ("Trojan Source")
 * become a visible code point instead of silently reordering the text around them.
 */
const INVISIBLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** Text for element content and double- or single-quoted attribute values. */
export function esc(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = String(value).replace(INVISIBLE, visible).replace(/\t/g, ' ');
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Formats a count the same way everywhere on the page (and in the tests that read it back). */
export function num(n: number): string {
  return Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '0';
}
