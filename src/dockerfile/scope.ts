/**
 * Dispatch-time expansion for one stage with Docker's ARG/ENV semantics: both ARG and ENV write the variables
 * later instructions see (the later write wins), ENV also writes the image config, a bare `ARG NAME` imports
 * the global value, `--build-arg` beats an ARG default, unknown variables expand to "".
 */
import { DEFAULT_PATH, PROXY_ARGS } from './args.js';
import { DockerfileError, ExpansionError } from './errors.js';
import type { ExpandedInstruction, Instruction } from './instructions.js';
import { ShellLex } from './lexer.js';
import { parseMount } from './mounts.js';
import { suggest } from './suggest.js';
import type { PlannedStage, StagePlan } from './plan.js';

/** Options of a stage scope. */
export interface StageScopeOptions {
  plan: StagePlan;
  stage: PlannedStage;
  /** `KEY=VAL` from the base image config (empty for scratch). */
  baseEnv: string[];
  /** When the stage is `FROM <stage>`: the parent's scope after its last instruction. */
  parentScope?: StageScope;
}

function splitEnv(e: string): [string, string] {
  const i = e.indexOf('=');
  return i < 0 ? [e, ''] : [e.slice(0, i), e.slice(i + 1)];
}

/** Expands one stage's instructions in order, tracking the ARG and ENV values each one sees. */
export class StageScope {
  /** Variables visible to expansion and RUN (ENV and ARG values, in write order). */
  private readonly vars: Map<string, string>;
  /** The image config's Env (ENV only). */
  private readonly config: [string, string][];
  /** ARGs declared in this stage (or inherited from the parent stage) that have a value. */
  private readonly declared: Map<string, string>;
  private readonly lex: ShellLex;
  private readonly rawLex = new ShellLex({ skipProcessQuotes: true });
  private readonly plan: StagePlan;
  private readonly stage: PlannedStage;
  /** Every ARG name declared so far (with or without a value, the parent stage's included). */
  private readonly argKeys: Set<string>;
  /** While positive, unknown variables are not recorded (EXPOSE, an ARG default a --build-arg replaces). */
  private quiet = 0;
  /**
   * Variables used before any ARG or ENV defines them (BuildKit's UndefinedVar check), once per instruction, with
   * a close defined name or a hint (declared later in the stage; a global ARG not imported).
   */
  readonly undefinedUses: UndefinedUse[] = [];

  constructor(opts: StageScopeOptions) {
    this.plan = opts.plan;
    this.stage = opts.stage;
    this.lex = new ShellLex({ escapeToken: opts.plan.escapeToken });
    if (opts.parentScope) {
      this.config = opts.parentScope.env().map(splitEnv);
      this.vars = new Map(opts.parentScope.vars);
      this.declared = new Map(opts.parentScope.declared);
      this.argKeys = new Set(opts.parentScope.argKeys);
    } else {
      this.config = opts.baseEnv.map(splitEnv);
      if (!this.config.some(([k]) => k === 'PATH')) this.config.push(['PATH', DEFAULT_PATH]);
      this.vars = new Map(this.config);
      this.declared = new Map();
      this.argKeys = new Set();
    }
  }

  /** ARG name -> value visible now, for RUN's environment, history and cache keys. */
  args(): Map<string, string> {
    return new Map(this.declared);
  }

  /** ENV as the image config holds it now (`KEY=VAL`, in order). */
  env(): string[] {
    return this.config.map(([k, v]) => `${k}=${v}`);
  }

  /** Proxy build args not declared by an ARG: they reach RUN's environment but not history or cache keys. */
  proxyArgs(): Map<string, string> {
    const out = new Map<string, string>();
    for (const k of PROXY_ARGS) {
      if (Object.prototype.hasOwnProperty.call(this.plan.buildArgs, k) && !this.declared.has(k)) out.set(k, this.plan.buildArgs[k]);
    }
    return out;
  }

