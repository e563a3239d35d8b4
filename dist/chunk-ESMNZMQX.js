import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-HZE3DBIV.js";

// src/cli/build-args.ts
function parseBuildArgs(values, env) {
  const out = {};
  for (const kv of values ?? []) {
    const k = kv.indexOf("=");
    if (k === 0 || kv === "") throw new UsageError(`--build-arg expects KEY=VALUE or KEY, got "${kv}"`);
    if (k > 0) out[kv.slice(0, k)] = kv.slice(k + 1);
    else if (env[kv] !== void 0) out[kv] = env[kv];
  }
  return out;
}

export {
  parseBuildArgs
};
