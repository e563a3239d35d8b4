import { createRequire as __hoistCreateRequire } from 'node:module'; const require = __hoistCreateRequire(import.meta.url);
import {
  parseBuildArgs
} from "./chunk-ESMNZMQX.js";
import {
  UsageError
} from "./chunk-HZE3DBIV.js";
import {
  DockerfileError,
  defaultDockerfilePath,
  describeDockerfile,
  listContextFiles,
  loadDockerignore
} from "./chunk-FGUCFZVQ.js";
import "./chunk-TLRXKYUH.js";
import {
  hostPlatform
} from "./chunk-6TECYTNY.js";
import "./chunk-4PIROPUP.js";
import "./chunk-A2LCJWYG.js";
import "./chunk-LTDY7X75.js";

// src/cli/parse-command.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
function parseArgs(argv, env) {
  const out = { buildArgs: {}, contextFiles: false, context: "." };
  const positional = [];
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
    switch (name) {
      case "--file":
      case "-f":
        out.file = value();
        break;
      case "--build-arg":
        Object.assign(out.buildArgs, parseBuildArgs([value()], env));
        break;
      case "--target":
        out.target = value();
        break;
      case "--platform":
        out.platform = value();
        break;
      case "--context-files":
        out.contextFiles = true;
        break;
      default:
        if (a.startsWith("-") && a !== "-") throw new UsageError(`unknown option ${a}`);
        positional.push(a);
    }
  }
  if (positional.length > 1) throw new UsageError("expected at most one CONTEXT");
  if (positional.length === 1) out.context = positional[0];
  return out;
}
var parseCommand = {
  name: "parse",
  summary: "Parse a Dockerfile and print its stages and expanded instructions as JSON",
  usage: "hoist parse [--file F] [--build-arg K=V]... [--target T] [--platform P] [--context-files] [CONTEXT]",
  async run(argv, io) {
    const args = parseArgs(argv, io.env);
    const context = path.resolve(io.cwd, args.context);
    const dockerfile = args.file ? path.resolve(io.cwd, args.file) : defaultDockerfilePath(context);
    const shown = args.file ?? path.relative(io.cwd, dockerfile);
    let text;
    try {
      text = await readFile(dockerfile, "utf8");
    } catch (e) {
      io.stderr(`hoist parse: cannot read Dockerfile ${shown}: ${e.message}
`);
      return 1;
    }
    try {
      const report = describeDockerfile(text, {
        file: shown,
        buildArgs: args.buildArgs,
        target: args.target,
        platform: args.platform,
        buildPlatform: hostPlatform()
      });
      const result = { ...report };
      if (args.contextFiles) {
        const matcher = await loadDockerignore(context, dockerfile);
        result.dockerignore = matcher.source ? path.relative(io.cwd, matcher.source) : null;
        result.contextFiles = (await listContextFiles(context, matcher)).map((e) => e.type === "dir" ? `${e.path}/` : e.path);
      }
      io.stdout(`${JSON.stringify(result, null, 2)}
`);
      for (const w of report.warnings) io.stderr(`warning: ${w}
`);
      return 0;
    } catch (e) {
      if (e instanceof DockerfileError) {
        io.stderr(`${e.message}
`);
        return 1;
      }
      throw e;
    }
  }
};
export {
  parseCommand
};
