// Generic rules find a literal by the name it is assigned to (`password = "…"`, `-p…`, `<password>…`),
// not by a format, so the name is all they know. On real repositories most such literals are not
// credentials: test doubles (`expectedSecret = "bang"`, `token := "test-token"`), values that describe
// themselves (`root_password`, `mypassword`, `s3cr3t`), names of things (`ReasonMissingProviderSecret =
// "MissingProviderSecret"`), paths and patterns. This module is the generic rules' second opinion after
// the value classifier (classify.ts), and it decides how sure a match is:
// - 'not': not a credential;
// - 'weak': a short, low-entropy literal in source code or documentation. There it is a warning, not a
//   block: in the labelled repositories (docs/quality.md) such literals in code were test data and in
//   docs illustrations, while weak defaults that work (`VAULT_TOKEN: root` in CI, `password='Milvus'`
//   in a chart) sit in configuration, scripts and manifests, where they still block;
// - 'credential'.
import { classifyValue } from './classify.js';
import { CREDENTIAL_WORDS, describesItself, words } from './value-words.js';
import { isSignedJwt, looksLikeJwt } from './jwt.js';
import { decodeBase64, shannon } from './values.js';

export type AssignedVerdict = 'credential' | 'weak' | 'not';

/** A made-up value that carries a dummy word anywhere (`testtesttest`, `pul-test-token`, `s.fakeTOKEN123`). */
const DUMMY_INSIDE = /test|fake|mock|dummy|sample|example|redacted|placeholder|changeme/i;

/** `MissingProviderSecret`, `Warden-Access-Token`, `dopplerToken`, `webserver_db_password`: a name. */
function namesACredential(v: string): boolean {
  if (!/^[A-Za-z]+(?:[-_. ][A-Za-z]+)*$/.test(v)) return false; // (one separator between runs: no backtracking blow-up)
  const ws = words(v);
  const short = ws.filter((w) => w.length <= 2).reduce((n, w) => n + w.length, 0);
  if (ws.length < 2 || short * 3 >= ws.join('').length) return false; // `PBobTKGJVcPw`: letters, not words
  return ws.some((w) => (w.length >= 3 && CREDENTIAL_WORDS.has(w)) || /(?:password|secret|token|key)$/.test(w));
}

