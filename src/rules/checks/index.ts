// Registry of manifest checks: rule files name them with `check:`.
import type { Check } from './context.js';
import { k8sSecretPlaintext, sealedSecretsMasterKey, sopsUnencryptedValue, sealedSecretTemplateLiteral } from './secret.js';
import { workloadEnvCredential, configMapCredential, helmValuesCredential, lastAppliedSecret } from './workload.js';
import {
  kubeconfigCredential, dockerConfigAuth, etcdEncryptionKey, kustomizeSecretGenerator, esoDeprecatedApi,
  secretStoreLiteralCredential, externalSecretTemplateLiteral,
} from './config.js';

export const CHECKS: Record<string, Check> = {
  'k8s-secret': k8sSecretPlaintext,
  'sealed-secrets-key': sealedSecretsMasterKey,
  'sops-unencrypted': sopsUnencryptedValue,
  'sealedsecret-template': sealedSecretTemplateLiteral,
  'workload-env': workloadEnvCredential,
  configmap: configMapCredential,
  'helm-values': helmValuesCredential,
  'last-applied': lastAppliedSecret,
  kubeconfig: kubeconfigCredential,
  'docker-config': dockerConfigAuth,
  'etcd-encryption': etcdEncryptionKey,
  kustomize: kustomizeSecretGenerator,
  'eso-deprecated': esoDeprecatedApi,
  'secretstore-literal': secretStoreLiteralCredential,
  'externalsecret-template': externalSecretTemplateLiteral,
};
