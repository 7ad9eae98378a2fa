// Which commits an Action run scans, decided from the event payload at GITHUB_EVENT_PATH and the
// mode/base/head inputs. Plain logic: no git, no @actions/core, so every event shape is unit-tested.
import { UsageError } from '../errors.js';

export type Mode = 'auto' | 'range' | 'audit';
export const MODES: readonly Mode[] = ['auto', 'range', 'audit'];

/**
 * - range: every commit in base..head (head not on base).
 * - branch: a pushed new branch: the commits of head that are not on the default branch.
 * - audit: the whole history (workflow_dispatch, schedule, mode: audit).
 * - none: nothing to scan (a deleted branch).
 */
export type Target =
  | {
      kind: 'range';
      base: string;
      head: string;
      why: string;
      /** Commits the event says the range holds. */
      commits?: number;
      /** A forced push: when `before` is gone from the remote, scan what is not on this branch instead. */
      orNotOn?: string;
      /**
       * pull_request, pull_request_target, merge_group: the base commit, whose configuration, baseline
       * and custom rules the run obeys (the head is the untrusted proposal being checked).
       */
      trustedBase?: string;
    }
  | { kind: 'branch'; head: string; ref?: string; defaultBranch: string; why: string }
  | { kind: 'audit'; why: string }
  | { kind: 'none'; why: string };

export interface TargetInputs {
  eventName: string;
  /** The parsed payload, or undefined when GITHUB_EVENT_PATH is unset. */
  payload: unknown;
  /** Where the payload came from, to name it in error messages. */
  eventPath?: string;
  mode: Mode;
  base?: string;
  head?: string;
}

const ZERO = /^0+$/;
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

export function resolveTarget(input: TargetInputs): Target {
  const { eventName, mode } = input;
  const base = input.base ? checkRevision(input.base, 'base') : undefined;
  const head = input.head ? checkRevision(input.head, 'head') : undefined;

  if (mode === 'audit') return { kind: 'audit', why: 'mode: audit' };
  if (base && head) return { kind: 'range', base, head, why: 'the base and head inputs' };

  const fromEvent = eventTarget(input);
  if (fromEvent.kind === 'audit') {
    if (mode === 'range' || base || head) {
      throw new UsageError(
        `sealgate: a ${eventName} event has no commit range: give both the base and head inputs, or use mode: audit`,
      );
    }
    return fromEvent;
  }
  // One override alone replaces its end of the event's range.
  if (fromEvent.kind === 'range' && (base || head)) {
    return { ...fromEvent, base: base ?? fromEvent.base, head: head ?? fromEvent.head, why: `${fromEvent.why} with the ${base ? 'base' : 'head'} input` };
  }
  if (fromEvent.kind === 'branch' && base) return { kind: 'range', base, head: head ?? fromEvent.head, why: 'push with the base input' };
  if (fromEvent.kind === 'branch' && head) return { ...fromEvent, head };
  return fromEvent;
}

function eventTarget(input: TargetInputs): Target {
  const { eventName } = input;
  switch (eventName) {
    case 'workflow_dispatch':
    case 'schedule':
      return { kind: 'audit', why: eventName };
    case 'pull_request':
    case 'pull_request_target': {
      const p = payloadOf(input);
      const pr = p.pull_request as Record<string, any> | undefined;
      const base = sha(input, pr?.base?.sha, 'pull_request.base.sha');
      const head = sha(input, pr?.head?.sha, 'pull_request.head.sha');
      const commits = typeof pr?.commits === 'number' ? pr.commits : undefined;
      const number = typeof pr?.number === 'number' ? ` #${pr.number}` : '';
      return { kind: 'range', base, head, commits, why: `${eventName}${number}`, trustedBase: base };
    }
    case 'merge_group': {
      const mg = payloadOf(input).merge_group as Record<string, any> | undefined;
      const base = sha(input, mg?.base_sha, 'merge_group.base_sha');
      return { kind: 'range', base, head: sha(input, mg?.head_sha, 'merge_group.head_sha'), why: 'merge_group', trustedBase: base };
    }
    case 'push': {
      const p = payloadOf(input);
      const after = sha(input, p.after, 'after', true);
      const ref = typeof p.ref === 'string' ? p.ref : undefined;
      if (ZERO.test(after) || p.deleted === true) return { kind: 'none', why: `push deleting ${ref ?? 'a ref'}` };
      const before = sha(input, p.before, 'before', true);
      if (ZERO.test(before)) {
        const def = (p.repository as Record<string, any> | undefined)?.default_branch;
        if (typeof def !== 'string' || def === '') {
          throw new UsageError(`${input.eventPath ?? 'the push event'}: a new branch push without repository.default_branch`);
        }
        return { kind: 'branch', head: after, ref, defaultBranch: def, why: `push of the new ${ref ?? 'branch'}` };
      }
      const def = (p.repository as Record<string, any> | undefined)?.default_branch;
      const orNotOn = p.forced === true && typeof def === 'string' && def !== '' ? def : undefined;
      return { kind: 'range', base: before, head: after, why: `push to ${ref ?? 'a branch'}`, ...(orNotOn ? { orNotOn } : {}) };
    }
    default:
      throw new UsageError(
        `sealgate: the ${eventName || 'unknown'} event has no commit range: give both the base and head inputs, or use mode: audit`,
      );
  }
}

function payloadOf(input: TargetInputs): Record<string, unknown> {
  if (!input.payload || typeof input.payload !== 'object') {
    throw new UsageError(`sealgate: the ${input.eventName} event needs its payload, but GITHUB_EVENT_PATH ${input.eventPath ? `(${input.eventPath}) holds no JSON object` : 'is not set'}`);
  }
  return input.payload as Record<string, unknown>;
}

function sha(input: TargetInputs, value: unknown, field: string, zeroOk = false): string {
  if (typeof value === 'string' && (SHA.test(value) || (zeroOk && ZERO.test(value)))) return value;
  throw new UsageError(`${input.eventPath ?? 'the event payload'}: ${input.eventName} event without a valid ${field}`);
}

/**
 * base/head inputs reach git as arguments: refuse what git would read as an option or a range, so an
 * input can only ever name one revision.
 */
export function checkRevision(rev: string, name: string): string {
  const r = rev.trim();
  if (!/^[A-Za-z0-9_][A-Za-z0-9._/-]*(?:[~^]\d*)*$/.test(r) || r.includes('..')) {
    throw new UsageError(`sealgate: the ${name} input must name one commit (a sha, branch or tag), got '${r.slice(0, 80)}'`);
  }
  return r;
}

/** Mode input, validated. */
export function parseMode(value: string): Mode {
  const v = (value || 'auto').trim();
  if (!(MODES as readonly string[]).includes(v)) {
    throw new UsageError(`sealgate: the mode input must be one of ${MODES.join(', ')} (got '${v.slice(0, 40)}')`);
  }
  return v as Mode;
}
