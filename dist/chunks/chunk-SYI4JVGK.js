import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// src/report/escape.ts
var CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "\x1B": "\\e", "\0": "\\0" };
function showControl(s) {
  return s.replace(CONTROL, (c) => NAMED[c] ?? (c.charCodeAt(0) < 256 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
}
function hex(c, width) {
  return c.charCodeAt(0).toString(16).padStart(width, "0");
}
var COMMAND_START = /^(\s*)::/;
function logLine(s) {
  return showControl(s).replace(COMMAND_START, "$1%3A%3A");
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(name, props, message) {
  const p = Object.entries(props).filter(([, v]) => v !== void 0 && v !== "").map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${name}${p ? ` ${p}` : ""}::${escapeData(message)}`;
}
function htmlText(s) {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function markdownText(s) {
  return showControl(s).replace(/[&<>"'`*_[\]()!|\\#~]/g, (c) => `&#${c.charCodeAt(0)};`);
}
function markdownCode(s) {
  return `<code>${markdownText(s)}</code>`;
}

export {
  logLine,
  escapeData,
  workflowCommand,
  htmlText,
  markdownText,
  markdownCode
};
