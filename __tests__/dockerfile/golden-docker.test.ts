/**
 * Conformance of the golden cases with `docker build`: every fixture whose stages only set metadata (no RUN,
 * COPY or ADD) is built by the reference engine with its base images replaced by `scratch`, and the image
 * config Docker produced is compared with the one implied by hoist's expansion (Env, Labels, User, WorkingDir,
 * ExposedPorts, Volumes, Cmd, Entrypoint, Shell, Healthcheck, StopSignal, OnBuild).
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDockerfile, type Dockerfile } from '../../src/dockerfile/parse.js';
import { planStages, type StagePlan } from '../../src/dockerfile/plan.js';
import { StageScope } from '../../src/dockerfile/scope.js';
import { parsePlatform } from '../../src/oci/platform.js';
import { dockerRun } from './docker-build.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/dockerfile');

interface CaseOptions {
  buildArgs?: Record<string, string>;
  target?: string;
  platform?: string;
}

type Config = Record<string, unknown>;

/** Replaces every image base with `scratch`, keeping line numbers and flags. */
function rewrite(text: string, df: Dockerfile, plan: StagePlan): string {
  const lines = text.split('\n');
  for (const s of plan.allStages) {
    if (s.base.kind !== 'image') continue;
    const i = s.ast.from.startLine - 1;
    const idx = lines[i].lastIndexOf(s.ast.from.image);
    lines[i] = `${lines[i].slice(0, idx)}scratch${lines[i].slice(idx + s.ast.from.image.length)}`;
  }
  void df;
  return lines.join('\n');
}

function portKeys(p: string): string[] {
  const [range, proto = 'tcp'] = p.split('/');
  const [lo, hi = lo] = range.split('-');
  const out: string[] = [];
  for (let n = Number(lo); n <= Number(hi); n++) out.push(`${n}/${proto.toLowerCase()}`);
  return out;
}

/** The config hoist's expansion implies for the target (a tiny model of the builder's config effects). */
function expectedConfig(plan: StagePlan): Config {
  const configs = new Map<number, Config>();
  const scopes = new Map<number, StageScope>();
  for (const st of plan.stages) {
    const parent = st.base.kind === 'stage' ? st.base.stage : undefined;
    const scope = new StageScope({ plan, stage: st, baseEnv: [], parentScope: parent !== undefined ? scopes.get(parent) : undefined });
    const c: Config = parent !== undefined ? structuredClone(configs.get(parent)!) : { Labels: {}, ExposedPorts: {}, Volumes: {}, OnBuild: [], WorkingDir: '/' };
    if (parent !== undefined) c.OnBuild = [];
    let cmdSet = false;
    const shellOf = (): string[] => (c.Shell as string[] | undefined) ?? ['/bin/sh', '-c'];
    for (const raw of st.ast.instructions) {
      const i = scope.expand(raw);
      switch (i.kind) {
        case 'LABEL':
          for (const p of i.pairs) (c.Labels as Record<string, string>)[p.key] = p.value;
          break;
        case 'USER':
          c.User = i.user;
          break;
        case 'WORKDIR':
          c.WorkingDir = path.posix.resolve('/', (c.WorkingDir as string | undefined) ?? '/', i.path);
          break;
        case 'EXPOSE':
          for (const p of i.ports) for (const k of portKeys(p)) (c.ExposedPorts as Record<string, object>)[k] = {};
          break;
        case 'VOLUME':
          for (const v of i.volumes) (c.Volumes as Record<string, object>)[v] = {};
          break;
        case 'STOPSIGNAL':
          c.StopSignal = i.signal;
          break;
        case 'SHELL':
          c.Shell = i.args;
          break;
        case 'CMD':
          c.Cmd = i.form === 'exec' ? i.args : [...shellOf(), i.command];
          cmdSet = true;
          break;
        case 'ENTRYPOINT':
          c.Entrypoint = i.form === 'exec' ? i.args : [...shellOf(), i.command];
          if (!cmdSet) delete c.Cmd;
          break;
        case 'ONBUILD':
          (c.OnBuild as string[]).push(i.expression);
          break;
        case 'HEALTHCHECK': {
          const h = i.health;
          c.Healthcheck = h.kind === 'NONE' ? { Test: ['NONE'] } : {
            Test: h.test,
            ...(h.interval ? { Interval: h.interval } : {}),
            ...(h.timeout ? { Timeout: h.timeout } : {}),
            ...(h.startPeriod ? { StartPeriod: h.startPeriod } : {}),
            ...(h.startInterval ? { StartInterval: h.startInterval } : {}),
            ...(h.retries ? { Retries: h.retries } : {}),
          };
          break;
        }
        default:
          break;
      }
    }
    c.Env = scope.env();
    configs.set(st.index, c);
    scopes.set(st.index, scope);
  }
  return normalize(configs.get(plan.target.index)!);
}

