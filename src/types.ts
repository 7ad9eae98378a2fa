// Core data types shared by sources, the engine, reporters, fixes and the action. Types only: imports nothing.

/** Where a fragment came from; decides which lines count (diff modes count added lines only). */
export type Origin = 'tree' | 'staged' | 'range' | 'history' | 'stdin';

export type Severity = 'error' | 'warning' | 'note';

/** Author and date of the commit that holds a fragment (range, pre-push and history modes). */
export interface CommitInfo {
  sha: string;
  author: string;
  email?: string;
  /** ISO 8601 author date. */
  date: string;
}

/**
 * A piece of bytes to scan: a file of the working tree, a staged blob, or a file as of a commit.
 * `path` is always repository-relative with forward slashes.
 */
export interface Fragment {
  path: string;
  bytes: Buffer;
  origin: Origin;
  commit?: CommitInfo;
  /**
   * 1-based line numbers added or changed by the diff that produced this fragment (diff modes).
   * Undefined means every line counts. A manifest document counts when any of its lines is here;
   * a content finding counts when one of its lines is here.
   */
  changedLines?: ReadonlySet<number>;
}

/** A file a source could not hand over or the engine could not read; always reported, never silent. */
export interface Skipped {
  file: string;
  reason: string;
  /** true for files that could not be scanned at all (unreadable, vanished, parse limits): the hook fails closed on them. */
  unscannable?: boolean;
  commit?: string;
}

/** Kubernetes object a finding belongs to. */
export interface ResourceRef {
  kind: string;
  name?: string;
  namespace?: string;
  key?: string;
}

export type FixKind = 'seal' | 'external';

/**
 * One detected secret. `secret` holds the raw value and must never reach output unmasked:
 * reporters only see findings after report/redact.ts has replaced it (unless --show-secrets).
 */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  /** 1-based; the range covers the secret value (or the key line for manifest rules, see README). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  resource?: ResourceRef;
  secret: string;
  fingerprint: string;
  fix?: FixKind[];
  commit?: CommitInfo;
  /** Character offsets of the value in the decoded file text (end exclusive). */
  offset: { start: number; end: number };
  /** Manifest findings: the document holding the value (0-based index, its character range). */
  document?: { index: number; start: number; end: number };
  /** Human name of the recognised credential format, e.g. "GitHub personal access token". */
  credential?: string;
  /** Set when the secret was found inside an encoded value (the finding's range is that value). */
  decoded?: 'base64' | 'hex';
}

export interface ScanSummary {
  files: number;
  bytes: number;
  skipped: Skipped[];
  findings: number;
  durationMs: number;
  /** Findings hidden by the baseline file and by `sealgate:allow` comments (counted, never printed). */
  hidden?: { baseline: number; allowComments: number };
  /** What the source could not read (a missing object, a shallow cut): the result is incomplete. */
  unreadable?: string[];
  /** Diff modes: what was scanned. */
  range?: string;
  commits?: number;
}

/** A document that already keeps its values safe (counted for the audit's progress headline). */
export interface SafeObject {
  file: string;
  kind: 'SealedSecret' | 'ExternalSecret' | 'SOPS' | 'kubesec' | 'PushSecret' | 'SecretStore' | 'ClusterSecretStore';
  name?: string;
  namespace?: string;
}

export interface ScanResult {
  findings: Finding[];
  summary: ScanSummary;
  safe: SafeObject[];
  /** Non-fatal problems worth a line on stderr (e.g. a Helm template that is not valid YAML). */
  warnings: string[];
}
