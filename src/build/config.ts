import type { Instruction } from '../dockerfile/instructions.js';
import type { ImageConfig, HistoryEntry, Platform } from '../oci/types.js';
import { goDuration, goQuote, goQuoteRune, goQuoteSlice, goSetMap, goSlice } from './go-format.js';
import { parsePortSpec } from './ports.js';

/** BuildKit's history comment on every entry it writes. */
export const HISTORY_COMMENT = 'buildkit.dockerfile.v0';

/** Default PATH BuildKit adds to an image without one (Linux). */
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/**
 * Names the target platform in the final image's config when the platforms were asked for (buildx `--platform`;
 * BuildKit's `!implicitTarget` in dockerfile2llb), whatever platform the last stage ran on (`FROM
 * --platform=$BUILDPLATFORM ...` as the final stage): os and architecture always; variant and os.version as today's
 * BuildKit only when the target has one or os/arch changed (an arm64 base's `v8` stays), as Engine 26's BuildKit
 * (`legacy`) always.
 */
export function applyTargetPlatform(config: ImageConfig, target: Platform, legacy: boolean): void {
  const sameOsArch = config.os === target.os && config.architecture === target.architecture;
  config.os = target.os;
  config.architecture = target.architecture;
  const set = (k: 'variant' | 'os.version', v: string | undefined) => {
    if (v) config[k] = v;
    else delete config[k];
  };
  if (legacy || target.variant || !sameOsArch) set('variant', target.variant);
  if (legacy || target['os.version'] || !sameOsArch) set('os.version', target['os.version']);
  if (target['os.features']) config['os.features'] = [...target['os.features']];
}

/** The shell shell-form commands run with: the image's SHELL, else `/bin/sh -c`. */
export function shellOf(config: ImageConfig): string[] {
  const shell = config.config?.Shell;
  return shell && shell.length > 0 ? [...shell] : ['/bin/sh', '-c'];
}

/** Wraps a shell-form command line with the image's shell, as BuildKit's withShell does. */
export function withShell(config: ImageConfig, command: string): string[] {
  return [...shellOf(config), command];
}

/** Sets or replaces `KEY=VALUE` in an env list, keeping the position of an existing key. */
/**
 * A RUN's environment with `key` set as BuildKit's LLB state sets it (EnvList.AddOrReplace): the old entry goes and
 * the new one is appended, so a process sees its variables in the order they were last set (`ENV PATH=/x:$PATH`
 * puts PATH last). The image config's Env keeps an entry in place (addEnv).
 */
export function setRunEnv(env: readonly string[], key: string, value: string): string[] {
  return [...env.filter((e) => e.split('=', 1)[0] !== key), `${key}=${value}`];
}

export function addEnv(env: readonly string[], key: string, value: string): string[] {
  const out = [...env];
  const i = out.findIndex((e) => e.split('=', 1)[0] === key);
  if (i >= 0) out[i] = `${key}=${value}`;
  else out.push(`${key}=${value}`);
  return out;
}

/** Appends a history entry as BuildKit's commitToHistory does. */
export function commitHistory(config: ImageConfig, createdBy: string, withLayer: boolean, created: string | undefined, buildkitSuffix = false): HistoryEntry {
  const entry: HistoryEntry = {};
  if (created) entry.created = created;
  entry.created_by = buildkitSuffix ? `${createdBy} # buildkit` : createdBy;
  entry.comment = HISTORY_COMMENT;
  if (!withLayer) entry.empty_layer = true;
  (config.history ??= []).push(entry);
  return entry;
}

/** Linux signal names moby/sys/signal knows (without `SIG`), RTMIN+n and RTMAX-n included. */
const SIGNAL_NAMES = new Set([
  'ABRT', 'ALRM', 'BUS', 'CHLD', 'CLD', 'CONT', 'FPE', 'HUP', 'ILL', 'INT', 'IO', 'IOT', 'KILL', 'PIPE', 'POLL', 'PROF', 'PWR', 'QUIT',
  'SEGV', 'STKFLT', 'STOP', 'SYS', 'TERM', 'TRAP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'USR1', 'USR2', 'VTALRM', 'WINCH', 'XCPU', 'XFSZ',
  'RTMIN', 'RTMAX', ...Array.from({ length: 15 }, (_, i) => `RTMIN+${i + 1}`), ...Array.from({ length: 14 }, (_, i) => `RTMAX-${i + 1}`),
]);

/**
 * STOPSIGNAL's check (moby/sys/signal ParseSignal, as BuildKit's dispatchStopSignal calls it): a non-zero
 * integer (Go Atoi: optional sign, decimal digits, int64 range), or a signal name in any case, `SIG` optional.
 */
export function isValidSignal(raw: string): boolean {
  if (/^[+-]?[0-9]+$/.test(raw)) {
    const n = BigInt(raw);
    if (n >= -(2n ** 63n) && n < 2n ** 63n) return n !== 0n;
  }
  return SIGNAL_NAMES.has(raw.toUpperCase().replace(/^SIG/, ''));
}

/** Per-stage facts the config instructions need. */
export interface ConfigContext {
  /** Whether CMD was set in this stage (ENTRYPOINT keeps it then). */
  cmdSet: boolean;
  /** The `created` time to stamp history with. */
  created?: string;
  /** History strings as Engine 26's BuildKit writes them (BuildOptions.legacyFrontend). */
  legacyFrontend?: boolean;
}

/**
 * Applies an (already expanded) instruction that changes only the image config: ENV, LABEL, EXPOSE, VOLUME,
 * USER, CMD, ENTRYPOINT, SHELL, HEALTHCHECK, STOPSIGNAL, ONBUILD, MAINTAINER. Returns false for instructions
 * that are not config-only. History strings are BuildKit's.
 */
