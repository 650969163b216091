/**
 * The shared bundle's entry. Each action's `runs.main` is a two-line stub in dist/ that calls
 * `runAction` with its own name; the umbrella action passes the `command` input instead.
 */
import * as core from '@actions/core';
import { ACTION_NAMES, loadAction } from './actions.ts';
import { executeAction, reportFailure } from './shared/action.ts';
import { ConfigurationError } from './shared/errors.ts';

export { ACTION_NAMES } from './actions.ts';
export { runCli } from './cli/main.ts';

export async function runAction(name: string): Promise<void> {
  try {
    await executeAction(await loadAction(name));
  } catch (error) {
    reportFailure(name, error);
  }
  // Leave no keep-alive socket or timer holding the step open.
  process.exit(process.exitCode ?? 0);
}

/** The umbrella action: `uses: OWNER/ml-actions@v1` with `command: <action>`. */
export async function runCommand(): Promise<void> {
  const command = core.getInput('command').trim();
  if (!ACTION_NAMES.includes(command)) {
    reportFailure('ml-actions', new ConfigurationError('command', `must be one of ${ACTION_NAMES.join(', ')}; got "${command}"`));
    process.exit(1);
  }
  await runAction(command);
}
