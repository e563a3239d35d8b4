import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-HZE3DBIV.js";
import {
  readTextFile,
  spawnHelper
} from "./chunk-VIZGCWTY.js";
import {
  parseGoBool
} from "./chunk-TLRXKYUH.js";
import {
  RegistryClient,
  chainCredentials,
  dockerConfigCredentials,
  githubTokenCredentials,
  staticCredentials
} from "./chunk-PD4H4UT2.js";

// src/cli/flags.ts
import { parseArgs } from "node:util";
function parseFlags(config) {
  const args = config.args && pflagBooleans(pflagShorthands(config.args, config.options ?? {}), config.options ?? {});
  return parseArgs({ ...config, args });
}
function pflagBooleans(argv, options) {
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") return out.concat(argv.slice(i));
    const m = /^--([^=]+)=(.*)$/s.exec(a);
    const o = m ? options[m[1]] : void 0;
    if (!m || o?.type !== "boolean") {
      out.push(a);
      continue;
    }
    const [, name, value] = m;
    const b = parseGoBool(value);
    if (b === true) out.push(`--${name}`);
    else if (b === false) {
      for (let j = out.length - 1; j >= 0; j--) if (out[j] === `--${name}` || o.short !== void 0 && out[j] === `-${o.short}`) out.splice(j, 1);
    } else throw new UsageError(`invalid argument "${value}" for "--${name}" flag: strconv.ParseBool: parsing "${value}": invalid syntax`);
  }
  return out;
}
function pflagShorthands(argv, options) {
  const valued = /* @__PURE__ */ new Set();
  const known = /* @__PURE__ */ new Set();
  for (const o of Object.values(options)) {
    if (o.short === void 0) continue;
    known.add(o.short);
    if (o.type === "string") valued.add(o.short);
  }
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    out.push(a);
    if (a === "--") return out.concat(argv.slice(i + 1));
    if (!a.startsWith("-") || a.startsWith("--")) continue;
    for (let j = 1; j < a.length && known.has(a[j]); j++) {
      if (!valued.has(a[j])) continue;
      if (a[j + 1] === "=") out[out.length - 1] = a.slice(0, j + 1) + a.slice(j + 2);
      else if (j + 1 === a.length && i + 1 < argv.length) {
        if (argv[i + 1] === "") out.push(argv[++i]);
        else out[out.length - 1] = a + argv[++i];
      }
      break;
    }
  }
  return out;
}

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
  parseFlags,
  REGISTRY_FLAGS,
  registryClientFromFlags
};
