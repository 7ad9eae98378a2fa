import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-3GFIKQQT.js";

// src/text/decode.ts
init_define_SEALGATE_EMBEDDED_RULES();
var UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
var UTF8_LOOSE = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
function utf16Bom(bytes) {
  if (bytes.length < 2) return void 0;
  if (bytes[0] === 255 && bytes[1] === 254) return "utf-16le";
  if (bytes[0] === 254 && bytes[1] === 255) return "utf-16be";
  return void 0;
}
function isBinary(bytes) {
  return !utf16Bom(bytes) && bytes.subarray(0, 8192).includes(0);
}
function decodeBytes(bytes) {
  const bom = utf16Bom(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), note: bom === "utf-16le" ? "UTF-16 LE" : "UTF-16 BE" };
  if (isBinary(bytes)) return { binary: true };
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    return { text: UTF8_LOOSE.decode(bytes), note: "invalid UTF-8 (scanned with replacement characters)" };
  }
}

export {
  isBinary,
  decodeBytes
};
