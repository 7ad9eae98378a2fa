// The one value classifier: is this value a literal credential, or a placeholder, a reference, a key
// name, a setting, dummy data or a truncated example? Every manifest check and the engine's gate ask
// it, so that "what counts as a secret" is decided in one place. Learned from the values real charts
// and docs hold (issue 12): `existingSecretPasswordKey: postgres-password` names a key, `p-XXXX` and
// `**access token goes here**` are placeholders, `MYSQL_ROOT_PASSWORD: toor` is a weak but real password.
import { decodeBase64, isSopsEncrypted, passes, printableText, shannon, type Guarded } from './values.js';

export type ValueKind =
  | 'empty'
  | 'encrypted'
  | 'reference'
  | 'placeholder'
  | 'dummy'
  | 'key-name'
  | 'truncated'
  | 'setting'
  | 'public'
  | 'literal';

export interface Verdict {
  kind: ValueKind;
  /** True when the value should be treated as a literal credential in its context. */
  credential: boolean;
  /** Why, in a few words (never the value). */
  reason: string;
}

export interface ValueContext {
  /** The key or env name the value sits under (`rootPassword`, `MYSQL_ROOT_PASSWORD`, `tls.key`). */
  key?: string;
  /**
   * Where the value sits. `secret`: a Secret's data (the value is meant to be secret; key-name
   * settings do not apply). `setting`: Helm values, env, config (a credential name makes any
   * literal a credential; key names and settings are not). `content`: a content rule's match (no
   * key; only the value's own shape counts).
   */
  where?: 'secret' | 'setting' | 'content';
  /** Names beside this one (the other env names of a container, the other keys of a map). */
  siblings?: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Key names

/**
 * Answers for keys already seen: manifests repeat a few hundred key names (`name`, `value`,
 * `password`) over thousands of files, and each value asks about its key several times. Bounded:
 * emptied when full.
 */
function memo<T>(compute: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let v = known.get(key);
    if (v === undefined) {
      v = compute(key);
      if (known.size >= 8192) known.clear();
      known.set(key, v);
    }
    return v;
  };
}

/** Words of a key: `existingSecretPasswordKey` -> existing secret password key; `DB_PASSWORD` -> db password. */
export const keyWords: (key: string) => readonly string[] = memo(splitKeyWords);