const FIELDS = ['Env', 'Labels', 'User', 'WorkingDir', 'ExposedPorts', 'Volumes', 'Cmd', 'Entrypoint', 'Shell', 'Healthcheck', 'StopSignal', 'OnBuild'];
function normalize(c: Config): Config {
  const out: Config = {};
  for (const f of FIELDS) {
    const v = c[f];
    if (v === undefined || v === null || v === '') continue;
    if (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[f] = v;
  }
  return out;
}

interface Candidate {
  name: string;
  dockerfile: string;
  opts: CaseOptions;
  expected: Config;
}

function candidates(): Candidate[] {
  const out: Candidate[] = [];
  for (const name of readdirSync(root).sort()) {
    const dir = path.join(root, name);
    if (name === 'negative' || !existsSync(path.join(dir, 'Dockerfile'))) continue;
    const text = readFileSync(path.join(dir, 'Dockerfile'), 'utf8');
    const optFile = path.join(dir, 'options.json');
    const opts: CaseOptions = existsSync(optFile) ? (JSON.parse(readFileSync(optFile, 'utf8')) as CaseOptions) : {};
    const df = parseDockerfile(text, { file: 'Dockerfile' });
    const platform = parsePlatform(opts.platform ?? 'linux/amd64');
    // The reference engine's front-end (Engine 26's BuildKit: BuildOptions.legacyFrontend, e.g. a bare global ARG
    // shadows a platform arg, one ARG line's defaults are expanded before its names are set).
    const plan = planStages(df, { buildArgs: opts.buildArgs ?? {}, target: opts.target, targetPlatform: platform, buildPlatform: { os: 'linux', architecture: 'amd64' }, legacyFrontend: true });
    const kinds = plan.stages.flatMap((s) => s.ast.instructions.map((i) => (i.kind === 'ONBUILD' ? 'ONBUILD' : i.kind)));
    if (kinds.some((k) => k === 'RUN' || k === 'COPY' || k === 'ADD')) continue;
    if (plan.allStages.some((s) => s.platform !== undefined && s.platform !== (opts.platform ?? 'linux/amd64'))) continue;
    out.push({ name, dockerfile: rewrite(text, df, plan), opts, expected: expectedConfig(plan) });
  }
  return out;
}

describe('golden cases agree with docker build', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const all = candidates();

  test('enough metadata-only cases are checked', () => {
    expect(all.length).toBeGreaterThanOrEqual(30);
  });

  test.concurrent.each(all.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hoist-golden-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, 'Dockerfile'), c.dockerfile);
    const tag = `hoist-golden:${c.name}`;
    const args = ['build', '-q', '--network', 'host', '-t', tag];
    for (const [k, v] of Object.entries(c.opts.buildArgs ?? {})) args.push('--build-arg', `${k}=${v}`);
    if (c.opts.target) args.push('--target', c.opts.target);
    if (c.opts.platform) args.push('--platform', c.opts.platform);
    const b = await dockerRun([...args, dir]);
    expect(b.stderr).toBe(b.code === 0 ? b.stderr : '(build succeeded)');
    const i = await dockerRun(['image', 'inspect', '--format', '{{json .Config}}', tag]);
    await dockerRun(['image', 'rm', '-f', tag]);
    expect(normalize(JSON.parse(i.stdout) as Config)).toEqual(c.expected);
  });
});
