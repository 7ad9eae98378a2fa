// SARIF 2.1.0 for code scanning (validated against the official schema in the tests): the one SARIF
// writer. A scan reports findings; the audit reports one result per distinct secret, where it is
// live or where it came in, with its status, introducing commit and occurrences as properties.
import type { Finding, Severity } from '../types.js';
import type { Rule } from '../rules/types.js';
import type { AuditReport } from './audit-model.js';
import { createHash } from 'node:crypto';
import { VERSION } from '../version.js';
import { fixCommands, type FixTarget } from './command.js';
import { rotationLink } from '../rules/rotation.js';

const LEVEL = { error: 'error', warning: 'warning', note: 'note' } as const;

/** What a result needs, whichever report it comes from. */
interface SarifItem {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  region: { startLine: number; startColumn: number; endLine?: number; endColumn?: number };
  fingerprint: string;
  properties: Record<string, unknown>;
}

interface RuleInfo {
  description: string;
  severity?: Severity;
  /** The provider's page on revoking or rotating the credential the rule recognises. */
  helpUri?: string;
}

interface RunInfo {
  rule(id: string): RuleInfo;
  /** List the rules by id (else in the order results use them). */
  sortRules?: boolean;
  properties?: Record<string, unknown>;
  version?: string;
  /** Problems that kept the run from seeing everything (an incomplete audit): SARIF's invocation says so. */
  incomplete?: string[];
}

/**
 * SARIF is uploaded (code scanning), so its fingerprint holds no hash of the value at all: the rule,
 * the file and the resource (Secret, namespace, key) or, for a content finding, the line. Stable
 * across runs and machines, and nothing a guesser can test a value against.
 */
function placeHash(i: SarifItem): string {
  const where = i.properties.resource ?? { line: i.region.startLine };
  return createHash('sha256').update(`${i.ruleId}\0${i.file}\0${JSON.stringify(where)}`).digest('hex').slice(0, 16);
}

function writeSarif(items: SarifItem[], run: RunInfo): string {
  const version = run.version ?? VERSION;
  const used = [...new Set(items.map((i) => i.ruleId))];
  if (run.sortRules) used.sort();
  const index = new Map(used.map((id, i) => [id, i]));
  const driverRules = used.map((id) => {
    const r = run.rule(id);
    return {
      id,
      name: id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
      shortDescription: { text: r.description },
      fullDescription: { text: r.description },
      defaultConfiguration: { level: LEVEL[r.severity ?? 'error'] },
      help: { text: `${r.description}. Move the value out of Git (sealgate fix) and rotate it if it was ever committed: a committed value stays in history.${r.helpUri ? ` How to rotate it: ${r.helpUri}` : ''}` },
      ...(r.helpUri ? { helpUri: r.helpUri } : {}),
      properties: { tags: ['security', 'secret'] },
    };
  });
  const results = items.map((i) => ({
    ruleId: i.ruleId,
    ruleIndex: index.get(i.ruleId)!,
    level: LEVEL[i.severity],
    message: { text: i.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(i.file), uriBaseId: '%SRCROOT%' }, region: i.region } }],
    partialFingerprints: { 'sealgate/v2': placeHash(i) },
    properties: i.properties,
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'sealgate', version, semanticVersion: version, informationUri: 'https://github.com/sealgate/sealgate', rules: driverRules } },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root' } } },
        results,
        // SARIF's own place for "the run did not see everything": not successful, one notification per problem.
        ...(run.incomplete?.length
          ? {
              invocations: [
                {
                  executionSuccessful: false,
                  toolExecutionNotifications: run.incomplete.map((text) => ({ level: 'error', message: { text } })),
                },
              ],
            }
          : {}),
        columnKind: 'utf16CodeUnits',
        ...(run.properties ? { properties: run.properties } : {}),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

/** A scan's findings (secrets already masked by the caller). */
export function formatSarif(result: { findings: Finding[] }, rules: Rule[], defaults: FixTarget = {}): string {
  const known = new Map(rules.map((r) => [r.id, r]));
  const items = result.findings.map((f): SarifItem => {
    const fixes = fixCommands(f, defaults);
    return {
      ruleId: f.ruleId,
      severity: f.severity,
      message: `${f.message}${fixes.length ? ` Fix: ${fixes.join(' or ')}` : ''}`,
      file: f.file,
      region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
      fingerprint: f.fingerprint,
      properties: {
        secret: f.secret,
        ...(f.resource ? { resource: f.resource } : {}),
        ...(f.credential ? { credential: f.credential } : {}),
        ...(rotationLink(f.credential) ? { rotate: rotationLink(f.credential) } : {}),
        ...(f.decoded ? { decoded: f.decoded } : {}),
        ...(f.commit ? { commit: f.commit.sha, author: f.commit.author, date: f.commit.date } : {}),
      },
    };
  });
  return writeSarif(items, { rule: (id) => ({ description: known.get(id)?.description ?? id, severity: known.get(id)?.severity, helpUri: known.get(id)?.rotate }) });
}

/** The audit: one result per distinct secret, with the audit's facts as result and run properties. */
export function formatAuditSarif(r: AuditReport, descriptions: Map<string, string> = new Map()): string {
  const items = r.entries.map((e): SarifItem => {
    const where = e.status === 'live' ? (e.refs?.length ? `live; still in ${e.refs.join(', ')}` : 'live') : 'in history only: rotate it';
    const intro = e.introduced ? `; introduced in ${e.introduced.sha.slice(0, 12)} (${e.introduced.date.slice(0, 10)})` : '';
    return {
      ruleId: e.ruleId,
      severity: e.severity,
      message: `${e.message} (${where}${intro})${e.fixCommand ? `. Fix: ${e.fixCommand}` : ''}`,
      file: e.file,
      region: { startLine: Math.max(1, e.line), startColumn: Math.max(1, e.column) },
      fingerprint: e.fingerprint,
      properties: {
        status: e.status,
        ...(e.refs?.length ? { refs: e.refs } : {}),
        secret: e.secret,
        occurrences: e.occurrences,
        ...(e.otherFiles.length ? { otherFiles: e.otherFiles } : {}),
        ...(e.resource ? { resource: e.resource } : {}),
        ...(e.credential ? { credential: e.credential } : {}),
        ...(rotationLink(e.credential) ? { rotate: rotationLink(e.credential) } : {}),
        ...(e.introduced ? { introduced: e.introduced } : {}),
        ...(e.removed ? { removed: e.removed } : {}),
      },
    };
  });
  const description = (id: string) => descriptions.get(id) ?? r.entries.find((e) => e.ruleId === id)!.message;
  const properties = { repository: r.repository, ...(r.head ? { head: r.head } : {}), history: r.history, commitsScanned: r.commitsScanned, summary: r.summary, incomplete: !!r.incomplete?.length };
  return writeSarif(items, { rule: (id) => ({ description: description(id) }), sortRules: true, properties, version: r.tool.version, ...(r.incomplete?.length ? { incomplete: r.incomplete } : {}) });
}
