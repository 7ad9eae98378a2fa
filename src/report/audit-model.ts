// The audit's data model: produced by audit/collect.ts from a history scan, rendered as text, JSON, SARIF or HTML.
import type { CommitInfo, FixKind, ResourceRef, SafeObject, Severity } from '../types.js';

/** One distinct secret (grouped by fingerprint), however many commits and places carry it. */
export interface AuditEntry {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  resource?: ResourceRef;
  /** The recognised credential format ("GitHub classic personal access token"), when one is. */
  credential?: string;
  /** Already masked (or plain with --show-secrets); renderers print it as is. */
  secret: string;
  fingerprint: string;
  /**
   * 'live': still present in the working tree, at HEAD or at a branch or tag tip (merged or not);
   * 'history': only in past commits, must be rotated.
   */
  status: 'live' | 'history';
  /** The branches and tags whose tip still holds it (history audits), e.g. `main`, `v1.2 (tag)`. */
  refs?: string[];
  introduced?: CommitInfo;
  /** The first commit in which it no longer appears, for history-only entries when known. */
  removed?: CommitInfo;
  /** How many (commit, file) places carried it before grouping. */
  occurrences: number;
  /** Other files that carry the same secret. */
  otherFiles: string[];
  fix?: FixKind[];
  /** The exact command that repairs it, for live plaintext Secrets. */
  fixCommand?: string;
}

export interface AuditReport {
  version: 1;
  tool: { name: 'sealgate'; version: string };
  repository: string;
  generatedAt: string;
  head?: string;
  history: boolean;
  commitsScanned: number;
  bytesScanned: number;
  entries: AuditEntry[];
  safe: SafeObject[];
  summary: { distinct: number; live: number; historyOnly: number; safe: number; blocking: number };
  skipped: { file: string; reason: string }[];
  /**
   * Present when part of the repository could not be read (a missing or corrupt object, a shallow
   * clone's cut): everything else is reported, and the audit exits 2. One line per problem.
   */
  incomplete?: string[];
}
