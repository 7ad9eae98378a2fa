// The rule tester lives in the product (src/engine/examples.ts: custom rules' examples run when the
// config loads); the tests use the same one on the built-in rules.
export { checkExample, findingsFor } from '../../src/engine/examples.js';
