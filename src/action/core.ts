// The only importer of @actions/core (see the dependency table in CONTRIBUTING.md): everything the
// Action says to the runner goes through these re-exports, so the rest of src/action stays plain logic.
// core.info writes its text as is, and the runner executes any log line starting with `::`: log lines
// go through logLine (src/report/escape.ts) here, once, so no caller can forget. Annotations and
// setFailed escape their message and properties in @actions/core (GitHub's escapeData/escapeProperty).
import * as core from '@actions/core';
import { logLine } from '../report/escape.js';

export { getInput, getBooleanInput, setOutput, setFailed, setSecret, error, warning, notice, summary } from '@actions/core';
export type { AnnotationProperties } from '@actions/core';

/** One log line; text from the input can neither start a workflow command nor break the line. */
export function info(message: string): void {
  core.info(logLine(message));
}