/** File names, paths and extensions (`.json`, `testdata/private.gpg`, `iam_credentials/`). */
function isPathLike(v: string): boolean {
  if (/^\.[A-Za-z0-9]{1,10}$/.test(v)) return true;
  if (/^[\w.-]+\.(?:json|ya?ml|pem|key|crt|cert|gpg|asc|txt|conf|ini|env|toml|p12|pfx|jks|der|pub)$/i.test(v)) return true;
  // `database/creds/db-backup`, `secret/data/app`: lower-case words between slashes (base64 mixes cases)
  return /^(?:\.{0,2}\/|~\/)?[a-z0-9_.-]+(?:\/[a-z0-9_.-]*)+$/.test(v) && (v.endsWith('/') || /\.[a-z]{1,5}$/.test(v) || /^(?:\.{1,2}|~)?\//.test(v) || /^[a-z][a-z0-9_-]*(?:\/[a-z][a-z0-9_.-]*)+$/.test(v));
}

/** A regular expression or a sed/grep pattern, not a value. */
const PATTERN_LIKE = /\\[.dwsbDWS(\[]|\[[A-Za-z0-9]-[A-Za-z0-9]|\(\?[:=!<]|\.[*+]|\[\^|\\\(/;
const TIMESTAMP = /^\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Names that declare a test double (`expectedSecret`, `mockJWTToken`, `fakeToken`, `testPassword`). */
const TEST_DOUBLE_NAME = /^(?:expected|want|wanted|mock|mocked|fake|dummy|stub|stubbed|sample|example|test|testing)(?:$|[A-Z_.-])/;

/** Source code and documentation: where a weak literal under a credential name is a warning. */
const CODE_OR_DOCS =
  /\.(?:go|py|pyi|rb|php|js|mjs|cjs|jsx|ts|tsx|mts|cts|java|kt|kts|scala|groovy|cs|fs|vb|rs|swift|m|mm|c|h|cc|cpp|cxx|hpp|dart|lua|pl|pm|r|ex|exs|erl|clj|cljs|hs|ml|jl|zig|nim|cr|md|mdx|markdown|rst|adoc|asciidoc|txt)$/i;

const COMMENT_START = /^\s*(?:#|\/\/|--|;|\*|\/\*|<!--|REM\b)/;

export function inCodeOrDocs(file: string): boolean {
  return CODE_OR_DOCS.test(file);
}

/** Long enough and mixed enough to be chosen or generated as a secret, not typed as an example. */
export function strongLiteral(v: string): boolean {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9._-]/].filter((r) => r.test(v)).length;
  if (UUID.test(v)) return false;
  // (entropy only rules out runs of few characters: a random 12-character value can fall below 3 bits)
  return v.length >= 8 && shannon(v) >= 2.5 && (classes >= 3 || (classes >= 2 && v.length >= 12));
}

/** The last name of a dotted or indexed path (`smtc.expectedSecret` -> `expectedSecret`). */
function lastName(key: string): string {
  const parts = key.split(/[.[\]]+/).filter(Boolean);
  return parts[parts.length - 1] ?? key;
}

const ASSERTION = /\b(?:assert|expect|require|should|verify|check|must)(?:[A-Z_.]\w*)?\s*\(|\bassert(?:Equal|That|True|False)?\b|\bt\.(?:Error|Fatal)/;

/** The text of a base64 value when it decodes to printable ASCII (a word, a phrase), else undefined. */
function printableBase64(v: string): string | undefined {
  const text = v.length >= 8 ? decodeBase64(v)?.toString('latin1') : undefined;
  return text !== undefined && /^[\x20-\x7e]{4,}$/.test(text) ? text : undefined;
}

const flat = (x: string) => x.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Judges a literal that a generic rule found under `key` (the name it is assigned to, when known) in
 * `file` (`linePrefix`: the text of its line before the match). The value classifier decides first
 * (placeholders, references, settings, key names).
 */
export function judgeAssignedLiteral(value: string, key: string | undefined, file: string, linePrefix = ''): AssignedVerdict {
  const name = key ? lastName(key) : undefined;
  if (!classifyValue(value, { key: name ?? 'password', where: 'setting' }).credential) return 'not';
  // `"abc123def\n"`: an escape sequence at the end of a string literal is not part of the value.
  const v = value.trim().replace(/(?:\\[nrt])+$/, '');
  if (looksLikeJwt(v)) return isSignedJwt(v) ? 'credential' : 'not';
  if (describesItself(v) || DUMMY_INSIDE.test(v)) return 'not';
  if (namesACredential(v) || isPathLike(v) || PATTERN_LIKE.test(v) || TIMESTAMP.test(v)) return 'not';
  if (name && flat(name).length >= 4 && (flat(name).endsWith(flat(v)) || flat(v).includes(flat(name)))) return 'not';
  // A commented-out line (`##  LDAP_PASSWORD: "mypassword"` in values.yaml) is documentation.
  const code = inCodeOrDocs(file);
  const codeOrDocs = code || COMMENT_START.test(linePrefix);
  if (codeOrDocs && name && TEST_DOUBLE_NAME.test(name)) return 'not';
  // base64 of a short word (`QU5OT1RBVElPTk9OTFk=`) is as weak as the word.
  const plain = printableBase64(v) ?? v;
  if (plain !== v && (describesItself(plain) || DUMMY_INSIDE.test(plain))) return 'not';
  // base64 of a JOSE header (`{"alg":"HS256","typ":"JWT"}`) is the public half of a token
  if (plain !== v && /^\{\s*"(?:alg|typ)"\s*:/.test(plain)) return 'not';
  if (codeOrDocs && !strongLiteral(plain)) return 'weak';
  // `assert.NotContains(t, users, User{AuthToken: "…"})`: what a test expects, not what runs.
  if (code && ASSERTION.test(linePrefix)) return 'weak';
  return 'credential';
}
