// The one place text taken from input (file names, YAML keys and values, rule messages, commit
// messages) is made safe for where it is written:
// - log lines the GitHub runner reads (stdout and stderr of the Action and of --format github): the
//   runner executes any line that starts with `::` (after leading blanks), so input must never start
//   a line, and never end one;
// - workflow commands themselves (GitHub's own escaping of data and properties);
// - terminals: raw control bytes (ESC sequences, carriage returns) are shown escaped, never sent;
// - the job summary, which GitHub renders as Markdown with HTML: cells hold escaped text only.
// Linear in the input: one pass of a global replace each.

/** Control characters shown escaped: C0 (but tab), DEL, C1, line/paragraph separators, bidi overrides. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\u001b': '\\e', '\u0000': '\\0' };

/** Text for a terminal or a log: control characters become visible escapes (`\n`, `\e`, `\x07`, `\u202e`). */
export function showControl(s: string): string {
  return s.replace(CONTROL, (c) => NAMED[c] ?? (c.charCodeAt(0) < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
}

function hex(c: string, width: number): string {
  return c.charCodeAt(0).toString(16).padStart(width, '0');
}

/** A line starting (after blanks) with `::` would be a workflow command: its colons are percent-escaped. */
const COMMAND_START = /^(\s*)::/;

/**
 * One log line the runner will read: no control characters (so no line break), and never a leading
 * `::`. Use it for every line whose text is not a workflow command sealgate builds itself.
 */
export function logLine(s: string): string {
  return showControl(s).replace(COMMAND_START, '$1%3A%3A');
}

/** A leading `::` of every line (the runner splits lines at \r as well as \n) of `text` percent-escaped; nothing else changes (colours stay). */
export function neutralizeCommands(text: string): string {
  return text.replace(/(^|[\r\n])([^\S\r\n]*)::/g, '$1$2%3A%3A');
}

/**
 * Several lines of sealgate's own text (an error listing problems, one per line) that may quote
 * input: each line is made safe on its own, so quoted input cannot start a workflow command.
 */
export function logLines(s: string): string {
  return s
    .split('\n')
    .map((l) => logLine(l))
    .join('\n');
}

/** GitHub's escaping of a workflow command's message (actions/toolkit escapeData). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** GitHub's escaping of a workflow command's property value (actions/toolkit escapeProperty). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export type WorkflowProperties = Record<string, string | number | undefined>;

/** `::name k=v,…::message`, every part escaped as the runner expects. */
export function workflowCommand(name: 'error' | 'warning' | 'notice' | 'debug', props: WorkflowProperties, message: string): string {
  const p = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name}${p ? ` ${p}` : ''}::${escapeData(message)}`;
}

/** HTML text: `& < > " '` as character references (attribute-safe too). */
export function htmlText(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Text for the job summary (Markdown with HTML): HTML-escaped, control characters shown escaped (so a
 * newline can never end a table cell or the HTML block), and every character Markdown gives a meaning
 * to written as a character reference, so `![x](url)`, `[text](url)`, `*`, `_`, `|` and autolinks
 * (`https://`) stay literal text.
 */
export function markdownText(s: string): string {
  return showControl(s).replace(/[&<>"'`*_[\]()!|\\#~]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A code span for the job summary: the text escaped as markdownText, in `<code>`. */
export function markdownCode(s: string): string {
  return `<code>${markdownText(s)}</code>`;
}
