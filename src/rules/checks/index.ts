// The manifest rules written in code, each under its rule's id (rules/<id>.yaml says `check: <id>`).
// Every other manifest rule is a selector in its YAML (src/rules/select.ts); a rule lands here only
// when a selector cannot say it, and its file's opening comment says why.
import type { Check } from './context.js';
import { k8sSecretPlaintext } from './k8s-secret-plaintext.js';
import { sopsUnencryptedValue } from './sops-unencrypted-value.js';
import { helmValuesCredential } from './helm-values-credential.js';
import { lastAppliedSecret } from './last-applied-secret.js';
import { dockerConfigAuth } from './docker-config-auth.js';
import { kustomizeSecretGenerator } from './kustomize-secret-generator.js';

export const CHECKS: Record<string, Check> = {
  'k8s-secret-plaintext': k8sSecretPlaintext,
  'sops-unencrypted-value': sopsUnencryptedValue,
  'helm-values-credential': helmValuesCredential,
  'last-applied-secret': lastAppliedSecret,
  'docker-config-auth': dockerConfigAuth,
  'kustomize-secret-generator': kustomizeSecretGenerator,
};
