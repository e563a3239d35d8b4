import * as core from '@actions/core';

/** The action: inputs -> tags -> build -> push -> outputs and summary. */
export async function run(): Promise<void> {
  core.setFailed('hoist: the action pipeline is not wired yet');
}
