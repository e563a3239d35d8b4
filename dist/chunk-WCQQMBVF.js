import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-HZE3DBIV.js";
import {
  readTextFile,
  spawnHelper
} from "./chunk-VIZGCWTY.js";
import {
  RegistryClient,
  chainCredentials,
  dockerConfigCredentials,
  githubTokenCredentials,
  staticCredentials
} from "./chunk-MFZ2AB4E.js";

// src/cli/registry-flags.ts
import { readFile } from "node:fs/promises";
var REGISTRY_FLAGS = {
  "insecure-registry": { type: "string", multiple: true },
  "ca-cert": { type: "string", multiple: true },
  username: { type: "string" },
  "password-stdin": { type: "boolean" },
  registry: { type: "string" }
};
async function readStdin() {
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}
async function cliCredentials(values, io) {
  const sources = [];
  if (values.username) {
    const password = values["password-stdin"] ? await readStdin() : io.env.HOIST_PASSWORD;
    if (password === void 0) throw new UsageError("--username needs --password-stdin or HOIST_PASSWORD");
    if (values.registry) sources.push(staticCredentials({ [values.registry]: { username: values.username, password } }));
    else sources.push({ get: async () => ({ username: values.username, password }) });
  }
  sources.push(dockerConfigCredentials({ env: io.env, readFile: readTextFile, runHelper: spawnHelper(io.env) }));
  sources.push(githubTokenCredentials(io.env));
  return chainCredentials(...sources);
}
async function registryClientFromFlags(values, io) {
  const ca = await Promise.all((values["ca-cert"] ?? []).map((f) => readFile(f)));
  return new RegistryClient({
    credentials: await cliCredentials(values, io),
    insecure: values["insecure-registry"],
    ca: ca.length ? ca : void 0,
    log: io.env.HOIST_DEBUG ? (m) => io.stderr(`${m}
`) : void 0
  });
}

export {
  REGISTRY_FLAGS,
  registryClientFromFlags
};
