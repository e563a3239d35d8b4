/** Syntax node -> typed instruction (BuildKit `instructions/parse.go` semantics and messages). */
import { parseGoDuration } from './duration.js';
import { parseFlags, type FlagSpec, type FlagValues } from './flags.js';
import type {
  CommandLine,
  HeredocSource,
  Healthcheck,
  Instruction,
  InstructionBase,
  InstructionKind,
} from './instructions.js';
import { INSTRUCTION_KINDS } from './instructions.js';
import { parseMount } from './mounts.js';
import { withSuggestion } from './suggest.js';
import { parseHeredocWord, type SyntaxNode } from './syntax.js';

const NETWORKS = ['default', 'none', 'host'] as const;
const SECURITY = ['sandbox', 'insecure'] as const;
const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;
const MIN_DURATION = 1e6; // 1ms

const atLeastOne = (k: string): Error => new Error(`${k} requires at least one argument`);
const exactlyOne = (k: string): Error => new Error(`${k} requires exactly one argument`);

function base<K extends InstructionKind>(kind: K, node: SyntaxNode): InstructionBase<K> {
  return { kind, startLine: node.startLine, endLine: node.endLine, original: node.original, flagWords: [...node.flags] };
}

function flags(node: SyntaxNode, spec: FlagSpec): FlagValues {
  return parseFlags(node.flags, spec);
}

function commandLine(node: SyntaxNode): CommandLine {
  if (node.json) return { form: 'exec', args: [...node.args] };
  return { form: 'shell', command: node.args.join(' ') };
}

const str = (v: FlagValues[string] | undefined): string | undefined => (typeof v === 'string' ? v : undefined);
const bool = (v: FlagValues[string] | undefined): boolean => v === true;
const strs = (v: FlagValues[string] | undefined): string[] => (Array.isArray(v) ? v : []);

function sourcesAndDest(node: SyntaxNode, kw: string): { sources: string[]; dest: string; heredocs: HeredocSource[] } {
  if (node.args.length < 2) {
    throw new Error(`${kw} requires at least two arguments, but only one was provided. Destination could not be determined`);
  }
  const dest = node.args[node.args.length - 1];
  if (parseHeredocWord(dest)) throw new Error(`${kw} cannot accept a heredoc as a destination`);
  const bodies = new Map(node.heredocs.map((h) => [h.name, h]));
  const sources: string[] = [];
  const heredocs: HeredocSource[] = [];
  for (const src of node.args.slice(0, -1)) {
    const h = node.json ? undefined : parseHeredocWord(src);
    if (h) {
      let data = bodies.get(h.name)?.body ?? '';
      if (h.chomp) data = data.replace(/^\t+/gm, '');
      heredocs.push({ path: h.name, data, expand: h.expand });
    } else sources.push(src);
  }
  return { sources, dest, heredocs };
}

function durationFlag(name: string, v: string | undefined): number | undefined {
  if (v === undefined || v === '') return undefined;
  const d = parseGoDuration(v);
  if (d === 0) return 0;
  if (d < MIN_DURATION) throw new Error(`Interval "${name}" cannot be less than 1ms`);
  return d;
}

function healthcheck(node: SyntaxNode): Healthcheck {
  if (node.args.length === 0) throw atLeastOne('HEALTHCHECK');
  const typ = node.args[0].toUpperCase();
  const args = node.args.slice(1);
  if (typ === 'NONE') {
    if (args.length !== 0) throw new Error('HEALTHCHECK NONE takes no arguments');
    return { kind: 'NONE' };
  }
  const f = flags(node, { interval: 'string', timeout: 'string', 'start-period': 'string', 'start-interval': 'string', retries: 'string' });
  if (typ !== 'CMD') throw new Error(`Unknown type "${typ}" in HEALTHCHECK (try CMD)`);
  if (args.length === 0 || (!node.json && args.join(' ') === '')) throw new Error('Missing command after HEALTHCHECK CMD');
  const h: Healthcheck = { kind: 'CMD', test: node.json ? ['CMD', ...args] : ['CMD-SHELL', args.join(' ')] };
  const set = (k: 'interval' | 'timeout' | 'startPeriod' | 'startInterval', flag: string): void => {
    const d = durationFlag(flag, str(f[flag]));
    if (d !== undefined) h[k] = d;
  };
  set('interval', 'interval');
  set('timeout', 'timeout');
  set('startPeriod', 'start-period');
  set('startInterval', 'start-interval');
  const retries = str(f.retries);
  if (retries !== undefined && retries !== '') {
    // Go's strconv.ParseInt(s, 10, 32): a well-formed number beyond 32 bits is `value out of range`.
    if (!/^[+-]?\d+$/.test(retries)) throw new Error(`strconv.ParseInt: parsing "${retries}": invalid syntax`);
    if (Number(retries) > 2 ** 31 - 1 || Number(retries) < -(2 ** 31)) throw new Error(`strconv.ParseInt: parsing "${retries}": value out of range`);
    const n = Number(retries);
    if (n < 0) throw new Error(`--retries cannot be negative (${n})`);
    h.retries = n;
  }
  return h;
}

