import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import "./chunk-LTDY7X75.js";

// src/version.ts
import { readFileSync } from "node:fs";
function hoistVersion() {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    return pkg.name === "hoist" && pkg.version ? pkg.version : "unknown";
  } catch {
    return "unknown";
  }
}
export {
  hoistVersion
};
