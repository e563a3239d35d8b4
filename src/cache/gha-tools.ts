import { access, chmod, constants, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Absolute path of an executable found on `pathVar` (a PATH value), or undefined. */
export async function findOnPath(name: string, pathVar: string | undefined): Promise<string | undefined> {
  for (const dir of (pathVar ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // next
    }
  }
  return undefined;
}

/** What the store found about the compressors @actions/cache spawns. */
export interface ZstdSetup {
  /** PATH to use during library calls (with shims prepended when needed). */
  path: string | undefined;
  /** A warning to show, when zstd is missing. */
  warning?: string;
}

/**
 * @actions/cache uses zstd when `zstd --version` works, and then runs `tar --use-compress-program zstdmt`
 * and `unzstd`. Where only `zstd` exists, this writes `zstdmt` / `unzstd` shims into `binDir` and prepends it.
 * Without zstd the library falls back to gzip, which works but gives entries of another version: warn.
 */
export async function prepareZstd(pathVar: string | undefined, binDir: string): Promise<ZstdSetup> {
  const zstd = await findOnPath('zstd', pathVar);
  if (!zstd) {
    return {
      path: pathVar,
      warning:
        'zstd is not on PATH: the Actions cache falls back to gzip, which is slower, and entries saved by runners with zstd are not visible to this one (install zstd)',
    };
  }
  const shims: [string, string][] = [];
  if (!(await findOnPath('zstdmt', pathVar))) shims.push(['zstdmt', `exec "${zstd}" -T0 "$@"`]);
  if (!(await findOnPath('unzstd', pathVar))) shims.push(['unzstd', `exec "${zstd}" -d "$@"`]);
  if (shims.length === 0) return { path: pathVar };
  await mkdir(binDir, { recursive: true });
  for (const [name, body] of shims) {
    const file = path.join(binDir, name);
    await writeFile(file, `#!/bin/sh\n${body}\n`);
    await chmod(file, 0o755);
  }
  return { path: [binDir, pathVar].filter(Boolean).join(path.delimiter) };
}

/** The workflow event payload at GITHUB_EVENT_PATH, or undefined when absent or unreadable. */
export async function readEventPayload(eventPath: string | undefined): Promise<unknown> {
  if (!eventPath) return undefined;
  try {
    return JSON.parse(await readFile(eventPath, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** The repository's default branch from the event payload, if it says. */
export function defaultBranchOf(payload: unknown): string | undefined {
  const b = (payload as { repository?: { default_branch?: unknown } } | undefined)?.repository?.default_branch;
  return typeof b === 'string' && b !== '' ? b : undefined;
}
