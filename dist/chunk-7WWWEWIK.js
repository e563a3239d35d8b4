import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  retagImage
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
import "./chunk-PD4H4UT2.js";
import {
  isValidTag,
  parseReference,
  repositoryName
} from "./chunk-6TECYTNY.js";
import "./chunk-A2LCJWYG.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-LTDY7X75.js";

// src/cli/tag-command.ts
var USAGE = "hoist tag REF NEWTAG... [--insecure-registry HOST]... [--ca-cert FILE]... [--username U --password-stdin]";
function newTagOf(arg, ref) {
  if (isValidTag(arg)) return arg;
  let other;
  try {
    other = parseReference(arg, { defaultTag: null });
  } catch {
    throw new UsageError(`"${arg}" is neither a tag nor an image reference`);
  }
  if (repositoryName(other) !== repositoryName(ref)) throw new UsageError(`"${arg}" is in another repository than ${repositoryName(ref)}; use hoist copy`);
  if (!other.tag || other.digest) throw new UsageError(`"${arg}" names no tag`);
  return other.tag;
}
var tagCommand = {
  name: "tag",
  summary: "add tags to an image in its registry (no blobs move)",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseFlags({ args: argv, allowPositionals: true, options: { ...REGISTRY_FLAGS } });
    if (positionals.length < 2) throw new UsageError("expected REF and at least one NEWTAG");
    const ref = parseReference(positionals[0]);
    const tags = positionals.slice(1).map((a) => newTagOf(a, ref));
    const client = await registryClientFromFlags(values, io);
    try {
      const digest = await retagImage(client, ref, tags);
      io.stdout(`tagged ${ref} (${digest}) as ${tags.join(", ")}
`);
      return 0;
    } finally {
      await client.close();
    }
  }
};
export {
  newTagOf,
  tagCommand
};
