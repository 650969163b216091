/**
 * A kept local deploy (keep-running: true) runs in its own detached process: the deploy action's
 * bundle started again with this variable set, so no second entry point has to be shipped.
 */
import { LocalStack } from './stack.ts';

export const SUPERVISOR_VARIABLE = 'ML_ACTIONS_LOCAL_SUPERVISOR';

/** Runs the proxy and servers until told to stop (admin `stop`, SIGTERM or SIGINT). */
export async function runSupervisor(config: { port: number; cwd: string }): Promise<void> {
  const stack = new LocalStack(config.cwd);
  await stack.listen(config.port);
  const stop = () => void stack.stop();
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  await stack.stopped;
}
