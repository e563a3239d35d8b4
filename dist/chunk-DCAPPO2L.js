import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  positiveInt
} from "./chunk-PELYMVVU.js";
import {
  pushFromLayout
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
  parseReference
} from "./chunk-6TECYTNY.js";
import "./chunk-A2LCJWYG.js";
import "./chunk-YW4TYKG5.js";
import "./chunk-LTDY7X75.js";

// src/cli/push-command.ts
import path from "node:path";
var USAGE = "hoist push oci:DIR[:NAME] REF [--concurrency N] [--insecure-registry HOST]... [--ca-cert FILE]... [--username U --password-stdin]";
var pushCommand = {
  name: "push",
  summary: "push an image from an OCI image layout directory",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseFlags({ args: argv, allowPositionals: true, options: { ...REGISTRY_FLAGS, concurrency: { type: "string" } } });
    if (positionals.length !== 2) throw new UsageError("expected oci:DIR[:NAME] and an image reference");
    const source = parseLayoutTarget(positionals[0]);
    if (!source) throw new UsageError(`the source must be oci:DIR[:NAME], not "${positionals[0]}"`);
    const ref = parseReference(positionals[1]);
    const client = await registryClientFromFlags(values, io);
    try {
      const r = await pushFromLayout(client, path.resolve(io.cwd, source.dir), source.refName, ref, { concurrency: positiveInt(values.concurrency, "--concurrency", 6) });
      io.stdout(`pushed ${positionals[0]} to ${ref}: ${describeTransfer(r)}
`);
      return 0;
    } finally {
      await client.close();
    }
  }
};
export {
  pushCommand
};
