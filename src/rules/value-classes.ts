// The value classes a rule selector can ask for (`select.value`): named questions to the one value
// classifier (classify.ts), so that a rule file says which values count and never how to tell.
import { classifyValue, isCredentialUrl, isSensitiveKey } from './classify.js';
import { embeddedCredential, isStructured } from './embedded.js';
import { templateHoldsLiteral } from './secret-value.js';
import { decodeBase64, printableText } from './values.js';

export interface ValueQuestion {
  value: string;
  /** The name the value sits under (its key, or the `name` of its list item). */
  name: string;
  /** How the classifier reads it: a setting (Helm values, env, store config) or a stored secret. */
  as: 'setting' | 'secret';
  /** The other names beside it (the other env names of a container). */
  siblings?: readonly string[];
}

export interface ValueClass {
  description: string;
  test: (q: ValueQuestion) => boolean;
}

export const VALUE_CLASSES: Record<string, ValueClass> = {
  credential: {
    description: 'the classifier says it is a literal credential under its name (placeholders, references, key names and settings are not)',
    test: (q) => classifyValue(q.value, { key: q.name, where: q.as, siblings: q.siblings }).credential,
  },
  present: {
    description: 'any value that is there: not empty, not a reference, not a placeholder (the place alone makes it a secret)',
    test: (q) => !['empty', 'reference', 'placeholder'].includes(classifyValue(q.value).kind),
  },
  'template-literal': {
    description: 'a template (`{{ .password }}` belongs there) with a literal credential alone or around its references',
    test: (q) => templateHoldsLiteral(q.name, q.value),
  },
  'config-credential': {
    description: 'a credential, a file holding one (config.yaml, JSON), or base64 of user:password or of a credential URL under an auth name',
    test: (q) =>
      isStructured(q.value)
        ? embeddedCredential(q.value) !== undefined
        : classifyValue(q.value, { key: q.name, where: q.as, siblings: q.siblings }).credential ||
          ((isSensitiveKey(q.name) || /auth|cred/i.test(q.name)) && decodedCredential(q.value)),
  },
};

/** Base64 of "user:password" or of a URL with userinfo, as planted in ConfigMaps. */
function decodedCredential(v: string): boolean {
  const bytes = v.length >= 12 ? decodeBase64(v) : undefined;
  const text = bytes && printableText(bytes);
  if (!text) return false;
  if (isCredentialUrl(text)) return true;
  const m = /^([^\s:]{1,64}):([^\s]{6,})$/.exec(text);
  return !!m && classifyValue(m[2]!, { key: 'password', where: 'setting' }).credential;
}