/** Converts one syntax node into a typed instruction; throws Error with BuildKit's message (no location). */
export function typeNode(node: SyntaxNode): Instruction {
  const kw = node.keyword.toUpperCase() as InstructionKind;
  switch (kw) {
    case 'FROM': {
      const a = node.args;
      let name: string | undefined;
      if (a.length === 3 && a[1].toLowerCase() === 'as') {
        name = a[2].toLowerCase();
        if (!STAGE_NAME.test(name)) {
          throw new Error(`invalid name for build stage: "${a[2]}", name can't start with a number or contain symbols`);
        }
      } else if (a.length !== 1) throw new Error('FROM requires either one or three arguments');
      const f = flags(node, { platform: 'string' });
      const out = { ...base('FROM', node), image: a[0] } as Instruction & { kind: 'FROM' };
      if (name !== undefined) out.name = name;
      if (str(f.platform) !== undefined) out.platform = str(f.platform);
      return out;
    }
    case 'ARG': {
      if (node.args.length === 0) throw atLeastOne('ARG');
      const args = node.args.map((w) => {
        const eq = w.indexOf('=');
        if (eq < 0) return { key: w };
        if (eq === 0) throw new Error('ARG names can not be blank');
        return { key: w.slice(0, eq), value: w.slice(eq + 1) };
      });
      return { ...base('ARG', node), args };
    }
    case 'ENV':
    case 'LABEL': {
      flags(node, {});
      const pairs = node.pairs ?? [];
      if (pairs.length === 0) throw atLeastOne(kw);
      if (pairs.some((p) => p.key === '')) throw new Error(`${kw} names can not be blank`);
      return { ...base(kw, node), pairs: pairs.map((p) => ({ ...p })) } as Instruction;
    }
    case 'MAINTAINER':
      if (node.args.length !== 1) throw exactlyOne('MAINTAINER');
      flags(node, {});
      return { ...base('MAINTAINER', node), maintainer: node.args[0] };
    case 'WORKDIR':
      if (node.args.length !== 1) throw exactlyOne('WORKDIR');
      flags(node, {});
      return { ...base('WORKDIR', node), path: node.args[0] };
    case 'USER':
      if (node.args.length !== 1) throw exactlyOne('USER');
      flags(node, {});
      return { ...base('USER', node), user: node.args[0] };
    case 'STOPSIGNAL':
      if (node.args.length !== 1) throw exactlyOne('STOPSIGNAL');
      return { ...base('STOPSIGNAL', node), signal: node.args[0] };
    case 'EXPOSE':
      if (node.args.length === 0) throw atLeastOne('EXPOSE');
      flags(node, {});
      return { ...base('EXPOSE', node), ports: [...node.args].sort() };
    case 'VOLUME': {
      if (node.args.length === 0) throw atLeastOne('VOLUME');
      flags(node, {});
      const volumes = node.args.map((v) => v.trim());
      if (volumes.some((v) => v === '')) throw new Error('VOLUME specified can not be an empty string');
      return { ...base('VOLUME', node), volumes };
    }
    case 'COPY': {
      if (node.args.length < 2) sourcesAndDest(node, 'COPY');
      const f = flags(node, { chown: 'string', from: 'string', chmod: 'string', link: 'bool', exclude: 'strings', parents: 'bool' });
      const out = { ...base('COPY', node), ...sourcesAndDest(node, 'COPY'), link: bool(f.link), exclude: strs(f.exclude), parents: bool(f.parents), json: node.json } as Instruction & { kind: 'COPY' };
      if (str(f.from) !== undefined) out.from = str(f.from);
      if (str(f.chown) !== undefined) out.chown = str(f.chown);
      if (str(f.chmod) !== undefined) out.chmod = str(f.chmod);
      return out;
    }
    case 'ADD': {
      if (node.args.length < 2) sourcesAndDest(node, 'ADD');
      const f = flags(node, { exclude: 'strings', chown: 'string', chmod: 'string', link: 'bool', 'keep-git-dir': 'bool', checksum: 'string', unpack: 'bool' });
      const out = { ...base('ADD', node), ...sourcesAndDest(node, 'ADD'), link: bool(f.link), exclude: strs(f.exclude), keepGitDir: bool(f['keep-git-dir']), json: node.json } as Instruction & { kind: 'ADD' };
      if (str(f.chown) !== undefined) out.chown = str(f.chown);
      if (str(f.chmod) !== undefined) out.chmod = str(f.chmod);
      if (str(f.checksum) !== undefined) out.checksum = str(f.checksum);
      if (typeof f.unpack === 'boolean') out.unpack = f.unpack;
      return out;
    }
    case 'RUN': {
      const f = flags(node, { mount: 'strings', network: 'string', security: 'string' });
      const network = str(f.network);
      if (network !== undefined && !(NETWORKS as readonly string[]).includes(network)) throw new Error(`invalid network mode "${network}"`);
      const security = str(f.security);
      if (security !== undefined && !(SECURITY as readonly string[]).includes(security)) throw new Error(`unsupported security mode "${security}"`);
      const mountSpecs = strs(f.mount);
      const mounts = mountSpecs.map((s) => parseMount(s));
      const out = { ...base('RUN', node), ...commandLine(node), heredocs: node.heredocs.map((h) => ({ ...h })), mountSpecs, mounts } as Instruction & { kind: 'RUN' };
      if (network !== undefined) out.network = network as (typeof NETWORKS)[number];
      if (security !== undefined) out.security = security as (typeof SECURITY)[number];
      return out;
    }
    case 'CMD':
      flags(node, {});
      return { ...base('CMD', node), ...commandLine(node) };
    case 'ENTRYPOINT':
      flags(node, {});
      return { ...base('ENTRYPOINT', node), ...commandLine(node) };
    case 'SHELL':
      flags(node, {});
      if (node.args.length === 0) throw atLeastOne('SHELL');
      if (!node.json) throw new Error(`SHELL requires the arguments to be in JSON form`);
      return { ...base('SHELL', node), form: 'exec', args: [...node.args] };
    case 'HEALTHCHECK':
      return { ...base('HEALTHCHECK', node), health: healthcheck(node) };
    case 'ONBUILD': {
      if (!node.child) throw atLeastOne('ONBUILD');
      flags(node, {});
      const trig = node.child.keyword.toUpperCase();
      if (trig === 'ONBUILD') throw new Error('Chaining ONBUILD via `ONBUILD ONBUILD` isn\'t allowed');
      if (trig === 'MAINTAINER' || trig === 'FROM') throw new Error(`${trig} isn't allowed as an ONBUILD trigger`);
      let expression = node.original.replace(/^\s*ONBUILD\s*/i, '');
      for (const h of node.heredocs) expression += `\n${h.body}${h.name}`;
      // BuildKit (parseOnBuild) stores the trigger text without parsing it as an instruction: `ONBUILD COPY --bad a`
      // or `ONBUILD FOO` is accepted here and fails in the stage that runs the trigger.
      let trigger: Instruction | undefined;
      try {
        trigger = typeNode(node.child);
      } catch {
        trigger = undefined;
      }
      return { ...base('ONBUILD', node), ...(trigger ? { trigger } : {}), expression };
    }
    default:
      throw new Error(withSuggestion(`unknown instruction: ${node.keyword}`, node.keyword, INSTRUCTION_KINDS));
  }
}
