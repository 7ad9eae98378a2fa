// Serialises objects the fixes emit. js-yaml 5's default dump schema quotes YAML 1.1 boolean-like
// strings (on, yes, n, ...), which kubectl would otherwise read as booleans.
import { dump } from 'js-yaml';

/** One YAML document body (no leading `---`), block style, no line folding, no anchors. */
export function toYaml(value: unknown): string {
  return dump(value, { lineWidth: -1, noRefs: true });
}

/** Pretty JSON as kubeseal writes it (2 spaces, trailing newline). */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
