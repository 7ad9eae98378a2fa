// Shapes of a Secret that other rules own: a SOPS-encrypted file and a sealed-secrets key backup are
// reported by their own rules, not as a plaintext Secret.
import { get, type ObjectContext } from './context.js';

const SEALED_KEY_LABEL = 'sealedsecrets.bitnami.com/sealed-secrets-key';

/** The object carries SOPS metadata (a `sops:` block with `mac` and `version`). */
export function hasSopsBlock(obj: ObjectContext): boolean {
  const sops = get(obj.node, 'sops');
  return sops?.type === 'map' && !!get(sops, 'mac') && !!get(sops, 'version');
}

/** The sealed-secrets controller's key (rules/sealed-secrets-master-key.yaml selects the same shape). */
export function isSealedKeyBackup(obj: ObjectContext): boolean {
  const labels = get(obj.node, 'metadata', 'labels');
  return !!get(labels, SEALED_KEY_LABEL) && !!get(obj.node, 'data', 'tls.key');
}
