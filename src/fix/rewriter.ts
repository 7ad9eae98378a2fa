// The contract between the fix pipeline (fix/pipeline.ts) and the two fixes (seal, external):
// a rewriter turns one plaintext Secret into the objects that replace its document.
import type { SecretModel } from './secret-model.js';

export interface RewriteContext {
  /** Repository-relative path of the file being fixed. */
  file: string;
  /** Absolute repository root (or the working directory outside git). */
  root: string;
  /** Namespace to use when the Secret has none (--namespace, else the nearest kustomization.yaml). */
  namespaceFallback?: string;
}

export interface Rewriter {
  readonly kind: 'seal' | 'external';
  /** The objects that replace the Secret, in order. Throws FixError to refuse, with the reason. */
  rewrite(secret: SecretModel, ctx: RewriteContext): Promise<Record<string, unknown>[]>;
  /** After every file: write side outputs (e.g. the values file) and return lines to print. */
  finish?(): Promise<string[]>;
  /**
   * The values went somewhere else (--merge-into's target) and the fixed files are left exactly as
   * they are, like kubeseal --merge-into leaves its input: the user removes the Secret.
   */
  readonly keepsSources?: boolean;
}
