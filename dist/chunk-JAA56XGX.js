import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  REGISTRY_FLAGS,
  parseFlags,
  registryClientFromFlags
} from "./chunk-VGG2ZNXG.js";
import {
  UsageError
} from "./chunk-HZE3DBIV.js";
import "./chunk-VIZGCWTY.js";
import "./chunk-TLRXKYUH.js";
import "./chunk-PD4H4UT2.js";
import {
  formatPlatform,
  hostPlatform,
  parsePlatform,
  parseReference,
  selectPlatform,
  withDigest
} from "./chunk-6TECYTNY.js";
import "./chunk-A2LCJWYG.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-LTDY7X75.js";

// src/cli/inspect-command.ts
var USAGE = "hoist inspect REF [--platform OS/ARCH[/VARIANT]] [--raw] [--insecure-registry HOST]... [--ca-cert FILE]... [--username U --password-stdin]";
var inspectCommand = {
  name: "inspect",
  summary: "print an image's manifest, platforms and config as JSON",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseFlags({ args: argv, allowPositionals: true, options: { ...REGISTRY_FLAGS, platform: { type: "string" }, raw: { type: "boolean" } } });
    if (positionals.length !== 1) throw new UsageError("expected one image reference");
    const ref = parseReference(positionals[0]);
    const client = await registryClientFromFlags(values, io);
    try {
      const top = await client.getManifest(ref);
      if (values.raw) {
        io.stdout(top.bytes.toString("utf8"));
        return 0;
      }
      const wanted = values.platform ? parsePlatform(values.platform) : void 0;
      let platforms;
      let image;
      if (top.kind === "index") {
        platforms = top.index.manifests.map((m) => m.platform ? formatPlatform(m.platform) : "unknown");
        const entry = selectPlatform(top.index.manifests, wanted ?? hostPlatform());
        if (!entry && wanted) throw new Error(`${ref}: no image for platform ${formatPlatform(wanted)} (the index has ${platforms.join(", ")})`);
        if (entry) {
          const r = await client.resolveImage(withDigest(ref, entry.digest), wanted ?? hostPlatform());
          image = { platform: formatPlatform({ os: r.config.os, architecture: r.config.architecture, variant: r.config.variant }), digest: r.manifest.digest, mediaType: r.manifest.mediaType, manifest: r.manifest.manifest, config: r.config };
        }
      } else {
        const r = await client.resolveImage(ref, wanted ?? hostPlatform());
        const p = formatPlatform({ os: r.config.os, architecture: r.config.architecture, variant: r.config.variant });
        platforms = [p];
        image = { platform: p, digest: r.manifest.digest, mediaType: r.manifest.mediaType, manifest: r.manifest.manifest, config: r.config };
      }
      const out = {
        name: String(ref),
        digest: top.digest,
        mediaType: top.mediaType,
        size: top.bytes.length,
        platforms,
        manifest: top.kind === "index" ? top.index : top.manifest,
        ...image ? { image } : {}
      };
      io.stdout(`${JSON.stringify(out, null, 2)}
`);
      return 0;
    } finally {
      await client.close();
    }
  }
};
export {
  inspectCommand
};