function splitKeyWords(key: string): readonly string[] {
  const last = key.includes('.') && !/^\.|\.(?:json|ya?ml|pem|key|crt|txt|conf|ini|properties|env|toml|p12|jks)$/i.test(key) ? key.slice(key.lastIndexOf('.') + 1) : key;
  return last
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * A list of words written as `/^(?:a|b|c)$/` (readable, and greppable like the other patterns) as
 * a Set: a lookup costs no regex compile in a hook's cold process, and the classifier asks these
 * for every key and many values. Throws at load when an alternative is not a plain word.
 */
function wordSet(list: RegExp): ReadonlySet<string> {
  const m = /^\^\(\?:(.*)\)\$$/.exec(list.source);
  const words = m ? m[1]!.split('|') : [];
  if (!m || words.some((w) => !/^[a-z0-9_-]+$/.test(w))) throw new Error(`wordSet: not a plain list of words: /${list.source}/`);
  return new Set(words);
}

/** The test a word-list regex would give, from its Set (`i`: compared lower-cased). */
function inSet(set: ReadonlySet<string>, ignoreCase = false): { test(word: string): boolean } {
  // As `i` without `u` does: ASCII letters only (the Kelvin sign lower-cases to k, but no regex here matched it).
  return { test: (word) => (ignoreCase ? set.has(word.toLowerCase()) && !/[^\x00-\x7f]/.test(word) : set.has(word)) };
}

const CREDENTIAL_WORD = inSet(wordSet(/^(?:pass|password|passwd|passphrase|pwd|pw|secret|secrets|token|tokens|key|keys|apikey|api_key|credential|credentials|creds|auth|authorization|bearer|privatekey|private|salt|pin|otp|cookie|signingkey|secretkey|accesskey|jwt|dsn)$/));
/** Compound single words (`azurestorageaccountkey`, `rootpassword`). */
const CREDENTIAL_SUFFIX = /(?:password|passwd|passphrase|secret|token|apikey|accesskey|secretkey|privatekey|accountkey|credentials?)$/;

/** The last word of a key that makes it a setting, whatever credential word comes before (`tsigSecretAlg`). */
const SETTING_LAST = inSet(wordSet(/^(?:user|username|usr|login|host|hostname|hosts|port|ports|address|addresses|addr|endpoint|endpoints|server|servers|database|db|dbname|schema|alg|algorithm|algorithms|ips|ip|cidr|cidrs|email|mail|region|zone|namespace|namespaces|id|ids|uid|name|names|type|types|kind|mode|method|methods|length|size|ttl|expiry|expiration|expires|timeout|interval|period|duration|lifetime|age|enabled|enable|disabled|required|optional|create|generate|rotate|rotation|version|format|encoding|header|headers|field|fields|prefix|suffix|policy|policies|path|paths|file|files|filename|filenames|filepath|folder|dir|directory|mount|mountpath|ref|keyref|selector|issuer|audience|audiences|scope|scopes|url|uri|urls|provider|source|store|backend|ops|operations|usage|usages|use|annotations|labels|label|count|retries|min|max|mtime|ctime|time|timestamp|date|created|updated|modified|flags|flag|args|arguments|pattern|patterns|regex|regexp|rule|rules|complexity|strategy|strength|hash|hashing|cost|rounds|iterations|location|class|image|tag|repository|registry|level|limit|limits|resources|config|options|opts|params|enabled)$/));

/** Names of settings that look like credentials but are documented as not secret. */
const KNOWN_SETTINGS = /^(?:initial[-_ ]?cluster[-_ ]?token|cluster[-_ ]?token|token[-_ ]?review|csrf[-_ ]?token[-_ ]?name|secret[-_ ]?name|secret[-_ ]?names|key[-_ ]?name|key[-_ ]?id|public[-_ ]?key|publickey|cache[-_ ]?key|primary[-_ ]?key|partition[-_ ]?key|sort[-_ ]?key|routing[-_ ]?key|topology[-_ ]?key|shard[-_ ]?key|hash[-_ ]?key|(?:\w+_)?label[-_ ]?key|(?:\w+_)?annotation[-_ ]?key|node[-_ ]?key|map[-_ ]?key|lookup[-_ ]?key|idempotency[-_ ]?key|key[-_ ]?prefix|key[-_ ]?suffix|keyspace|key[-_ ]?space)$/i;

/** Words before `key` that make it the key of a map, a label, a cache or a database, not a secret. */
const KEY_QUALIFIER = inSet(wordSet(/^(?:topology|label|labels|annotation|annotations|cache|primary|partition|sort|routing|shard|sharding|hash|node|map|lookup|idempotency|public|match|list|status|selector|index|group|metric|dedup|tenant|header|field|object|bucket|foreign|unique|composite|join|lock|leader|queue|prefix|host|ssh_host|affinity|sticky|session_affinity|config|configmap|env|value|values|item|items|data|property|properties|column|table|row|json|yaml|path|file|search|query|sorting|order|grouping|dimension|attribute|tag|tags)$/));

/** Keys of Helm values that hold the *name* of a Secret or of a key inside one. */
const KEY_NAME_KEY = /^existing[-_ ]?secret|(?:secret|key)[-_ ]?(?:name|ref)s?$|keyref$|secretref$|_from_secret$/i;

export type KeyRole = 'credential' | 'non-credential' | 'neutral';

/** What a key's name says about its value: a credential, plainly not one, or nothing. */
export const keyRole: (key: string) => KeyRole = memo(roleOfKey);

function roleOfKey(key: string): KeyRole {
  const words = keyWords(key);
  if (words.length === 0) return 'neutral';
  const joined = words.join('_');
  if (KNOWN_SETTINGS.test(joined)) return 'non-credential';
  const last = words[words.length - 1]!;
  // `podAntiAffinityTopologyKey`, `statusListKey`, `instanceLabelKey`: a key of something that is not secret.
  if ((last === 'key' || last === 'keys') && words.length > 1 && KEY_QUALIFIER.test(words[words.length - 2]!)) return 'non-credential';
  // `delete_annotation_date_key`, `label_selector_name_key`: the name of an annotation or label.
  if ((last === 'key' || last === 'keys') && words.slice(0, -1).some((w) => /^(?:annotation|annotations|label|labels)$/.test(w))) return 'non-credential';
  const credential = words.some((w) => CREDENTIAL_WORD.test(w) || CREDENTIAL_SUFFIX.test(w));
  // `username_in` (iSCSI CHAP): a trailing direction word does not change what the key holds.
  const lastMeaningful = /^(?:in|out|\d+)$/.test(last) && words.length > 1 ? words[words.length - 2]! : last;
  if (SETTING_LAST.test(lastMeaningful) && !CREDENTIAL_SUFFIX.test(lastMeaningful)) return 'non-credential';
  if (credential) return 'credential';
  if (/(?:username|accountname|hostname|address|database)$/.test(lastMeaningful)) return 'non-credential';
  return 'neutral';
}

const PASSWORD_WORD = /^(?:pass|password|passwd|passphrase|pwd|pw|\w*password)$/;
const GENERIC_CREDENTIAL_WORD = inSet(wordSet(/^(?:secret|secrets|token|tokens|key|keys|api|apikey|access|auth|client|my|your|the|value|credential|credentials)$/), true);
/** Key words that name a connection string or URL (a credential only when it carries a password). */
const CONNECTION_WORD = inSet(wordSet(/^(?:dsn|url|uri|connection|conn|string|connectionstring|endpoint)$/));
const ENUM_SETTING = inSet(wordSet(/^(?:required|requested|optional|none|disabled|enabled|want|need|basic|bearer|digest|oauth|oauth2|oidc|ldap|tls|mtls|internal|external|plain|scram-sha-256|scram-sha-512|md5|trust|peer|ident|kerberos|gssapi|sasl|ssl|x509|iam|jwt|anonymous|auto|manual|always|never|env|file|vault|kubernetes)$/), true);

function lastWord(key: string): string {
  const w = keyWords(key);
  return w[w.length - 1] ?? '';
}

/** Kept for callers that only need the yes/no: a key whose name says it holds a credential. */
export function isSensitiveKey(key: string): boolean {
  return keyRole(key) === 'credential';
}

/** A key that names a key or a Secret (`adminPasswordKey`, `existingSecret`, `secretKeys.*`). */
function namesAKey(key: string, value: string, siblings?: readonly string[]): boolean {
  const words = keyWords(key);
  // Beside `existingSecret`, `...SecretName` or a plain `name` (a secretKeyRef written out), a `key`
  // or `...Key` names the key inside that Secret: `userKey: admin-user`, `clusterSecretKey: cluster`.
  if ((words[words.length - 1] === 'key' || words[words.length - 1] === 'keys') && siblings?.some((k) => k !== key && /^(?:name|secret|secret_?name|existing_?secret\w*|\w*_secret_?name|\w*_existing_?secret\w*)$/.test(keyWords(k).join('_')))) {
    if (/^[A-Za-z0-9][\w.-]{0,62}$/.test(value)) return true;
  }
  // `secret: ca-certs-secret`, `credentialsSecret: s3-creds`: a value named like a Secret object names one.
  if (/^[a-z0-9][a-z0-9.-]*-(?:secret|secrets|tls|certs?|creds|credentials|auth)$/.test(value)) return true;
  // `tlsSecret: wordpress.local-tls`, `caSecret`, `imagePullSecret`: the name of a Secret object.
  if (words[words.length - 1] === 'secret' && words.length > 1 && /^(?:tls|ca|cert|certificate|certs|ssl|pull|image|existing|keystore|truststore|jks|token|password|credentials|creds|auth|key|keys|license)$/.test(words[words.length - 2]!) && /^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$/.test(value)) return true;
  if (KEY_NAME_KEY.test(words.join('_')) || /^existing/i.test(key)) return true;
  // `key: secret-key` beside a `name:` (a secretKeyRef written by hand) names the key; `key: k8s.cluster.name`,
  // `"key": "instance"` in processors and dashboards name an attribute or a label.
  if (words.length === 1 && words[0] === 'key') return (looksLikeKeyName(value) && /[-_.]/.test(value)) || /^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*$/.test(value) && !/\d{3,}/.test(value);
  if (words.length < 2 || words[words.length - 1] !== 'key') return false;
  // `serviceNameCategoryKey: TraefikServiceName`: a PascalCase name under a `...Key` setting names a key.
  if (/^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+$/.test(value) && !/\d{3,}/.test(value)) return true;
  // `...PasswordKey: postgres-password`, `serviceAccountSecretKey: credentials.json`: the value names a key.
  const before = words[words.length - 2]!;
  if (!/^(?:password|passwd|secret|token|salt|credentials?|cert|certificate|tls|auth|api|access|private|user|username|admin|root|encryption|license|ca|client|account)$/.test(before)) return false;
  return looksLikeKeyName(value);
}

/** `postgres-password`, `credentials.json`, `thanos.yaml`, `password`: the name of a key in a Secret. */
function looksLikeKeyName(v: string): boolean {
  if (!/^[a-z0-9][a-z0-9._-]*$/i.test(v) || v.length > 64) return false;
  if (/\.(?:json|ya?ml|pem|key|crt|cert|txt|conf|ini|properties|env|toml|p12|pfx|jks)$/i.test(v)) return true;
  return /(?:pass|password|passwd|secret|token|key|salt|credential|cert|auth|pwd)/i.test(v) && /^[a-z0-9._-]+$/.test(v);
}

// ---------------------------------------------------------------------------------------------
// Values

// The necessary conditions of the guarded regexes below (see Guarded in values.ts).
const first = (v: string, ...chars: string[]): boolean => chars.includes(v[0] ?? '');
const holdsAny = (v: string, ...parts: string[]): boolean => parts.some((p) => v.includes(p));
/** Every code unit of `v` is its first one (`xxxx`, `****`, `0000`). */
const oneUnitRepeated = (v: string): boolean => {
  for (let i = 1; i < v.length; i++) if (v.charCodeAt(i) !== v.charCodeAt(0)) return false;
  return v.length > 0;
};

const REFERENCE_SCHEMES =
  /^(?:ref\+[a-z0-9]+:\/\/|berglas:\/\/|sm:\/\/|akv:\/\/|op:\/\/|bws:\/\/|keyvault:\/\/|azurekeyvault:\/\/|awssm:\/\/|gcpsm:\/\/|vault:\/\/|secret:\/\/|secrets\+literal:\/\/ref\+|vault:[\w/.-]+(?:#\w+)?$|arn:aws[\w-]*:(?:secretsmanager|ssm|kms):|projects\/[^/\s]+\/secrets\/|sops:\/\/|gsm:\/\/|aws-sm:\/\/|k8s:\/\/|env:\/\/|file:(?:\/|\.\.?\/|~\/)|\[(?:parameters|variables|steps|reference|concat|format|listKeys|resourceId)\()/i;
// (`file:/path/to/token`: a CLI's read-from-file syntax; `[parameters('token')]`: an Azure ARM template expression)
const TEMPLATE_REF = /\{\{.*?\}\}|\$\{[^}\s]+\}|\$\([A-Za-z_][A-Za-z0-9_]*\)|<path:[^>]+>|\$\{\{.*?\}\}|%\{[^}\s]+\}|#\{[^}\s]+\}/gs;
/** `$DB_PASSWORD`, and Argo CD notifications' `$slack-token` (a key of its Secret). */
const SHELL_VAR = /^\$(?:[A-Za-z_][\w.-]*(?::[\w.-]+)?|\d+|\{[^}\s]+\})$/; // also Argo CD's `$secret:key`, `$1`
const FILE_PATH = /^(?:\/|\.\.?\/|~\/)[\w./@-]*$/;

