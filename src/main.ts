import * as core from '@actions/core';
import { runAction } from './action/run-action.js';
import type { ActionLogger } from './action/logger.js';
import { loadConfig } from './inputs.js';

/** @actions/core as the action's logger. */
const log: ActionLogger = {
  info: core.info,
  debug: core.debug,
  notice: (m, at) => core.notice(m, at ?? {}),
  warning: (m, at) => core.warning(m, at ?? {}),
  error: (m, at) => core.error(m, at ?? {}),
  startGroup: core.startGroup,
  endGroup: core.endGroup,
  setSecret: core.setSecret,
};

/** The action: inputs -> preflight -> build -> push -> outputs and job summary. */
export async function run(signal?: AbortSignal): Promise<void> {
  try {
    const result = await runAction(() => loadConfig(process.env, process.cwd(), log), {
      env: process.env,
      cwd: process.cwd(),
      log,
      now: Date.now,
      setOutput: core.setOutput,
      exportVariable: core.exportVariable,
      writeSummary: async (md) => void (process.env.GITHUB_STEP_SUMMARY && (await core.summary.addRaw(md).write())),
      signal,
    });
    if (!result.ok) process.exitCode = 1;
  } catch (e) {
    core.setFailed(`hoist: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}
