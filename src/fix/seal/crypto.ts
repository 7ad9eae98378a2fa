// The sealed-secrets controller's hybrid encryption (pkg/crypto/crypto.go HybridEncrypt), byte for
// byte: u16be(k) || RSA-OAEP-SHA256(label)(session key) || AES-256-GCM(zero nonce, no AAD)(value) || tag.
// The zero nonce is safe only because every value gets a fresh 32-byte session key.
import { constants, createCipheriv, publicEncrypt, randomBytes, type KeyObject } from 'node:crypto';

export type Scope = 'strict' | 'namespace-wide' | 'cluster-wide';
export const SCOPES: readonly Scope[] = ['strict', 'namespace-wide', 'cluster-wide'];

const SESSION_KEY_BYTES = 32;
const ZERO_NONCE = Buffer.alloc(12);

/** The OAEP label that binds a value to where it may be unsealed (EncryptionLabel upstream). */
export function scopeLabel(scope: Scope, namespace: string | undefined, name: string | undefined): Buffer {
  switch (scope) {
    case 'cluster-wide':
      return Buffer.alloc(0);
    case 'namespace-wide':
      if (!namespace) throw new Error('namespace-wide sealing needs a namespace');
      return Buffer.from(namespace, 'utf8');
    case 'strict':
      if (!namespace || !name) throw new Error('strict sealing needs a namespace and a name');
      return Buffer.from(`${namespace}/${name}`, 'utf8');
  }
}

/** Encrypts one value; returns the raw blob. One RSA public-key operation per call. */
export function hybridEncrypt(publicKey: KeyObject, label: Buffer, value: Buffer): Buffer {
  const sessionKey = randomBytes(SESSION_KEY_BYTES);
  const wrapped = publicEncrypt(
    { key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256', oaepLabel: label },
    sessionKey,
  );
  if (wrapped.length > 0xffff) throw new Error('RSA ciphertext too long for the 16-bit length prefix');
  const prefix = Buffer.alloc(2);
  prefix.writeUInt16BE(wrapped.length, 0);
  const cipher = createCipheriv('aes-256-gcm', sessionKey, ZERO_NONCE);
  const body = Buffer.concat([cipher.update(value), cipher.final()]);
  return Buffer.concat([prefix, wrapped, body, cipher.getAuthTag()]);
}

/** A value as it goes into `spec.encryptedData` (standard padded base64). */
export function sealValue(publicKey: KeyObject, label: Buffer, value: Buffer): string {
  return hybridEncrypt(publicKey, label, value).toString('base64');
}
