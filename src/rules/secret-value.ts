// What one value meant to be secret is: a Secret's data value, a template's data value. Built on the
// one classifier (classify.ts) and on what a value that is a whole file holds (embedded.ts).
import { decodeBase64, printableText } from './values.js';
import { classifyValue, keyRole, type Verdict } from './classify.js';
import { embeddedCredential, isStructured } from './embedded.js';

/**
 * What one value of a Secret is: a credential (blocks on its key's line), configuration (counts
 * towards "this Secret holds only configuration"), or nothing to report (placeholder, reference).
 */
export function secretValueVerdict(key: string, text: string | undefined, siblings?: readonly string[]): Verdict {
  if (text === undefined) {
    // Binary data (a keystore, a DER key) is a credential unless the key plainly names something else.
    return keyRole(key) === 'non-credential'
      ? { kind: 'setting', credential: false, reason: 'binary data under a non-secret name' }
      : { kind: 'literal', credential: true, reason: 'binary data' };
  }
  const value = text.trim();
  // base64 inside stringData (1Password credentials files): judge what it encodes
  const decoded = /^[A-Za-z0-9+/\r\n]{24,}={0,2}$/.test(value) ? printableText(decodeBase64(value) ?? Buffer.alloc(0)) : undefined;
  const inner = decoded && isStructured(decoded) ? decoded : value;
  if (isStructured(inner)) {
    // A file under the key (`config.yaml`, `credentials.json`): what it holds decides, not its name.
    const reason = embeddedCredential(inner);
    return reason
      ? { kind: 'literal', credential: true, reason }
      : { kind: 'setting', credential: false, reason: 'configuration without a credential' };
  }
  const v = classifyValue(value, { key, where: 'secret', siblings });
  if (v.credential) return v;
  // A neutral name over a value that is neither placeholder nor reference: a credential when it is
  // a URL or a string carrying one, configuration otherwise.
  if (v.kind === 'literal' && embeddedCredential(value)) return { ...v, credential: true };
  return v;
}

/**
 * A template value (SealedSecret/ExternalSecret `template.data`) is rendered as is: `{{ .password }}`
 * belongs there, a literal password (alone or around the references) does not.
 */
export function templateHoldsLiteral(key: string, value: string): boolean {
  const rest = value.replace(/\{\{.*?\}\}/gs, ' ').trim();
  if (!rest) return false;
  if (isStructured(rest) || /[:=]/.test(rest)) return embeddedCredential(value.replace(/\{\{.*?\}\}/gs, '{{ref}}')) !== undefined;
  return secretValueVerdict(key, rest).credential;
}