export const CIPHERTEXT_GUARDS: Guarded[] = [
  { need: (v) => v.startsWith('-----BEGIN '), re: /^-----BEGIN (?:AGE ENCRYPTED FILE|PGP MESSAGE)-----/ },
  { need: (v) => v.startsWith('$ANSIBLE_VAULT;'), re: /^\$ANSIBLE_VAULT;\d\.\d;AES256/ },
  { need: (v) => v.startsWith('\0GITCRYPT\0'), re: /^\0GITCRYPT\0/ },
  { need: (v) => v.startsWith('AgB') && v.length >= 103, re: /^AgB[A-Za-z0-9+/]{100,}={0,2}$/ }, // kubeseal --raw output
];
const PUBLIC_MATERIAL =
  /^\s*(?:-----BEGIN (?:CERTIFICATE|PUBLIC KEY|RSA PUBLIC KEY|X509 CRL|CERTIFICATE REQUEST|NEW CERTIFICATE REQUEST|TRUSTED CERTIFICATE|PGP PUBLIC KEY BLOCK|SSH2 PUBLIC KEY)-----|(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com) AAAA|age1[0-9a-z]{58}$|phc_[A-Za-z0-9]{30,60}$)/;
// (`phc_`: PostHog's project API key, documented as safe to ship in public web pages)

