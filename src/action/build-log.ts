/**
 * The build's log as the action shows it: one log group per stage (per platform when there are several),
 * each step with `CACHED` or its time and layer size, RUN output indented under its step, and Dockerfile
 * warnings as annotations on `file:line`.
 */
import path from 'node:path';
import type { BuildEvents, StepReport } from '../build/types.js';
import { firstLine, formatBytes, formatDuration } from './format.js';
import type { GroupedLog } from './logger.js';

/** Build events that log through `glog`; call `flush()` when the build ends (prints buffered output). */
export interface BuildLog extends BuildEvents {
  flush(): void;
}

/** Prefix of RUN output lines. Not whitespace, so a line of output can never start a workflow command. */
export const OUTPUT_PREFIX = '  │ ';

/** The line a finished step shows: `CACHED`, or its time and layer size. */
export function stepResult(r: StepReport): string {
  if (r.status === 'cached') return 'CACHED';
  if (r.status === 'config') return '';
  return `done ${formatDuration(r.ms)}${r.layerSize !== undefined ? `, layer ${formatBytes(r.layerSize)}` : ''}`;
}

/**
 * Events for `runBuild` that write through a grouped log. `workspace` and `cwd` make warning file names
 * relative to the workspace, as annotations need them.
 */
export function buildLog(glog: GroupedLog, opts: { workspace: string; cwd: string; checkAnnotations?: boolean }): BuildLog {
  const log = glog.log;
  let platform: string | undefined;
  let pending = '';
  const started = new Set<string>();
  const flush = () => {
    if (pending) log.info(`${OUTPUT_PREFIX}${pending}`);
    pending = '';
  };
  return {
    info(message) {
      const m = /^building for (.+)$/.exec(message);
      if (m) platform = m[1];
      log.info(message);
    },
    stageStart(name) {
      flush();
      glog.group(`Stage ${name}${platform ? ` (${platform})` : ''}`);
    },
    stepStart(stage, text, line) {
      flush();
      started.add(`${stage}:${line}`);
      log.info(`[${stage}:${line}] ${firstLine(text)}`);
    },
    output(_stage, _line, _stream, chunk) {
      const lines = (pending + chunk.toString('utf8')).split(/\r?\n/);
      pending = lines.pop() ?? '';
      for (const l of lines) log.info(`${OUTPUT_PREFIX}${l}`);
    },
    stepEnd(r) {
      flush();
      const key = `${r.stage}:${r.line}`;
      if (started.delete(key)) log.info(`[${key}] ${stepResult(r)}`);
      else log.info(`[${key}] ${firstLine(r.instruction)}${r.status === 'cached' ? '  CACHED' : ''}`);
    },
    warning(message, file, line, check) {
      flush();
      if (!file) return log.warning(message);
      const abs = path.resolve(opts.cwd, file);
      const rel = path.relative(opts.workspace, abs);
      const inside = rel && !rel.startsWith('..') && !path.isAbsolute(rel);
      const at = { file: inside ? rel : file, ...(line && line > 0 ? { startLine: line } : {}) };
      // A build check as build-push-action annotates it: the rule's description as the title, a link to its page
      // (a plain log line with DOCKER_BUILD_CHECKS_ANNOTATIONS=false, as build-push-action has it).
      if (check && opts.checkAnnotations === false) return log.info(`warning: ${at.file}:${line ?? 0}: ${check.rule}: ${check.message}`);
      if (check) return log.warning(check.url ? `${check.message}\nMore info: ${check.url}` : check.message, { ...at, title: check.description });
      log.warning(message, { ...at, title: 'Dockerfile' });
    },
    flush,
  };
}
