import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  dump
} from "./chunk-A2I6SM73.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/fix/seal/crypto.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { constants, createCipheriv, publicEncrypt, randomBytes } from "node:crypto";
var SCOPES = ["strict", "namespace-wide", "cluster-wide"];
var SESSION_KEY_BYTES = 32;
var ZERO_NONCE = Buffer.alloc(12);
function scopeLabel(scope, namespace, name) {
  switch (scope) {
    case "cluster-wide":
      return Buffer.alloc(0);
    case "namespace-wide":
      if (!namespace) throw new Error("namespace-wide sealing needs a namespace");
      return Buffer.from(namespace, "utf8");
    case "strict":
      if (!namespace || !name) throw new Error("strict sealing needs a namespace and a name");
      return Buffer.from(`${namespace}/${name}`, "utf8");
  }
}
function hybridEncrypt(publicKey, label, value) {
  const sessionKey = randomBytes(SESSION_KEY_BYTES);
  const wrapped = publicEncrypt(
    { key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256", oaepLabel: label },
    sessionKey
  );
  if (wrapped.length > 65535) throw new Error("RSA ciphertext too long for the 16-bit length prefix");
  const prefix = Buffer.alloc(2);
  prefix.writeUInt16BE(wrapped.length, 0);
  const cipher = createCipheriv("aes-256-gcm", sessionKey, ZERO_NONCE);
  const body = Buffer.concat([cipher.update(value), cipher.final()]);
  return Buffer.concat([prefix, wrapped, body, cipher.getAuthTag()]);
}
function sealValue(publicKey, label, value) {
  return hybridEncrypt(publicKey, label, value).toString("base64");
}

// src/yaml/emit.ts
init_define_SEALGATE_EMBEDDED_RULES();
function toYaml(value) {
  return dump(value, { lineWidth: -1, noRefs: true });
}
function toJson(value) {
  return JSON.stringify(value, null, 2) + "\n";
}

export {
  SCOPES,
  scopeLabel,
  sealValue,
  toYaml,
  toJson
};
