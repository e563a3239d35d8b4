/**
 * Turns errors into the one message a failed run shows: the input or Dockerfile line at fault, what went
 * wrong, and a hint. Dockerfile errors become annotations on `file:line`. Messages never carry secrets
 * (registry errors are already redacted; hoist's own messages never quote a password).
 */
import path from 'node:path';
import { BaseImageError } from '../build/image-source.js';
import { StepError } from '../build/steps.js';
import { DockerfileError } from '../dockerfile/errors.js';
import { MetaError } from '../meta/types.js';
import { RegistryError } from '../registry/errors.js';
import { InputError, type Login } from './input-parsers.js';
import type { AnnotationTarget } from './logger.js';

/** A failure as the action reports it: one message, and where to annotate it when it points into a file. */
export interface Failure {
  message: string;
  at?: AnnotationTarget;
}

/** An error found before the build (credentials, permissions, reachability, no tags); `input` names the input. */
export class PreflightError extends Error {
  constructor(
    readonly input: string | undefined,
    message: string,
  ) {
    super(input ? `${input}: ${message}` : message);
    this.name = 'PreflightError';
  }
}

const RUNNER_NEEDS = "hoist runs RUN steps as root or with passwordless sudo (GitHub-hosted Linux runners have both), or through a Docker daemon's socket (DOCKER_HOST=unix://...).";

/** The file path an annotation needs: relative to the workspace when inside it. */
function annotationFile(file: string, workspace: string, cwd: string): string {
  const abs = path.resolve(cwd, file);
  const rel = path.relative(workspace, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/**
 * The message and annotation target of a failure. Dockerfile errors (`DockerfileError`, `StepError`,
 * `BaseImageError`) point at their file and line; the rest are plain messages.
 */
export function describeFailure(err: unknown, ctx: { workspace: string; cwd: string }): Failure {
  if (err instanceof DockerfileError) {
    const file = annotationFile(err.file, ctx.workspace, ctx.cwd);
    if (err.line <= 0) return { message: err.message, at: { file, title: 'Dockerfile' } };
    return { message: err.message, at: { file, startLine: err.line, endLine: err.endLine, title: 'Dockerfile' } };
  }
  if (err instanceof StepError) {
    const file = annotationFile(err.file, ctx.workspace, ctx.cwd);
    const message = /needs (a|the) sandbox/.test(err.message) ? `${err.message}\n${RUNNER_NEEDS}` : err.message;
    return { message, at: { file, startLine: err.line, title: 'Build step failed' } };
  }
  if (err instanceof BaseImageError) {
    const m = /^(.+?):(\d+): /.exec(err.message);
    if (m) return { message: err.message, at: { file: annotationFile(m[1], ctx.workspace, ctx.cwd), startLine: Number(m[2]), title: 'Base image' } };
    return { message: err.message };
  }
  if (err instanceof InputError || err instanceof MetaError || err instanceof PreflightError) return { message: err.message };
  if (err instanceof RegistryError) return { message: `${err.message}${err.code === 'DENIED' || err.status === 403 ? ' (the credentials do not allow this; check the login for this registry)' : ''}` };
  if (err instanceof Error && err.name === 'SandboxError') {
    return { message: `${err.message}\n${RUNNER_NEEDS}` };
  }
  return { message: err instanceof Error ? err.message : String(err) };
}

/** The hint for credentials a registry refused, by registry. */
function credentialHint(registry: string): string {
  if (registry === 'ghcr.io') return ' For ghcr.io, use github-token (the default) with `permissions: packages: write`, or a personal access token with write:packages.';
  if (registry === 'docker.io') return ' For Docker Hub, use an access token (Account settings > Personal access tokens) as the password.';
  return '';
}

/** The hint for a registry hoist cannot push to, by registry. */
function permissionHint(registry: string): string {
  if (registry === 'ghcr.io') {
    return 'for ghcr.io the token needs write_package: give the job `permissions: packages: write`, and when the package already exists, give this repository write access in the package settings (Manage Actions access)';
  }
  if (registry === 'docker.io') return 'for Docker Hub use a personal access token with Read & Write scope as password';
  return 'check that this user may push to the repository';
}

/**
 * Explains a registry error seen during preflight: unreachable, wrong credentials, no credentials, or no
 * push permission. `where` names the input the repository came from; `login` the input's login, if any.
 */
export function explainRegistryError(err: unknown, opts: { registry: string; repository?: string; where: string; login?: Login; operation: 'reach' | 'push' }): PreflightError {
  const target = opts.repository ? `${opts.registry}/${opts.repository}` : opts.registry;
  if (!(err instanceof RegistryError)) return new PreflightError(opts.where, `cannot ${opts.operation === 'push' ? 'push to' : 'reach'} ${target}: ${err instanceof Error ? err.message : String(err)}`);
  if (err.status === undefined) {
    return new PreflightError(opts.where, `registry ${opts.registry} is unreachable: ${err.message}. Check the registry name and that the runner can reach it.`);
  }
  // A 401 once the ping went through means the credentials were accepted but do not grant a push.
  if (err.status === 403 || err.code === 'DENIED' || (err.status === 401 && opts.operation === 'push' && opts.login)) {
    const input = opts.login ? (opts.login.from === 'username/password' ? 'username' : opts.login.from) : opts.where;
    return new PreflightError(input, `no permission to push to ${target}${opts.login ? ` as "${opts.login.username}"` : ''} (${err.status} ${err.code ?? 'denied'}): ${permissionHint(opts.registry)}.`);
  }
  if (err.status === 401) {
    if (opts.login) {
      const input = opts.login.from === 'username/password' ? 'password' : opts.login.from;
      return new PreflightError(input, `registry ${opts.registry} refused the credentials of user "${opts.login.username}" (401 unauthorized): check the username and the password or token.${credentialHint(opts.registry)}`);
    }
    return new PreflightError(opts.where, `registry ${opts.registry} needs credentials and none were found: set username and password (or registry-auth) for it${opts.registry === 'ghcr.io' ? ', or pass github-token' : ''}.`);
  }
  return new PreflightError(opts.where, `${opts.operation === 'push' ? 'push check on' : 'ping of'} ${target} failed: ${err.message}`);
}
