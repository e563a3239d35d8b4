import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  positiveInt
} from "./chunk-PELYMVVU.js";
import {
  pullToLayout
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
  describeTransfer,
  parseLayoutTarget
} from "./chunk-E6I7JJGP.js";
import "./chunk-VIZGCWTY.js";
import "./chunk-TLRXKYUH.js";
import "./chunk-PD4H4UT2.js";
import {
  parsePlatform,
  parseReference
} from "./chunk-6TECYTNY.js";
import "./chunk-A2LCJWYG.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-LTDY7X75.js";

// src/cli/pull-command.ts
import path from "node:path";
var USAGE = "hoist pull REF --output oci:DIR[:NAME] [--platform OS/ARCH[/VARIANT]] [--concurrency N] [--insecure-registry HOST]... [--ca-cert FILE]... [--username U --password-stdin]";
var pullCommand = {
  name: "pull",
  summary: "pull an image into an OCI image layout directory",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseFlags({
      args: argv,
      allowPositionals: true,
      options: { ...REGISTRY_FLAGS, output: { type: "string", short: "o" }, platform: { type: "string" }, concurrency: { type: "string" } }
    });
    if (positionals.length !== 1) throw new UsageError("expected one image reference");
    if (!values.output) throw new UsageError("--output oci:DIR[:NAME] is required");
    const target = parseLayoutTarget(values.output);
    if (!target) throw new UsageError(`--output must be oci:DIR[:NAME], not "${values.output}"`);
    const ref = parseReference(positionals[0]);
    const client = await registryClientFromFlags(values, io);
    try {
      const r = await pullToLayout(client, ref, path.resolve(io.cwd, target.dir), target.refName ?? ref.tag, {
        platform: values.platform ? parsePlatform(values.platform) : void 0,
        concurrency: positiveInt(values.concurrency, "--concurrency", 6)
      });
      io.stdout(`pulled ${ref} into oci:${target.dir}:${target.refName ?? ref.tag ?? ""}: ${describeTransfer(r)}
`);
      return 0;
    } finally {
      await client.close();
    }
  }
};
export {
  pullCommand
};
