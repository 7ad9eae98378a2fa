// Where the sealing certificate comes from: --cert (path, file:// or http(s):// URL), else seal.cert
// of .sealgate.yaml, else $SEALED_SECRETS_CERT, else (like kubeseal) the controller of the current
// kube context through the API server's service proxy (--controller-name / --controller-namespace,
// --kubeconfig, --context; $SEALED_SECRETS_CONTROLLER_NAME / _NAMESPACE as kubeseal's flag variables).
import { parseCertificate, readCertBytes, resolveCertSpec, type SealingCert } from './certificate.js';
import { ControllerClient, DEFAULT_CONTROLLER } from './controller.js';
import { loadKubeTarget, type KubeTarget } from './kubeconfig.js';

export interface ClusterOptions {
  controllerName?: string;
  controllerNamespace?: string;
  kubeconfig?: string;
  context?: string;
  env: Record<string, string | undefined>;
  cwd: string;
}

export interface CertOptions extends ClusterOptions {
  cert?: string;
  configCert?: string;
  configFile?: string;
}

/** The explicit certificate, if any: flag, config (relative to the config's folder), environment. */
export function explicitCert(o: CertOptions): { spec: string; base: string } | undefined {
  return resolveCertSpec({ flag: o.cert, configCert: o.configCert, configFile: o.configFile, env: o.env, cwd: o.cwd });
}

export function kubeTarget(o: ClusterOptions): KubeTarget {
  return loadKubeTarget({ kubeconfig: o.kubeconfig, context: o.context, env: o.env, cwd: o.cwd });
}

export function controllerClient(o: ClusterOptions, target: KubeTarget = kubeTarget(o)): ControllerClient {
  return new ControllerClient(target, {
    name: o.controllerName ?? o.env.SEALED_SECRETS_CONTROLLER_NAME ?? DEFAULT_CONTROLLER.name,
    namespace: o.controllerNamespace ?? o.env.SEALED_SECRETS_CONTROLLER_NAMESPACE ?? DEFAULT_CONTROLLER.namespace,
  });
}

/** The certificate's bytes as given or served, checked (what --fetch-cert prints), and the parsed form. */
export async function certificate(o: CertOptions): Promise<{ bytes: Buffer; cert: SealingCert }> {
  const spec = explicitCert(o);
  if (spec) {
    const bytes = await readCertBytes(spec.spec, spec.base);
    return { bytes, cert: parseCertificate(bytes, spec.spec) };
  }
  const client = controllerClient(o);
  const bytes = await client.fetchCert();
  return { bytes, cert: parseCertificate(bytes, client.describe()) };
}

/** The parsed, checked certificate to seal with. */
export async function sealingCertificate(o: CertOptions): Promise<SealingCert> {
  return (await certificate(o)).cert;
}
