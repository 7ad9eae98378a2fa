// A rule as written in rules/*.yaml (RuleSpec) and as the engine uses it (Rule).
import type { FixKind, Severity } from '../types.js';
import type { PathMatcher } from './glob.js';
import type { Check } from './checks/context.js';

export interface RuleExample {
  name: string;
  path?: string;
  code: string;
  /** invalid examples: 1-based line the finding must start on (optional). */
  line?: number;
}

export interface RuleSpec {
  id: string;
  description: string;
  severity: Severity;
  message: string;
  keywords?: string[];
  /** Manifest rules as data: which objects, fields and class of value are reported (src/rules/select.ts). */
  select?: Record<string, unknown>;
  /** Manifest rules in code: the id of a rule written in src/rules/checks/<id>.ts (its own, or one to reuse). */
  check?: string;
  /** Content rules: a regular expression (JavaScript syntax, flags via `flags`). */
  pattern?: string;
  flags?: string;
  /** Which capture group holds the secret (0 = whole match). */
  secretGroup?: number;
  /** Minimum Shannon entropy (bits per character) of the secret. */
  entropy?: number;
  /** picomatch globs the rule applies to (default: every file). */
  paths?: string[];
  /** Manifest rules: the Kubernetes kinds whose objects the check runs on (none = every object). */
  kinds?: string[];
  allowlist?: { regexes?: string[]; stopwords?: string[]; paths?: string[] };
  fix?: FixKind[];
  /**
   * Content rules: also run over decoded values (base64 runs in any file, to depth 2). `true` (the
   * default) means base64; a list may add `hex`; `false` turns decoding off.
   */
  decoded?: boolean | ('base64' | 'hex')[];
  examples: { valid: RuleExample[]; invalid: RuleExample[] };
  /** Who issues the credential ("GitHub"); rules are grouped by it. */
  provider?: string;
  /** Human name of the credential a match is ("GitHub personal access token"); reported with findings. */
  credential?: string;
  /** The provider's page on revoking or rotating this credential. */
  rotate?: string;
  /** Name of a checksum or structure validator in src/rules/validators.ts a match must pass. */
  validate?: string;
}

export interface Rule {
  id: string;
  description: string;
  severity: Severity;
  message: string;
  /** Lower-case keywords; empty = always runs. */
  keywords: string[];
  /** Manifest rules: the compiled selector, or the code of src/rules/checks/. */
  check?: Check;
  regex?: RegExp;
  /**
   * The keyword walk's anchors for `regex` (walkAnchors in src/engine/anchored.ts; null: none), put in
   * by the build for the built-in rules so a hook does not read every pattern at start-up. Other
   * rules leave it out and the keyword index computes them.
   */
  anchors?: string[] | null;
  /** With `anchors`: how many characters every match has before its anchor (an infix anchor; 0 or absent: prefixes). */
  anchorSkip?: number;
  secretGroup: number;
  entropy?: number;
  appliesTo: PathMatcher | undefined;
  kinds: string[];
  allowRegexes: RegExp[];
  stopwords: string[];
  allowPaths: PathMatcher | undefined;
  fix?: FixKind[];
  /** Encodings whose decoded text this content rule also reads (empty: none). */
  decodings: ('base64' | 'hex')[];
  /** Human name of the credential format a content rule recognises (falls back to the description). */
  credential?: string;
  examples: RuleSpec['examples'];
  /** The file it came from, for error messages. */
  file: string;
  /** The pattern source, for the benchmark's grep floor and the ReDoS check. */
  pattern?: string;
  provider?: string;
  rotate?: string;
  validate?: string;
  /** The `validate` check, resolved at load: false drops the match (a bad checksum is not that credential). */
  validator?: (secret: string, groups?: Record<string, string | undefined>) => boolean;
}