export function applyConfigInstruction(config: ImageConfig, instr: Instruction, ctx: ConfigContext): boolean {
  const c = (config.config ??= {});
  switch (instr.kind) {
    case 'ENV': {
      let msg = 'ENV';
      for (const { key, value } of instr.pairs) {
        c.Env = addEnv(c.Env ?? [], key, value);
        msg += ` ${key}=${value}`;
      }
      commitHistory(config, msg, false, ctx.created);
      return true;
    }
    case 'LABEL': {
      let msg = 'LABEL';
      c.Labels ??= {};
      for (const { key, value } of instr.pairs) {
        c.Labels[key] = value;
        msg += ` ${key}=${value}`;
      }
      commitHistory(config, msg, false, ctx.created);
      return true;
    }
    case 'EXPOSE': {
      const ports = instr.ports.flatMap(parsePortSpec);
      c.ExposedPorts ??= {};
      for (const p of ports) c.ExposedPorts[p] = {};
      // Today's BuildKit lists the ports in order, repeats kept (Go's %v of a slice: `[53/udp 80/tcp 80/tcp]`); Engine 26's
      // printed the set nat.ParsePortSpecs made (`map[53/udp:{} 80/tcp:{}]`).
      commitHistory(config, `EXPOSE ${ctx.legacyFrontend ? goSetMap(ports) : goSlice(ports)}`, false, ctx.created);
      return true;
    }
    case 'VOLUME': {
      c.Volumes ??= {};
      for (const v of instr.volumes) {
        if (v === '') throw new Error('VOLUME specified can not be an empty string');
        c.Volumes[v] = {};
      }
      commitHistory(config, `VOLUME ${goSlice(instr.volumes)}`, false, ctx.created);
      return true;
    }
    case 'USER':
      c.User = instr.user;
      commitHistory(config, `USER ${instr.user}`, false, ctx.created);
      return true;
    case 'CMD': {
      const args = instr.form === 'shell' ? withShell(config, instr.command) : instr.args;
      c.Cmd = args;
      c.ArgsEscaped = true;
      ctx.cmdSet = true;
      commitHistory(config, `CMD ${goQuoteSlice(args)}`, false, ctx.created);
      return true;
    }
    case 'ENTRYPOINT': {
      const args = instr.form === 'shell' ? withShell(config, instr.command) : instr.args;
      c.Entrypoint = args;
      if (!ctx.cmdSet) c.Cmd = null;
      commitHistory(config, `ENTRYPOINT ${goQuoteSlice(args)}`, false, ctx.created);
      return true;
    }
    case 'SHELL':
      c.Shell = [...instr.args];
      commitHistory(config, `SHELL ${goSlice(instr.args)}`, false, ctx.created);
      return true;
    case 'HEALTHCHECK': {
      const h = instr.health;
      const hc = h.kind === 'NONE' ? { Test: ['NONE'] } : {
        Test: h.test,
        Interval: h.interval || undefined,
        Timeout: h.timeout || undefined,
        StartPeriod: h.startPeriod || undefined,
        StartInterval: h.startInterval || undefined,
        Retries: h.retries || undefined,
      };
      c.Healthcheck = Object.fromEntries(Object.entries(hc).filter(([, v]) => v !== undefined));
      let fmt: string;
      if (ctx.legacyFrontend) {
        // Go's `%q` of the *HealthConfig, as Engine 26's BuildKit writes it.
        const d = (ns: number | undefined) => goQuote(goDuration(ns ?? 0));
        fmt = `&{${goQuoteSlice(hc.Test)} ${d(hc.Interval)} ${d(hc.Timeout)} ${d(hc.StartPeriod)} ${d(hc.StartInterval)} ${goQuoteRune(hc.Retries ?? 0)}}`;
      } else {
        // Go's `%+v` of the HealthcheckConfig value, as today's BuildKit writes it (dispatchHealthcheck).
        const d = (ns: number | undefined) => goDuration(ns ?? 0);
        fmt = `{Test:${goSlice(hc.Test)} Interval:${d(hc.Interval)} Timeout:${d(hc.Timeout)} StartPeriod:${d(hc.StartPeriod)} StartInterval:${d(hc.StartInterval)} Retries:${hc.Retries ?? 0}}`;
      }
      commitHistory(config, `HEALTHCHECK ${fmt}`, false, ctx.created);
      return true;
    }
    case 'STOPSIGNAL':
      if (!isValidSignal(instr.signal)) throw new Error(`invalid signal: ${instr.signal}`);
      c.StopSignal = instr.signal;
      commitHistory(config, `STOPSIGNAL ${instr.signal}`, false, ctx.created);
      return true;
    case 'ONBUILD':
      c.OnBuild = [...(c.OnBuild ?? []), instr.expression];
      return true;
    case 'MAINTAINER':
      config.author = instr.maintainer;
      commitHistory(config, `MAINTAINER ${instr.maintainer}`, false, ctx.created);
      return true;
    default:
      return false;
  }
}

/**
 * Normalises WORKDIR against the current working directory (BuildKit's NormalizeWorkdir on Linux): an absolute
 * path is kept as written (`/app/` stays `/app/` in the config), a relative one is joined to the current directory
 * and cleaned (Go's filepath.Join).
 */
export function normalizeWorkdir(current: string | undefined, requested: string): string {
  if (requested.startsWith('/')) return requested;
  const base = `${current || '/'}/${requested}`;
  const parts: string[] = [];
  for (const p of base.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return `/${parts.join('/')}`;
}