  /** Applies ARG/ENV side effects and returns the instruction with every field Docker expands expanded. */
  expand(instr: Instruction): ExpandedInstruction {
    const w = (s: string): string => this.word(s, instr);
    switch (instr.kind) {
      case 'FROM': {
        const out = { ...instr, image: this.stage.base.kind === 'image' ? this.stage.base.ref : instr.image };
        if (this.stage.platform !== undefined) out.platform = this.stage.platform;
        return out;
      }
      case 'ARG': {
        // Today's BuildKit sets the names of one ARG instruction one by one (dispatchArg): `ARG A=1 B=$A` gives B
        // the 1. Engine 26's (`legacyFrontend`) expanded every default before setting any name: B got the A from
        // before the line.
        // Names expand too (`ARG $K=v`), with the same variables.
        // Unknown variables are not reported in names (BuildKit does not expand them), nor in a default a
        // --build-arg replaces; the line's own names count as declared.
        const keys = this.quietly(() => instr.args.map((d) => w(d.key)));
        for (const k of keys) this.argKeys.add(k);
        const expandDefault = (d: (typeof instr.args)[number], key: string): string | undefined =>
          d.value === undefined ? undefined : Object.prototype.hasOwnProperty.call(this.plan.buildArgs, key) ? this.quietly(() => w(d.value!)) : w(d.value);
        const defaults = this.plan.legacyFrontend ? instr.args.map((d, i) => expandDefault(d, keys[i])) : undefined;
        return {
          ...instr,
          args: instr.args.map((d, i) => {
            const written = defaults ? defaults[i] : expandDefault(d, keys[i]);
            return { ...this.declare(keys[i], written, d.value !== undefined), written };
          }),
        };
      }
      case 'ENV': {
        const pairs = instr.pairs.map((p) => ({ key: w(p.key), value: w(p.value) }));
        for (const p of pairs) this.setEnv(p.key, p.value);
        return { ...instr, pairs };
      }
      case 'LABEL':
        return { ...instr, pairs: instr.pairs.map((p) => ({ key: w(p.key), value: w(p.value) })) };
      case 'WORKDIR':
        return { ...instr, path: w(instr.path) };
      case 'USER':
        return { ...instr, user: w(instr.user) };
      case 'STOPSIGNAL':
        return { ...instr, signal: w(instr.signal) };
      case 'VOLUME':
        return { ...instr, volumes: instr.volumes.map(w) };
      case 'EXPOSE':
        return { ...instr, ports: this.quietly(() => instr.ports.flatMap((p) => this.words(p, instr))) };
      case 'COPY':
      case 'ADD': {
        const out = {
          ...instr,
          sources: instr.sources.map(w),
          dest: w(instr.dest),
          exclude: instr.exclude.map(w),
          heredocs: instr.heredocs.map((h) => (h.expand ? { ...h, data: this.raw(h.data, instr) } : { ...h })),
        };
        if (out.chown !== undefined) out.chown = w(out.chown);
        // Engine 26's frontend expanded only --chown (CopyCommand.Expand): `--chmod=${MODE}` stays as written there,
        // is no octal number and so is ignored; today's BuildKit expands it.
        if (out.chmod !== undefined && !this.plan.legacyFrontend) out.chmod = w(out.chmod);
        // COPY --from is never expanded (BuildKit resolves it as written, see plan.ts).
        if (out.kind === 'ADD' && out.checksum !== undefined) out.checksum = w(out.checksum);
        return out;
      }
      case 'RUN': {
        const mounts = instr.mountSpecs.map((s) => {
          try {
            return parseMount(s, w);
          } catch (e) {
            if (e instanceof DockerfileError) throw e;
            throw new DockerfileError(this.plan.file, instr.startLine, (e as Error).message, instr.endLine);
          }
        });
        return { ...instr, mounts };
      }
      default:
        return instr;
    }
  }

  private declare(key: string, expandedDefault: string | undefined, hasDefault: boolean): { key: string; value?: string } {
    const buildArgs = this.plan.buildArgs;
    let value: string | undefined;
    if (Object.prototype.hasOwnProperty.call(buildArgs, key)) value = buildArgs[key];
    else if (hasDefault) value = expandedDefault;
    else value = this.plan.globalArgs.get(key);
    if (value === undefined) return { key };
    this.declared.set(key, value);
    this.vars.delete(key);
    this.vars.set(key, value);
    return { key, value };
  }

  private setEnv(key: string, value: string): void {
    const i = this.config.findIndex(([k]) => k === key);
    if (i >= 0) this.config[i] = [key, value];
    else this.config.push([key, value]);
    this.vars.delete(key);
    this.vars.set(key, value);
  }

  private run<T>(at: Instruction, f: () => { out: T; unmatched: Set<string> }): T {
    let r: { out: T; unmatched: Set<string> };
    try {
      r = f();
    } catch (e) {
      if (e instanceof ExpansionError) throw new DockerfileError(this.plan.file, at.startLine, e.message, at.endLine);
      throw e;
    }
    if (this.quiet === 0) for (const name of r.unmatched) this.noteUndefined(name, at);
    return r.out;
  }

  private quietly<T>(f: () => T): T {
    this.quiet++;
    try {
      return f();
    } finally {
      this.quiet--;
    }
  }

  private word(s: string, at: Instruction): string {
    return this.run(at, () => {
      const r = this.lex.process(s, (n) => this.vars.get(n));
      return { out: r.result, unmatched: r.unmatched };
    });
  }

  private words(s: string, at: Instruction): string[] {
    return this.run(at, () => {
      const r = this.lex.process(s, (n) => this.vars.get(n));
      return { out: r.words, unmatched: r.unmatched };
    });
  }

  /** Heredoc bodies: variables expand, quotes and escapes (other than `\$`) stay. */
  private raw(s: string, at: Instruction): string {
    return this.run(at, () => {
      const r = this.rawLex.process(s, (n) => this.vars.get(n));
      return { out: r.result, unmatched: r.unmatched };
    });
  }

  /**
   * Records a variable no ARG or ENV defined (a declared ARG without a value counts as defined, as in BuildKit):
   * once per word that uses it, as BuildKit reports it for each word it expands.
   */
  private noteUndefined(name: string, at: Instruction): void {
    if (this.argKeys.has(name) || name === 'BUILDKIT_SBOM_SCAN_CONTEXT' || name === 'BUILDKIT_SBOM_SCAN_STAGE') return;
    const later = this.stage.ast.instructions.find(
      (i) => i.startLine > at.startLine && ((i.kind === 'ARG' && i.args.some((d) => d.key === name)) || (i.kind === 'ENV' && i.pairs.some((p) => p.key === name))),
    );
    const use: UndefinedUse = { name, at };
    const close = suggest(name, [...this.vars.keys()], true);
    if (close !== undefined) use.suggestion = close;
    else if (later) use.hint = `${later.kind} ${name} is declared later, on line ${later.startLine}`;
    else if (this.plan.globalArgs.has(name)) use.hint = `global ARG ${name} needs "ARG ${name}" in the stage to be visible`;
    this.undefinedUses.push(use);
  }
}

/** A variable used before it is defined (see `StageScope.undefinedUses`). */
export interface UndefinedUse {
  name: string;
  at: Instruction;
  /** A defined name within edit distance 2 (BuildKit's "did you mean"). */
  suggestion?: string;
  /** Why it is undefined, when hoist can tell and no suggestion exists. */
  hint?: string;
}
