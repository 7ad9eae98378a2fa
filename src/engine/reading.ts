// Decides how a file is read: as manifests (by content, not by extension: a `master.key` written by
// `kubectl get secret -o yaml`, a kubeadm `admin.conf`, a helm-secrets `secrets.yaml.dec`), as the
// YAML/JSON code blocks of a Markdown or AsciiDoc page, or as plain text only.
// Code blocks are cut out in place: every other line is blanked and each block's fence becomes a
// `---` document marker, so the parser sees only the blocks and every offset is the host file's.

/** `sniffed`: manifests found by content in a file whose name does not say so. */
export type Reading = 'manifest' | 'sniffed' | 'markdown' | 'asciidoc' | 'text';

const MANIFEST_FILE = /\.(?:ya?ml|json)$|(?:^|\/)Kustomization$/i;
const MARKDOWN_FILE = /\.(?:md|markdown|mdx|mkd)$/i;
const ASCIIDOC_FILE = /\.(?:adoc|asciidoc|asc)$/i;
/** Program sources hold YAML only inside string literals; they are read as text (content rules, decoding). */
const CODE_FILE =
  /\.(?:[cm]?[jt]sx?|go|py|rb|java|kt|kts|scala|groovy|gradle|rs|c|h|cc|cpp|hpp|cs|fs|php|swift|m|mm|pl|pm|lua|r|sh|bash|zsh|fish|ps1|psm1|bat|cmd|sql|html?|css|scss|less|vue|svelte|xml|xsl|svg|tf|hcl|nix|dart|ex|exs|erl|hs|clj|elm|ipynb|lock|sum|mod|csv|tsv|map|min\.js)$/i;

/** Kubernetes-shaped YAML: `apiVersion:` and `kind:` keys at the start of lines (or of `- ` items). */
const YAML_API = /^(?:- )?apiVersion[ \t]*:[ \t]*\S/m;
const YAML_KIND = /^(?:- |[ \t]*)kind[ \t]*:[ \t]*\S/m;
/** Kubeconfigs and docker configs, which may carry no kind. */
const YAML_OTHER = /^(?:users|clusters|contexts)[ \t]*:[ \t]*$|^auths[ \t]*:/m;
const JSON_API = /"apiVersion"\s*:/;
const JSON_KIND = /"kind"\s*:/;
const JSON_AUTHS = /"auths"\s*:\s*\{/;

export function readingOf(file: string, text: string): Reading {
  if (MANIFEST_FILE.test(file)) return 'manifest';
  if (MARKDOWN_FILE.test(file)) return 'markdown';
  if (ASCIIDOC_FILE.test(file)) return 'asciidoc';
  if (CODE_FILE.test(file)) return 'text';
  return holdsManifests(text) ? 'sniffed' : 'text';
}

/** Text that is Kubernetes YAML or JSON (a manifest, a List, a kubeconfig, a docker config, …). */
export function holdsManifests(text: string): boolean {
  const head = text.trimStart().charCodeAt(0);
  if (head === 123 || head === 91) return (JSON_API.test(text) && JSON_KIND.test(text)) || JSON_AUTHS.test(text);
  return (YAML_API.test(text) && YAML_KIND.test(text)) || YAML_OTHER.test(text);
}

/** An opening fence and its info string (maximal fence run first, so nothing can match it two ways). */
const FENCE_OPEN = /^[ \t]*(`{3,}(?!`)|~{3,}(?!~))([^\n`]*)$/;
const YAML_LABELS = /^(?:ya?ml|json|jsonc|json5|kubernetes|k8s|helm)$/i;
const BLOCK_LIKE_DATA = /^[ \t]*(?:[\w"'.\/-]+[ \t]*:(?:[ \t]|$)|- |\{|\[)/;

interface Block {
  /** Line indexes: the opening delimiter, the first and last content lines (inclusive), the closing delimiter. */
  open: number;
  close: number;
  label: string;
}

/**
 * The host text with everything but YAML/JSON code blocks blanked (same length, same line breaks), or
 * undefined when the page has none. Labelled yaml/json blocks always count; unlabelled ones when they
 * hold Kubernetes-shaped data.
 */
export function embeddedManifests(text: string, kind: 'markdown' | 'asciidoc'): string | undefined {
  if (kind === 'markdown' ? !/```|~~~/.test(text) : !/^----+[ \t]*$/m.test(text)) return undefined;
  const lines = text.split(/(\r\n|\n|\r)/);
  // lines[2k] is line k's text, lines[2k+1] its break.
  const count = Math.ceil(lines.length / 2);
  const line = (k: number) => lines[2 * k]!;
  const blocks = kind === 'markdown' ? markdownBlocks(count, line) : asciidocBlocks(count, line);
  const keep: Block[] = [];
  for (const b of blocks) {
    const body: string[] = [];
    for (let k = b.open + 1; k < b.close; k++) body.push(line(k));
    const joined = body.join('\n');
    if (YAML_LABELS.test(b.label) ? joined.trim() !== '' : b.label === '' && holdsManifests(joined) && BLOCK_LIKE_DATA.test(body.find((l) => l.trim() !== '') ?? '')) keep.push(b);
  }
  if (keep.length === 0) return undefined;
  const out = lines.map((s, i) => (i % 2 === 1 ? s : ' '.repeat(s.length)));
  for (const b of keep) {
    for (let k = b.open + 1; k < b.close; k++) out[2 * k] = line(k);
    // The fences become document markers (they are at least three characters long): `---` opens,
    // `...` closes, so the blanked prose between blocks is never handed to the parser.
    const fence = line(b.open);
    out[2 * b.open] = '---' + ' '.repeat(Math.max(0, fence.length - 3));
    if (b.close < count) out[2 * b.close] = '...' + ' '.repeat(Math.max(0, line(b.close).length - 3));
  }
  return out.join('');
}

function markdownBlocks(count: number, line: (k: number) => string): Block[] {
  const blocks: Block[] = [];
  for (let k = 0; k < count; k++) {
    const m = FENCE_OPEN.exec(line(k));
    if (!m) continue;
    const fence = m[1]!;
    const closer = new RegExp(`^[ \\t]*${fence[0] === '`' ? '`' : '~'}{${fence.length},}(?![\`~])[ \\t]*$`);
    let close = k + 1;
    while (close < count && !closer.test(line(close))) close++;
    const label = /^[ \t]*([^\s`{]*)/.exec(m[2] ?? '')![1]!;
    blocks.push({ open: k, close, label: label.toLowerCase() });
    k = close;
  }
  return blocks;
}

/** AsciiDoc listing blocks: `----` delimiters, labelled by a `[source,yaml]` line above. */
function asciidocBlocks(count: number, line: (k: number) => string): Block[] {
  const blocks: Block[] = [];
  for (let k = 0; k < count; k++) {
    const m = /^(-{4,})[ \t]*$/.exec(line(k));
    if (!m) continue;
    let close = k + 1;
    while (close < count && line(close).trimEnd() !== m[1]) close++;
    const attr = k > 0 ? /^\[(?:source)?,\s*([\w-]+)/.exec(line(k - 1)) : null;
    blocks.push({ open: k, close, label: (attr?.[1] ?? '').toLowerCase() });
    k = close;
  }
  return blocks;
}
