import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);

// src/sandbox/worker-main.ts
import module from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
module.enableCompileCache?.(path.join(tmpdir(), "hoist-sandbox-worker-compile-cache"));
var { serveWorker } = await import("./chunk-VMCU4CFM.js");
serveWorker().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`hoist sandbox worker: ${e?.stack ?? String(e)}
`);
    process.exit(2);
  }
);
