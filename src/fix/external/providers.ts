// Where a Secret's values live in each backend: the name to create there and the `remoteRef.key`
// ESO reads it with. Names come from the key template, then follow each backend's naming rules
// (shared/docs/manifest-shapes.md section 2), so the emitted key is one the backend accepts.
import { createHash } from 'node:crypto';
import { FixError, UsageError } from '../../errors.js';

export const PROVIDERS = ['vault', 'aws', 'gcp', 'azure'] as const;
export type Provider = (typeof PROVIDERS)[number];

export const DEFAULT_PREFIX = 'k8s';
export const DEFAULT_KEY_TEMPLATE = '{prefix}/{namespace}/{name}';

const PLACEHOLDER = /\{([^{}]*)\}/g;
const KNOWN = new Set(['prefix', 'namespace', 'name']);

/** Human name used in printed hints. */
export const PROVIDER_LABEL: Record<Provider, string> = {
  vault: 'Vault KV',
  aws: 'AWS Secrets Manager',
  gcp: 'GCP Secret Manager',
  azure: 'Azure Key Vault',
};

export interface RemoteName {
  /** The secret's name in the backend: Vault path below the mount, AWS name, GCP secret ID, Azure secret name. */
  name: string;
  /** What ExternalSecret `remoteRef.key` and PushSecret `remoteKey` say (Azure adds the `secret/` object type). */
  key: string;
}

export interface NameInput {
  name: string;
  namespace?: string;
  /** Undefined: the provider's default (k8s for paths, nothing for flattened names). */
  prefix?: string;
  /** Undefined: the provider's default template. */
  template?: string;
}

/** Rejects a template with unknown placeholders or without {name} (every Secret would share one key). */
export function validateKeyTemplate(template: string): void {
  if (template.trim() === '') throw new UsageError('--key-template must not be empty');
  const names = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
  const unknown = names.filter((n) => !KNOWN.has(n));
  if (unknown.length > 0) {
    throw new UsageError(`--key-template: unknown placeholder {${unknown[0]}} (use {prefix}, {namespace}, {name})`);
  }
  if (!names.includes('name')) throw new UsageError(`--key-template must contain {name}, or every Secret would share one key`);
  if (/[{}]/.test(template.replace(PLACEHOLDER, ''))) throw new UsageError('--key-template has an unmatched { or }');
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Kubernetes would refuse these anyway; checking here keeps `..` and `/` out of backend paths. */
function checkKubernetesNames(input: NameInput): void {
  if (input.name.length > 253 || !DNS_SUBDOMAIN.test(input.name)) {
    throw new FixError(`metadata.name '${input.name}' is not a valid Kubernetes name`);
  }
  if (input.namespace !== undefined && (input.namespace.length > 63 || !DNS_LABEL.test(input.namespace))) {
    throw new FixError(`metadata.namespace '${input.namespace}' is not a valid Kubernetes namespace`);
  }
}

function render(input: NameInput, template: string, prefix: string): string[] {
  const text = template.replace(PLACEHOLDER, (_, field: string) => {
    if (field === 'namespace') {
      if (input.namespace === undefined) {
        throw new FixError(
          `Secret '${input.name}' has no namespace and the key template needs one; set metadata.namespace or pass --namespace`,
        );
      }
      return input.namespace;
    }
    return field === 'prefix' ? prefix : input.name;
  });
  // Empty segments come from an empty prefix or doubled slashes; backends would keep them literally.
  const segments = text.split('/').filter((s) => s !== '');
  for (const s of segments) {
    if (s === '.' || s === '..') throw new FixError(`remote key '${text}' has a '${s}' segment; change --key-template or --prefix`);
  }
  if (segments.length === 0) throw new FixError(`the key template renders an empty remote key for Secret '${input.name}'`);
  return segments;
}

/** Keeps a name within `max` characters; a hash of the full name keeps shortened names distinct. */
function fit(name: string, max: number, full: string): string {
  if (name.length <= max) return name;
  const hash = createHash('sha256').update(full).digest('hex').slice(0, 8);
  return `${name.slice(0, max - 9).replace(/[-_]+$/, '')}-${hash}`;
}

/** The backend name and remote key of one Secret. Throws FixError when no valid name can be derived. */
export function remoteName(provider: Provider, input: NameInput): RemoteName {
  checkKubernetesNames(input);
  const flat = provider === 'gcp' || provider === 'azure';
  // Flattened names default to namespace--name (section 5): a prefix there only adds length.
  const template = input.template ?? (flat && input.prefix === undefined ? '{namespace}/{name}' : DEFAULT_KEY_TEMPLATE);
  const segments = render(input, template, input.prefix ?? DEFAULT_PREFIX);
  const path = segments.join('/');

  switch (provider) {
    case 'vault': {
      // ESO inserts `data/` for KV v2 and strips a leading mount; a first segment `data` would be misread.
      if (segments[0] === 'data') throw new FixError(`Vault key '${path}' starts with 'data/', which ESO would misread; set --prefix`);
      if (!/^[A-Za-z0-9._@=+:,~-]+(\/[A-Za-z0-9._@=+:,~-]+)*$/.test(path)) {
        throw new FixError(`Vault key '${path}' has characters Vault paths do not take; change --key-template or --prefix`);
      }
      return { name: path, key: path };
    }
    case 'aws': {
      if (!/^[A-Za-z0-9/_+=.@-]+$/.test(path)) {
        throw new FixError(`AWS secret name '${path}' has characters Secrets Manager refuses (allowed: letters, digits, /_+=.@-)`);
      }
      if (path.length > 512) throw new FixError(`AWS secret name '${path.slice(0, 40)}...' is longer than 512 characters`);
      return { name: path, key: path };
    }
    case 'gcp': {
      // Secret IDs: letters, digits, _ and -, at most 255.
      const id = segments.map((s) => s.replace(/[^A-Za-z0-9_-]/g, '_')).join('--');
      const name = fit(id, 255, path);
      return { name, key: name };
    }
    case 'azure': {
      // Key Vault object names: ^[0-9a-zA-Z-]{1,127}$.
      const id = segments.map((s) => s.replace(/[^A-Za-z0-9-]/g, '-')).join('--');
      const name = fit(id, 127, path);
      return { name, key: `secret/${name}` };
    }
  }
}
