import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  copyImage
} from "./chunk-GKHXAWUR.js";
import {
  REGISTRY_FLAGS,
  parseFlags,
  registryClientFromFlags
} from "./chunk-VGG2ZNXG.js";
import {
  UsageError
} from "./chunk-HZE3DBIV.js";
import "./chunk-E6I7JJGP.js";
import "./chunk-VIZGCWTY.js";
import "./chunk-TLRXKYUH.js";
import {
  toBytes
} from "./chunk-PD4H4UT2.js";
import {
  parseReference,
  repositoryName,
  repositoryOf,
  tagsByRepository,
  withDigest,
  withTag
} from "./chunk-6TECYTNY.js";
import {
  digestOf,
  familyOf,
  isDigest,
  mediaTypesFor
} from "./chunk-A2LCJWYG.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-LTDY7X75.js";

// src/registry/merge.ts
async function planMerge(client, sources) {
  const manifests = [];
  const from = [];
  const add = (d, ref) => {
    if (manifests.some((m) => m.digest === d.digest)) return;
    manifests.push(d);
    from.push({ ref, digest: d.digest });
  };
  for (const src of sources) {
    const m = await client.getManifest(src).catch((e) => {
      throw new Error(`source ${src}: ${e.message}`, { cause: e });
    });
    if (m.kind === "index") {
      for (const d of m.index.manifests) add(d, src);
      continue;
    }
    const configBytes = await client.readBlob(repositoryOf(src), m.manifest.config).catch((e) => {
      throw new Error(`source ${src}: reading its config: ${e.message}`, { cause: e });
    });
    const config = JSON.parse(configBytes.toString("utf8"));
    if (!config.os || !config.architecture) throw new Error(`source ${src}: its config names no platform (os and architecture)`);
    const platform = { architecture: config.architecture, os: config.os };
    if (config["os.version"]) platform["os.version"] = config["os.version"];
    if (config["os.features"]?.length) platform["os.features"] = config["os.features"];
    if (config.variant) platform.variant = config.variant;
    add({ mediaType: m.mediaType, digest: m.digest, size: m.bytes.length, platform }, src);
  }
  if (manifests.length === 0) throw new Error("no manifests to list");
  if (sources.length === 1) {
    const only = await client.getManifest(sources[0]);
    if (only.kind === "index") return { index: only.index, bytes: only.bytes, digest: only.digest, mediaType: only.mediaType, sources: from };
  }
  const family = manifests.every((d) => familyOf(d.mediaType) === "docker") ? "docker" : "oci";
  const mediaType = mediaTypesFor(family).index;
  const index = { schemaVersion: 2, mediaType, manifests };
  const bytes = toBytes(index);
  return { index, bytes, digest: digestOf(bytes), mediaType, sources: from };
}
async function pushMerge(client, plan, targets, log) {
  const refs = [];
  for (const { repo, tags } of tagsByRepository(targets)) {
    for (const s of plan.sources) {
      const src = withDigest(repositoryOf(s.ref), s.digest);
      if (repositoryName(s.ref) === repositoryName(repo) && await client.headManifest(withDigest(repo, s.digest))) continue;
      await copyImage(client, src, withDigest(repo, s.digest), { log }).catch((e) => {
        throw new Error(`copying ${src} to ${repositoryName(repo)}: ${e.message}`, { cause: e });
      });
    }
    await client.putManifest(withDigest(repo, plan.digest), plan.bytes, plan.mediaType);
    refs.push(String(withDigest(repo, plan.digest)));
    for (const tag of tags) {
      await client.putManifest(withTag(repo, tag), plan.bytes, plan.mediaType);
      refs.push(String(withTag(repo, tag)));
    }
  }
  return refs;
}

// src/cli/imagetools-command.ts
var USAGE = "hoist imagetools create -t REF [-t REF]... [--dry-run] SOURCE... [--insecure-registry HOST]... [--ca-cert FILE]... [--username U --password-stdin]";
function mergeSources(args, targets) {
  return args.map((a) => {
    if (isDigest(a)) {
      if (!targets[0]) throw new UsageError(`source ${a} is a bare digest: give a -t target whose repository holds it`);
      return withDigest(repositoryOf(targets[0]), a);
    }
    try {
      return parseReference(a);
    } catch (e) {
      throw new UsageError(`source "${a}": ${e.message}`);
    }
  });
}
var imagetoolsCommand = {
  name: "imagetools",
  summary: "create: merge images (e.g. pushed by digest from matrix legs) into one multi-platform index under tags",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseFlags({
      args: argv,
      allowPositionals: true,
      options: { ...REGISTRY_FLAGS, tag: { type: "string", short: "t", multiple: true }, "dry-run": { type: "boolean" } }
    });
    if (positionals[0] !== "create") throw new UsageError(positionals[0] === void 0 ? "expected a subcommand: create" : `unknown subcommand "${positionals[0]}" (create)`);
    const targets = (values.tag ?? []).map((t) => {
      try {
        return parseReference(t);
      } catch (e) {
        throw new UsageError(`-t "${t}": ${e.message}`);
      }
    });
    if (targets.length === 0 && !values["dry-run"]) throw new UsageError("give at least one -t target (or --dry-run)");
    const sources = mergeSources(positionals.slice(1), targets);
    if (sources.length === 0) throw new UsageError("give at least one source image");
    const client = await registryClientFromFlags(values, io);
    try {
      const plan = await planMerge(client, sources);
      if (values["dry-run"]) {
        io.stdout(`${JSON.stringify(plan.index, null, 2)}
`);
        return 0;
      }
      const refs = await pushMerge(client, plan, targets, io.env.HOIST_DEBUG ? (m) => io.stderr(`${m}
`) : void 0);
      for (const r of refs) io.stderr(`pushed ${r}
`);
      io.stdout(`${plan.digest}
`);
      return 0;
    } finally {
      await client.close();
    }
  }
};
export {
  imagetoolsCommand,
  mergeSources
};
