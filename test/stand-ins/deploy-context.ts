/**
 * A DeployContext for driving a deploy target directly, the way the orchestrator does, with the
 * log, events and dry-run plan kept for assertions instead of printed.
 */
import type { DeployContext, PlannedCall, ProviderEvent } from '../../src/deploy/target.ts';
import { createDeadline } from '../../src/deploy/wait.ts';

export interface TestContext extends DeployContext {
  lines: string[];
  events: ProviderEvent[];
  calls: PlannedCall[];
}

export function testContext(options: { timeoutSeconds?: number; pollIntervalMs?: number; dryRun?: boolean } = {}): TestContext {
  const lines: string[] = [];
  const events: ProviderEvent[] = [];
  const calls: PlannedCall[] = [];
  const controller = new AbortController();
  return {
    lines,
    events,
    calls,
    log: {
      info: (message) => void lines.push(`info: ${message}`),
      warning: (message) => void lines.push(`warning: ${message}`),
      debug: (message) => void lines.push(`debug: ${message}`),
      event: (event) => void events.push(event),
    },
    deadline: createDeadline(options.timeoutSeconds ?? 10, controller.signal),
    plan: { dryRun: options.dryRun ?? false, record: (call) => void calls.push(call) },
    signal: controller.signal,
    pollIntervalMs: options.pollIntervalMs ?? 5,
  };
}