/** The classifier's other guarded regexes (see Guarded), by what they recognise. */
export const GUARDED = {
  public: { need: (v) => holdsAny(v, '-----BEGIN ', ' AAAA', 'age1', 'phc_'), re: PUBLIC_MATERIAL },
  wholeDocument: { need: (v) => first(v, '{', '['), re: /^(?:\{(?!\{)|\[)[\s\S]*[}\]]$/ },
  reference: { need: (v) => holdsAny(v, ':', '/') || first(v, '['), re: REFERENCE_SCHEMES },
  shellVariable: { need: (v) => first(v, '$'), re: SHELL_VAR },
  formatVerb: { need: (v) => first(v, '%'), re: /^%[-+ #0]*\d*(?:\.\d+)?[sdvqxXfgeT]$/ },
  angleBrackets: { need: (v) => first(v, '<'), re: /^<[^<>]*>$/ },
  // `QVNJ...R04=`, `Z3dk\u2026WFk=`: a value shown with its middle left out
  elided: { need: (v) => holdsAny(v, '...', '\u2026'), re: /^[\w+/=-]{2,}(?:\.{3}|\u2026)[\w+/=-]{2,}$/ },
  postgresHash: { need: (v) => v.startsWith('md5') || v.startsWith('SCRAM-SHA-256$'), re: /^md5[0-9a-f]{32}$|^SCRAM-SHA-256\$\d+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/ },
  passwordHash: { need: (v) => holdsAny(v, '$', '{SSHA}'), re: /^(?:[^:\s]+:)?(?:\$2[abxy]?\$\d\d\$[./A-Za-z0-9]{53}|\$argon2(?:id|i|d)\$\S+|\$[156]\$[^$\s]+\$\S+|\{SSHA\}\S+|\$apr1\$\S+)$/ },
  flag: { need: (v) => first(v, '-'), re: /^--?[a-z][\w-]*(?:[= ].*)?$/ },
  fileName: { need: (v) => v.includes('.'), re: /^[\w.-]+\.(?:pem|crt|cert|key|jks|p12|pfx|keystore|truststore|json|ya?ml|txt|conf)$/i },
  filePath: { need: (v) => first(v, '/', '.', '~'), re: FILE_PATH },
  boolean: { need: (v) => v.length <= 5, re: /^(?:true|false|yes|no|on|off)$/i },
  numberOrDuration: { need: (v) => v.charCodeAt(0) >= 48 && v.charCodeAt(0) <= 57, re: /^\d{1,3}$|^\d+(?:\.\d+)?(?:ms|s|m|h|d)$/ },
  plainUrl: { need: (v) => v.includes('://'), re: /^[a-z][a-z0-9+.-]*:\/\/[^\s]*$/i },
  filler: { need: oneUnitRepeated, re: /^(?:x{3,}|X{3,}|\*{3,}|\.{3,}|-{3,}|_{3,}|#{3,}|0{6,}|\u2026+|\u2022+|(.)\1{3,})$/ },
  xxxTail: { need: (v) => v.endsWith('xxx') || v.endsWith('XXX'), re: /(?:^|[_-])(?:x{3,}|X{3,})$/ },
  xxxRun: { need: (v) => holdsAny(v, 'xxxx', 'XXXX'), re: /x{4,}|X{4,}/ },
  longXxxRun: { need: (v) => holdsAny(v, 'xxxxxx', 'XXXXXX'), re: /x{6,}|X{6,}/ },
  wholeAngle: { need: (v) => first(v, '<'), re: /^<[^<>]+>$/ },
  angleTag: { need: (v) => v.includes('<'), re: /<[A-Za-z][\w .:/-]{0,80}>/ },
  masked: { need: (v) => v.includes('**'), re: /\*\*[A-Za-z]{0,16}\*\*|\*{4,}/ },
  instruction: { need: (v) => holdsAny(v, '-', '_', ' '), re: /^(?:insert|enter|replace|your|add|set|put|fill|paste|provide)[-_ ]/i },
  // `my-secret`, `some-username`, `the secret password`, `your-api-key`: prose standing in for a value
  articleWords: { need: (v) => holdsAny(v, '-', '_', ' '), re: /^(?:my|your|some|the|a|an|our|their)[-_ ][a-z0-9]+(?:[-_ ][a-z0-9]+)*$/i },
  screamingSnake: { need: (v) => v.includes('_'), re: /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/ },
  numberedExample: { need: (v) => v.length <= 12, re: /^(?:key|secret|token|pass|value|val|cred|credential)[-_]?(?:[a-z]|\d)$/i },
  // a UUID-shaped id with letters a UUID cannot hold (`8312341g-5678-abcd-...`): a made-up example
  fakeUuid: { need: (v) => v[8] === '-' && v[13] === '-', re: /^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-/i },
  templateRef: { need: (v) => holdsAny(v, '{{', '${', '$(', '<path:', '%{', '#{'), re: TEMPLATE_REF },
} satisfies Record<string, Guarded>;

/** Text that says "put the real value here". */
const PLACEHOLDER_TEXT =
  /change[-_ ]?(?:me|it|this)\b|changeme|replace[-_ ]?(?:me|this|with)|\bfill[-_ ]?(?:me|in)\b|goes[-_ ]?here|\bput[-_ ].{0,40}\bhere\b|placeholder|redacted|\bto[-_ ]be[-_ ](?:set|replaced|filled|changed)|\bnot[-_ ]?set\b|(?:^|[^a-z])example(?:[^a-z]|$)|example[-_.]?(?:com|org|net)|EXAMPLE(?:KEY)?$|\bdummy\b|\bsample\b|base64[-_ ]?encoded|^your[a-z]|\blorem\b|\bipsum\b|\b(?:John|Jane) Doe\b/i;
/** Words of obviously made-up data. */
const DUMMY_WORD = /^(?:foo|bar|baz|qux|quux|corge|grault|garply|waldo|fred|plugh|xyzzy|thud|hello|world|string|value|text|abc|abcd|abc123|123|1234|12345|123456|secret-value|some-value|value\d*|val|null|none|nil|undefined|empty|todo|tbd|n\/a|na|unknown|xxx|yyy|zzz|hello\d*|world\d*|foo\d*|bar\d*|baz\d*)$/i;

const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Ascending runs like `1234`, `5678`, `abcd`: made-up example data when several appear. */
function sequenceRuns(v: string): number {
  let runs = 0;
  let len = 1;
  for (let i = 1; i < v.length; i++) {
    const a = v.charCodeAt(i - 1);
    const b = v.charCodeAt(i);
    if (b === a + 1 && isAsciiAlnum(a) && isAsciiAlnum(b)) {
      len++;
      if (len === 4) runs++;
    } else len = 1;
  }
  return runs;
}

/** One character (code point) makes up 80% or more of `v`'s length. */
function mostlyOneChar(v: string): boolean {
  // A character that common is the majority: one vote pass finds the only candidate (no counting
  // map per value: the classifier sees every value of every manifest), a second pass counts it.
  let candidate = -1;
  let votes = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.codePointAt(i)!;
    if (c > 0xffff) i++;
    if (votes === 0) candidate = c;
    votes += c === candidate ? 1 : -1;
  }
  let count = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.codePointAt(i)!;
    if (c > 0xffff) i++;
    if (c === candidate) count++;
  }
  return count / v.length >= 0.8;
}

function placeholderReason(v: string): string | undefined {
  if (passes(GUARDED.filler, v)) return 'filler';
  // `p-XXXX`, `T00000000/B00000000/XXXXXXXX`: a run of X's stands for the value (a random token has
  // a short run by chance only, and much more around it).
  // one character over and over (`000000000000000000002`, `YYYY`)
  if (v.length >= 8 && mostlyOneChar(v)) return 'filler';
  // `ghp_xxx`, `sk_live_xxx`, `pk_xxx`: a real prefix, then x's where the token goes
  if (passes(GUARDED.xxxTail, v)) return 'xxx';
  if (passes(GUARDED.longXxxRun, v) || (passes(GUARDED.xxxRun, v) && v.replace(/[xX]{4,}/g, '').replace(/[^A-Za-z0-9]/g, '').length < 20)) return 'xxx';
  // (`<salt>` beside `<iteration count>` is a placeholder too; only a closing or self-closing tag makes it markup)
  if (passes(GUARDED.wholeAngle, v) || (passes(GUARDED.angleTag, v) && !/<\/[a-z]|<[a-z]+\s*\/>/i.test(v))) return 'angle brackets';
  // `**SOPS**`, `hvs.*******`: a value shown masked
  if (passes(GUARDED.masked, v)) return 'masked';
  if (PLACEHOLDER_TEXT.test(v)) return 'placeholder text';
  if (passes(GUARDED.instruction, v)) return 'instruction';
  if (passes(GUARDED.articleWords, v) && !/\d{3,}/.test(v)) return 'descriptive words';
  if (passes(GUARDED.screamingSnake, v) && v.length <= 64) return 'substitution variable';
  if (/\s/.test(v.trim()) && v.trim().split(/\s+/).length >= 3 && !/[=:]/.test(v)) return 'prose';
  return undefined;
}

function dummyReason(v: string): string | undefined {
  if (DUMMY_WORD.test(v)) return 'dummy word';
  // `{"foo":"bar"}`, `foo=bar`, `foo:bar`: only dummy words and punctuation
  const words = v.split(/[^A-Za-z0-9]+/).filter(Boolean);
  if (words.length > 0 && words.length <= 8 && words.every((w) => DUMMY_WORD.test(w))) return 'dummy words';
  if (sequenceRuns(v) >= 2) return 'sequence filler';
  // `aabbccddeeff00112233`: each character of a run typed twice
  if (v.length >= 12 && v[0] === v[1] && /^(?:(.)\1)+$/.test(v) && sequenceRuns(v.replace(/(.)\1/g, '$1')) >= 2) return 'sequence filler';
  // `key-a`, `secret-1`, `token_b`: a credential word numbered for an example
  if (passes(GUARDED.numberedExample, v)) return 'numbered example';
  if (passes(GUARDED.fakeUuid, v) && !/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(v)) return 'malformed example id';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// PEM

const PEM_PRIVATE = /-----BEGIN ((?:[A-Z0-9]+ ){0,3})PRIVATE KEY(?: BLOCK)?-----([\s\S]*?)(?:-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|$)/;

/**
 * A private-key block whose body cannot be a key: elided (`...`, `<your-key>`), or too short
 * (the smallest real one, an Ed25519 PKCS#8 key, has 64 base64 characters).
 */
export function truncatedPem(v: string): string | undefined {
  const m = PEM_PRIVATE.exec(v);
  if (!m) return undefined;
  const body = m[2]!.replace(/\\[nrt]/g, '\n');
  if (/\u2026|<[^<>\n]{1,80}>|\bx{8,}\b|X{8,}/.test(body)) return 'elided private key';
  const lines = body.split('\n').filter((l) => !/^\s*[\w-]+:/.test(l)); // Proc-Type:, DEK-Info:, Comment:
  // Base64 has no dots: `...`, `. . .` or `[...]` in the body stands for the lines left out.
  if (lines.some((l) => /\.\s*\.\s*\./.test(l))) return 'elided private key';
  const b64 = lines.join('').replace(/[^A-Za-z0-9+/=]/g, '');
  if (b64.length < 60) return 'too short to be a key';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// URLs

const URL_RE = /\b([a-z][a-z0-9+.-]{1,20}):\/\/([^\s/?#@'"`]*@)?([^\s/?#'"`]+)([^\s'"`]*)/gi;
const WEBHOOK_HOSTS: { host: RegExp; path: RegExp }[] = [
  { host: /^hooks\.slack\.com$/i, path: /^\/(?:services|workflows|triggers)\/[A-Z0-9]+\/[A-Za-z0-9]+\/[A-Za-z0-9]{8,}/ },
  { host: /(?:^|\.)webhook\.office\.com$|^outlook\.office(?:365)?\.com$/i, path: /^\/webhook(?:b2)?\/[\w@-]{20,}/i },
  { host: /(?:^|\.)logic\.azure\.com(?::\d+)?$|(?:^|\.)environment\.api\.powerplatform\.com/i, path: /sig=[\w%-]{20,}/ },
  { host: /^(?:ptb\.|canary\.)?discord(?:app)?\.com$/i, path: /^\/api\/webhooks\/\d{10,}\/[\w-]{30,}/ },
  { host: /^chat\.googleapis\.com$/i, path: /[?&]token=[\w%-]{20,}/ },
];
const TOKEN_QUERY = /[?&](?:access_token|token|api_key|apikey|key|sig|signature|x-amz-signature|auth|password|secret)=([^&#\s]{16,})/i;

/**
 * A URL that is itself the credential, not a reference to one: Slack, Teams, Discord and other
 * webhooks, a `/hooks/` path with a token, a token in the query, or a password in the userinfo.
 * Placeholders inside (`XXXX`, `${TOKEN}`, `user:pass`) do not count.
 */
export function isCredentialUrl(value: string): boolean {
  return credentialUrlReason(value) !== undefined;
}

export function credentialUrlReason(value: string): string | undefined {
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(value); m; m = URL_RE.exec(value)) {
    const [, , userinfo, host, rest] = m;
    if (userinfo) {
      const colon = userinfo.indexOf(':');
      if (colon >= 0) {
        const user = userinfo.slice(0, colon);
        const pass = decodeURIComponentSafe(userinfo.slice(colon + 1, -1));
        if (pass && literalUrlPassword(user, pass)) return 'password in URL';
      }
    }
    const path = rest ?? '';
    if (hasTemplate(path) || placeholderReason(path.replace(/^\//, '')) === 'xxx' || /x{4,}|X{4,}|0{8,}|\.\.\.|<[^>]*>/.test(path)) continue;
    for (const w of WEBHOOK_HOSTS) if (w.host.test(host!) && w.path.test(path)) return 'webhook URL';
    if (/\/hooks\/(?:[\w-]+\/)?[A-Za-z0-9_-]{20,}/.test(path) && shannon(path.slice(path.indexOf('/hooks/') + 7)) > 3.5) return 'webhook URL';
    const q = TOKEN_QUERY.exec(path);
    if (q && !hasTemplate(q[1]!) && classifyValue(q[1]!, { where: 'content' }).credential && shannon(q[1]!) > 3.5) return 'token in URL';
  }
  return undefined;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** `user:pass`, `myacct:mypass`, `USERNAME:PERSONAL_ACCESS_TOKEN` are the docs' stand-ins. */
const URL_PLACEHOLDER_PASS = /^(?:pass|passwd|password|pwd|secret|mypass|mypassword|yourpassword|pw|p|xxx+|\*+|token|apikey|api_key|key)$/i;

function literalUrlPassword(user: string, pass: string): boolean {
  if (URL_PLACEHOLDER_PASS.test(pass)) return false;
  if (/^(?:user|username|usr|myuser|myacct|me|name)$/i.test(user) && /^(?:pass\w*|pwd|secret|my\w+)$/i.test(pass)) return false;
  const v = classifyValue(pass, { where: 'content' });
  return v.credential;
}

function hasTemplate(v: string): boolean {
  TEMPLATE_REF.lastIndex = 0;
  return TEMPLATE_REF.test(v) || SHELL_VAR.test(v) || /\$[A-Z_]{3,}/.test(v);
}

const CONNECTION_PASSWORD = /(?:^|[;?&\s])(?:password|pwd|pass|accountkey|sharedaccesskey|access[-_]?key|secret)\s*=\s*([^;&\s'"]+)/i;

// ---------------------------------------------------------------------------------------------
// The classifier

const verdict = (kind: ValueKind, reason: string, credential = false): Verdict => ({ kind, credential, reason });

/** `"x"` and `'x'` without their quotes (what `/^(['"])(.*)\1$/s` replaced by its second group). */
function unquoted(t: string): string {
  const q = t[0];
  return (q === '"' || q === "'") && t.length >= 2 && t[t.length - 1] === q ? t.slice(1, -1) : t;
}

/**
 * Classifies one value. Without context only the value's own shape counts; with a key, its name
 * decides between "any literal is a credential" (passwords, tokens) and "a setting".
 */
export function classifyValue(value: string, ctx: ValueContext = {}): Verdict {
  const v = unquoted(value.trim()).trim();
  const where = ctx.where ?? (ctx.key ? 'setting' : 'content');
  if (v === '' || v === '~' || v === 'null') return verdict('empty', 'empty');
  if (isSopsEncrypted(v) || CIPHERTEXT_GUARDS.some((g) => passes(g, v))) return verdict('encrypted', 'ciphertext');

  // A URL that is the credential wins over every "it is only a reference" reading.
  const urlReason = v.includes('://') ? credentialUrlReason(v) : undefined;
  if (urlReason) return verdict('literal', urlReason, true);

  const pem = v.includes('-----BEGIN ');
  if (pem) {
    if (passes(GUARDED.public, v) && !v.includes('PRIVATE KEY')) return verdict('public', 'public key or certificate');
    const t = truncatedPem(v);
    if (t) return verdict('truncated', t);
    if (v.includes('PRIVATE KEY')) return verdict('literal', 'private key', true);
  }
  if (passes(GUARDED.public, v)) return verdict('public', 'public key or certificate');

  // A whole file (several lines, a JSON document): its words say nothing about one value, and a
  // `${VAR}` on one line does not make the rest a reference. Callers look inside (embedded.ts).
  if (v.includes('\n') || passes(GUARDED.wholeDocument, v)) return verdict('literal', 'text', !ctx.key || where === 'content');

  if (passes(GUARDED.reference, v)) return verdict('reference', 'secret manager reference');
  if (passes(GUARDED.shellVariable, v)) return verdict('reference', 'variable');
  // `fmt.Sprintf("curl -u 'elastic:%s'", pw)`: a format verb filled in at run time
  if (passes(GUARDED.formatVerb, v)) return verdict('reference', 'format verb');
  TEMPLATE_REF.lastIndex = 0;
  if (passes(GUARDED.templateRef, v)) {
    // `postgres://orders:$(DB_PASSWORD)@db`, `Bearer ${TOKEN}`: the secret is elsewhere. What is left
    // after removing the references still counts when it holds a password of its own.
    const rest = v.replace(TEMPLATE_REF, 'REF');
    const m = CONNECTION_PASSWORD.exec(rest);
    if (m && m[1] !== 'REF' && classifyValue(m[1]!, { where: 'content' }).credential) return verdict('literal', 'password in connection string', true);
    return verdict('reference', 'template or variable');
  }
  if (passes(GUARDED.angleBrackets, v)) return verdict('placeholder', 'angle brackets');
  if (passes(GUARDED.elided, v)) return verdict('truncated', 'elided value');

  const p = placeholderReason(v);
  if (p) return verdict('placeholder', p);
  const d = dummyReason(v);
  if (d) return verdict('dummy', d);

  // Key-name settings: `adminPasswordKey: postgres-password` names the key that holds the password.
  if (ctx.key && where === 'setting' && namesAKey(ctx.key, v, ctx.siblings)) return verdict('key-name', 'names a Secret or a key');

  // base64 of a placeholder (`bXktc2VydmljZS1wcmluY2lwbGUtY2xpZW50LXNlY3JldAo=`) is a placeholder.
  if (v.length >= 8 && /^[A-Za-z0-9+/]+={0,2}$/.test(v) && v.length % 4 === 0) {
    const text = printableText(decodeBase64(v) ?? Buffer.alloc(0));
    if (text && text.trim() && /[a-z]/i.test(text) && text !== v) {
      const inner = classifyValue(text.trim(), { where: 'content' });
      // (Prose is not enough here: Kubernetes' own example AES key is base64 of a sentence.)
      if (['placeholder', 'dummy', 'reference', 'truncated'].includes(inner.kind) && inner.reason !== 'prose') return verdict(inner.kind, `base64 of ${inner.reason}`);
    }
  }

  // A password hash (htpasswd, bcrypt, crypt) is what a server stores, not what a client presents.
  // (PostgreSQL stores `md5` + 32 hex digits or a SCRAM-SHA-256 verifier in pg_authid and pgpass-style role lists.)
  if (passes(GUARDED.postgresHash, v)) return verdict('setting', 'password hash');
  if (passes(GUARDED.passwordHash, v)) return verdict('setting', 'password hash');
  if (where === 'setting' && passes(GUARDED.flag, v)) return verdict('setting', 'command-line flag');
  if (where === 'setting' && passes(GUARDED.fileName, v)) return verdict('setting', 'file name');
  if (where === 'setting' && passes(GUARDED.filePath, v) && v.length > 1) return verdict('reference', 'file path');

  if (ctx.key) {
    const role = keyRole(ctx.key);
    if (role === 'non-credential') return verdict('setting', 'non-secret setting');
    const words = keyWords(ctx.key);
    const joined = words.join('').toLowerCase();
    const connectionKey = words.some((w) => CONNECTION_WORD.test(w)) || joined.endsWith('connectionstring') || joined.endsWith('databaseurl') || joined.endsWith('dburl');
    if (connectionKey) {
      // A connection string or URL is a credential only when it carries a password.
      const m = CONNECTION_PASSWORD.exec(v);
      if (m && classifyValue(m[1]!, { where: 'content' }).credential) return verdict('literal', 'password in connection string', true);
      return verdict('setting', 'connection string without a password');
    }
    if (passes(GUARDED.boolean, v)) return verdict('setting', 'boolean');
    if (where === 'setting' && passes(GUARDED.numberOrDuration, v)) return verdict('setting', 'number or duration');
    // An access key next to a secret key (AWS, MinIO, S3 clones) is the key's public id.
    if (/access_?key$/.test(keyWords(ctx.key).join('_')) && ctx.siblings?.some((k) => /(?:secret_?(?:access_?)?key|access_?secret)$/.test(keyWords(k).join('_')))) return verdict('setting', 'access key id beside its secret key');
    if (role === 'credential' && !PASSWORD_WORD.test(lastWord(ctx.key))) {
      // `sslClientAuth: required`, `tokenAuth: bearer`: a mode, not a credential (not for passwords: `password: none` is one)
      if (ENUM_SETTING.test(v)) return verdict('setting', 'mode or option');
      // `mattermost-token: token`, `grafana-api-key: api-key`, `sampleWebhookToken: secret-token`: the name again
      const words = v.split(/[-_. ]+/);
      const flat = (x: string) => x.toLowerCase().replace(/[^a-z0-9]/g, '');
      if (words.every((w) => GENERIC_CREDENTIAL_WORD.test(w)) && (words.length > 1 || flat(ctx.key).endsWith(flat(v)))) return verdict('placeholder', 'repeats its name');
      // `accesskeysecret: accesskeysecret`: the name again, as the value
      if (v.length >= 6 && flat(v) === flat(ctx.key)) return verdict('placeholder', 'repeats its name');
      // `token: password`, `client-secret: password`: the word for another credential, not a token
      if (/^(?:password|passwd|pass|pwd)$/i.test(v)) return verdict('placeholder', 'names another credential');
    }
    if (role === 'credential') return verdict('literal', 'literal under a credential name', true);
  }
  if (passes(GUARDED.plainUrl, v)) return verdict('setting', 'URL without credentials');
  // No key (a content rule's match): the rule's pattern and entropy decided; only the shape vetoes.
  if (!ctx.key || where === 'content') return verdict('literal', 'literal', true);
  // A neutral name in a setting (`ZIPKIN`, `noProxy`, `severity`): the content rules judge its shape.
  if (where === 'setting') return verdict('literal', 'literal under a neutral name');
  // A neutral name in a Secret (`config`, `source-key`, `best-pokemon`): a credential when it looks generated.
  return verdict('literal', looksRandom(v) ? 'random-looking literal' : 'literal under a neutral name', looksRandom(v));
}

/** A value that looks generated rather than chosen: long enough, mixed, high entropy. */
export function looksRandom(v: string): boolean {
  if (v.length < 16 || /\s/.test(v)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(v)).length;
  return classes >= 2 && shannon(v) >= 3.5;
}

/** True when the value is a literal credential in this context (the yes/no most checks need). */
export function isLiteralCredential(value: string, ctx?: ValueContext): boolean {
  return classifyValue(value, ctx).credential;
}

/** Not a value to report at all: empty, encrypted, a reference, a placeholder, dummy, truncated. */
export function isNotAValue(value: string): boolean {
  const k = classifyValue(value).kind;
  return k !== 'literal' && k !== 'public' && k !== 'setting';
}
