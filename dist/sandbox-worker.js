import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);

// src/sandbox/worker-main.ts
import { closeSync, readdirSync, readFileSync } from "node:fs";
import module from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
function closeInheritedDescriptors() {
  for (const name of readdirSync("/proc/self/fd")) {
    const fd = Number(name);
    if (!Number.isInteger(fd) || fd <= 2) continue;
    try {
      const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, "utf8"));
      if (flags && (parseInt(flags[1], 8) & 524288) === 0) closeSync(fd);
    } catch {
    }
  }
}
closeInheritedDescriptors();
module.enableCompileCache?.(path.join(tmpdir(), "hoist-sandbox-worker-compile-cache"));
var { serveWorker } = await import("./chunk-K2WNKC4W.js");
serveWorker().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`hoist sandbox worker: ${e?.stack ?? String(e)}
`);
    process.exit(2);
  }
);
