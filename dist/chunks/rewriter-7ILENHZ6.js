import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  MergeTarget
} from "./chunk-ZXCWEMXT.js";
import "./chunk-3PW3G6XY.js";
import {
  buildSealedSecret
} from "./chunk-GYP3CLQF.js";
import {
  describeCert,
  loadCertificate,
  resolveCertSpec
} from "./chunk-RSAUHRAI.js";
import "./chunk-TJZIAZZL.js";
import "./chunk-77BNJ7BV.js";
import "./chunk-R7KVV44W.js";
import "./chunk-A2I6SM73.js";
import "./chunk-YI7WNR7U.js";
import {
  FixError,
  UsageError
} from "./chunk-YTBNLI2I.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/fix/seal/rewriter.ts
init_define_SEALGATE_EMBEDDED_RULES();
import path from "node:path";
function createSealRewriter(o) {
  return {
    kind: "seal",
    keepsSources: o.mergeInto !== void 0,
    async rewrite(secret, ctx) {
      if (o.mergeInto) {
        if (ctx.file === o.mergeInto.rel) {
          throw new FixError(`${ctx.file}: cannot merge a Secret into a SealedSecret of its own file; fix it without --merge-into`);
        }
        o.mergeInto.add(secret);
        return [];
      }
      return [buildSealedSecret(secret, { cert: o.cert, scope: o.scope, namespaceFallback: ctx.namespaceFallback, where: ctx.file })];
    },
    async finish() {
      return o.mergeInto ? o.mergeInto.finish({ dryRun: o.dryRun, backups: o.backups }) : [];
    }
  };
}
async function sealRewriterFromOptions(o) {
  const spec = resolveCertSpec({ flag: o.cert, configCert: o.config.seal?.cert, configFile: o.config.file, env: o.env, cwd: o.cwd });
  const scope = o.scope;
  let cert;
  if (spec) cert = await loadCertificate(spec.spec, spec.base);
  else {
    const { certificate } = await import("./cert-source-VIYU54E2.js");
    try {
      cert = (await certificate({ ...o.cluster, env: o.env, cwd: o.cwd })).cert;
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      throw new UsageError(
        `--seal needs the controller certificate: --cert FILE|URL, seal.cert in .sealgate.yaml, $SEALED_SECRETS_CERT, or a kube context to fetch it from (${e.message.replace(/: pass --cert.*$/, "")})`
      );
    }
  }
  o.say(describeCert(cert));
  const mergeInto = o.mergeInto ? new MergeTarget(path.resolve(o.cwd, o.mergeInto), o.root, cert, scope) : void 0;
  return createSealRewriter({ cert, scope, mergeInto, dryRun: o.dryRun, backups: o.backups });
}
export {
  createSealRewriter,
  sealRewriterFromOptions
};
