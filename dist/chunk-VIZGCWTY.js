import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);

// src/registry/credential-helpers.ts
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
var readTextFile = async (path) => {
  try {
    return await readFile(path, "utf8");
  } catch (e) {
    if (e.code === "ENOENT") return void 0;
    throw e;
  }
};
function spawnHelper(env, timeoutMs = 3e4) {
  return (program, args, input) => new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: ["pipe", "pipe", "pipe"], timeout: timeoutMs });
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
    child.stdin.on("error", () => void 0);
    child.stdin.end(input);
  });
}

export {
  readTextFile,
  spawnHelper
};
