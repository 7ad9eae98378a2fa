// The words values are made of, when a value is made of words: `newRootPassword123`, `mytoken`,
// `s3cr3t`, `access_secret2`: the generic rules' judgement of values that describe themselves
// (assigned-literal.ts). Manifests do not use it: there a weak `test` or `fake_password` in a Secret or
// env still works as the password of what is deployed, and blocks.

/** Words that say what a value is for; a value made only of them describes itself. */
export const CREDENTIAL_WORDS = new Set(
  'password passwd pass pwd pw passphrase secret secrets token tokens key keys apikey api auth credential credentials creds cred code pin otp bearer jwt access private session client'.split(' '),
);
/** Words of made-up data. */
export const DUMMY_WORDS = new Set(
  'test tests testing tester fake mock mocked dummy sample example examples value values val foo bar baz qux expected placeholder redacted changeme change replace string text data content'.split(' '),
);
/** Words that qualify a credential word (`newRootPassword`, `prod-pass`, `default-token`). */
const QUALIFIER_WORDS = new Set(
  'admin administrator root user users username my your our the some new old default initial temp tmp random strong secure super app db database service svc server prod production dev development stage staging local demo another other updated original first second third primary secondary main master read write only all any none wrong bad invalid valid good correct incorrect'.split(' '),
);
const VOCABULARY = [...CREDENTIAL_WORDS, ...DUMMY_WORDS, ...QUALIFIER_WORDS];

/** Leetspeak inside a word (`s3cr3t`, `P@ssw0rd`) read as letters. */
function unleet(v: string): string {
  const map: Record<string, string> = { '0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
  return v.replace(/(?<=[A-Za-z])[013457@$](?=[A-Za-z])/g, (c) => map[c]!);
}

const VOCABULARY_SET = new Set(VOCABULARY.filter((w) => w.length >= 2));
const LONGEST = Math.max(...[...VOCABULARY_SET].map((w) => w.length));

/** Splits a run of letters into vocabulary words (`mytoken` -> my + token), or undefined. */
export function segment(word: string): string[] | undefined {
  if (word.length > 64) return undefined;
  const best: (string[] | undefined)[] = [[]];
  for (let i = 1; i <= word.length; i++) {
    for (let n = Math.min(LONGEST, i); n >= 2; n--) {
      const prev = best[i - n];
      if (prev && VOCABULARY_SET.has(word.slice(i - n, i))) {
        best[i] = [...prev, word.slice(i - n, i)];
        break;
      }
    }
  }
  return best[word.length];
}

export function words(v: string): string[] {
  return unleet(v)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

/**
 * `newRootPassword123`, `access_secret2`, `cluster-pass`, `mytoken`, `test-token`, `E2eAdminPassw0rd!23`:
 * the value names what it stands for. Digits and short fragments do not change that.
 */
export function describesItself(v: string): boolean {
  return wordsDescribe(v) || lettersDescribe(v);
}

/** A word that says "credential" or "made up"; two-letter ones (`pw`, `db`) are too easily found by chance. */
const telling = (p: string) => p.length >= 3 && (CREDENTIAL_WORDS.has(p) || DUMMY_WORDS.has(p));

function wordsDescribe(v: string): boolean {
  let hit = false;
  let known = 0;
  let total = 0;
  for (const w of words(v)) {
    total += w.length;
    const parts = CREDENTIAL_WORDS.has(w) || DUMMY_WORDS.has(w) || QUALIFIER_WORDS.has(w) ? [w] : segment(w);
    if (!parts) {
      if (w.length >= 4) return false;
      continue;
    }
    known += w.length;
    // inside one longer word split whole (`somepw`, `mypw`), a two-letter credential word counts too
    if (parts.some(telling) || (w.length >= 5 && parts.length > 1 && parts.some((p) => CREDENTIAL_WORDS.has(p)))) hit = true;
  }
  // Most of the letters must be words: `w4YPwYddKtOU` holds `pw` by chance, not by meaning.
  return hit && known * 3 >= total * 2;
}

/** `acc<ess_&ke.,y`, `RE\/DACTED==`: the letters alone, once the punctuation is taken out. */
function lettersDescribe(v: string): boolean {
  const letters = unleet(v).replace(/[^A-Za-z]/g, '').toLowerCase();
  const parts = letters.length >= 4 ? segment(letters) : undefined;
  if (!parts?.some(telling)) return false;
  // a random run of letters splits into two-letter words now and then; real words are longer
  const short = parts.filter((p) => p.length <= 2).reduce((n, p) => n + p.length, 0);
  return short * 3 < letters.length;
}
