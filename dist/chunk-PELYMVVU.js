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
import {
  describeTransfer
} from "./chunk-E6I7JJGP.js";
import {
  isValidTag,
  parsePlatform,
  parseReference
} from "./chunk-6TECYTNY.js";

// src/cli/copy-command.ts
var USAGE = "hoist copy SRC DST [--tag T]... [--platform OS/ARCH[/VARIANT]] [--concurrency N] [--insecure-registry HOST]... [--ca-cert FILE]... [--username U --password-stdin]";
function positiveInt(value, flag, fallback) {
  if (value === void 0) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`${flag} must be a positive integer, not "${value}"`);
  return n;
}
var copyCommand = {
  name: "copy",
  summary: "copy an image (all platforms) between registries or repositories",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseFlags({
      args: argv,
      allowPositionals: true,
      options: { ...REGISTRY_FLAGS, platform: { type: "string" }, tag: { type: "string", multiple: true }, concurrency: { type: "string" } }
    });
    if (positionals.length !== 2) throw new UsageError("expected SRC and DST image references");
    const src = parseReference(positionals[0]);
    const dst = parseReference(positionals[1]);
    const extraTags = values.tag ?? [];
    for (const t of extraTags) if (!isValidTag(t)) throw new UsageError(`invalid tag "${t}"`);
    const client = await registryClientFromFlags(values, io);
    try {
      const r = await copyImage(client, src, dst, {
        extraTags,
        platform: values.platform ? parsePlatform(values.platform) : void 0,
        concurrency: positiveInt(values.concurrency, "--concurrency", 6),
        log: io.env.HOIST_DEBUG ? (m) => io.stderr(`${m}
`) : void 0
      });
      io.stdout(`copied ${src} to ${dst}${extraTags.length ? ` (+ ${extraTags.join(", ")})` : ""}: ${describeTransfer(r)}
`);
      return 0;
    } finally {
      await client.close();
    }
  }
};

export {
  positiveInt,
  copyCommand
};
