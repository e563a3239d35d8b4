import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  computeMetaWithRegistry,
  gitContextFromCheckout,
  gitContextFromEnv,
  isRunnerEnv,
  parseMetaEnvOptions
} from "./chunk-BFXWB4LP.js";
import "./chunk-TOJYXOAK.js";
import {
  UsageError
} from "./chunk-HZE3DBIV.js";
import {
  RegistryClient,
  defaultCredentials,
  registryNotFound
} from "./chunk-PD4H4UT2.js";
import {
  parseReference
} from "./chunk-6TECYTNY.js";
import "./chunk-A2LCJWYG.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-LTDY7X75.js";

// src/cli/tags-command.ts
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
var LIST_FLAGS = ["images", "tags", "flavor", "labels", "annotations"];
var ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
function parseArgs(argv) {
  const out = { lists: { images: [], tags: [], flavor: [], labels: [], annotations: [] }, context: "auto", output: "json", opts: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf("=");
    const name = a.startsWith("--") && eq > 0 ? a.slice(0, eq) : a;
    const value = () => {
      if (a.startsWith("--") && eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === void 0) throw new UsageError(`${name} needs a value`);
      return v;
    };
    const list = LIST_FLAGS.find((f) => name === `--${f}`);
    if (list) {
      out.lists[list].push(value());
      continue;
    }
    switch (name) {
      case "--now":
        out.now = value();
        break;
      case "--context": {
        const v = value();
        if (v !== "auto" && v !== "workflow" && v !== "git") throw new UsageError(`--context must be auto, workflow or git, not "${v}"`);
        out.context = v;
        break;
      }
      case "--dir":
        out.dir = value();
        break;
      case "--output": {
        const v = value();
        if (v !== "json" && v !== "tags" && v !== "full") throw new UsageError(`--output must be json, tags or full, not "${v}"`);
        out.output = v;
        break;
      }
      case "--latest-highest":
        out.opts.latest = "highest";
        break;
      case "--pr-head-sha":
        out.opts.prHeadSha = true;
        break;
      case "--fail-on-no-tags":
        out.opts.failOnNoTags = true;
        break;
      case "--allow-invalid-tags":
        out.opts.allowInvalidTags = true;
        break;
      default:
        throw new UsageError(`unknown option ${a}`);
    }
  }
  return out;
}
function parseNow(text) {
  if (!ISO_8601.test(text)) throw new UsageError(`--now expects an ISO-8601 time such as 2024-05-01T12:00:00Z, got "${text}"`);
  const zoned = /T|\s/.test(text) && !/(Z|[+-]\d{2}:?\d{2})$/.test(text) ? `${text}Z` : text;
  const d = new Date(zoned.replace(" ", "T"));
  if (Number.isNaN(d.getTime())) throw new UsageError(`--now: "${text}" is not a valid time`);
  return d;
}
function loadContext(args, io) {
  const useWorkflow = args.context === "workflow" || args.context === "auto" && isRunnerEnv(io.env);
  if (useWorkflow) return gitContextFromEnv(io.env, (p) => readFileSync(path.resolve(io.cwd, p), "utf8"));
  const dir = path.resolve(io.cwd, args.dir ?? ".");
  return gitContextFromCheckout(dir, (cmd, cmdArgs) => execFileSync(cmd, cmdArgs, { encoding: "utf8", env: io.env, stdio: ["ignore", "pipe", "pipe"] }));
}
var runHelper = (program, args, input) => new Promise((resolve, reject) => {
  const child = spawn(program, args, { stdio: ["pipe", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c) => stdout += c);
  child.stderr.on("data", (c) => stderr += c);
  child.on("error", reject);
  child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  child.stdin.end(input);
});
function tagLister(io) {
  let client;
  return {
    async list(image) {
      client ??= new RegistryClient({
        credentials: defaultCredentials({ env: io.env, readFile: (p) => readFile(p, "utf8").catch(() => void 0), runHelper }),
        log: io.env.HOIST_DEBUG ? (m) => io.stderr(`${m}
`) : void 0
      });
      try {
        return await client.listTags(parseReference(image, { defaultTag: null }));
      } catch (e) {
        if (registryNotFound(e)) return [];
        throw e;
      }
    },
    close: async () => client?.close()
  };
}
var tagsCommand = {
  name: "tags",
  summary: "Compute image tags, labels and annotations from the git ref (docker/metadata-action rules)",
  usage: [
    "hoist tags [--images LIST] [--tags LIST] [--flavor LIST] [--labels LIST] [--annotations LIST]",
    "                  [--now ISO-8601] [--context auto|workflow|git] [--dir PATH] [--output json|tags|full]",
    "                  [--latest-highest] [--pr-head-sha] [--fail-on-no-tags] [--allow-invalid-tags]",
    "",
    "Each LIST is newline-separated like the action input of the same name; repeat a flag to add lines.",
    "The git context comes from the GITHUB_* variables a runner sets, else from the checkout in --dir.",
    "DOCKER_METADATA_PR_HEAD_SHA, DOCKER_METADATA_SHORT_SHA_LENGTH and DOCKER_METADATA_ANNOTATIONS_LEVELS apply."
  ].join("\n"),
  async run(argv, io) {
    const args = parseArgs(argv);
    const now = args.now !== void 0 ? parseNow(args.now) : /* @__PURE__ */ new Date();
    const ctx = loadContext(args, io);
    const opts = { ...parseMetaEnvOptions(io.env), ...args.opts };
    const inputs = {
      images: args.lists.images.join("\n"),
      tags: args.lists.tags.join("\n"),
      flavor: args.lists.flavor.join("\n"),
      labels: args.lists.labels.join("\n"),
      annotations: args.lists.annotations.join("\n")
    };
    const lister = tagLister(io);
    try {
      const result = await computeMetaWithRegistry(inputs, ctx, now, opts, lister.list);
      for (const w of result.warnings) io.stderr(`warning: ${w}
`);
      if (args.output === "tags") io.stdout(result.tags.map((t) => `${t}
`).join(""));
      else io.stdout(`${JSON.stringify(args.output === "full" ? result : result.json, null, 2)}
`);
      return 0;
    } finally {
      await lister.close();
    }
  }
};
export {
  parseNow,
  tagsCommand
};
