// The only importer of @actions/core (see the dependency table in CONTRIBUTING.md): everything the
// Action says to the runner goes through these re-exports, so the rest of src/action stays plain logic.
export {
  getInput,
  getBooleanInput,
  setOutput,
  setFailed,
  setSecret,
  error,
  warning,
  notice,
  info,
  startGroup,
  endGroup,
  summary,
} from '@actions/core';
export type { AnnotationProperties } from '@actions/core';
