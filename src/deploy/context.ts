/**
 * The `DeployContext` the action hands to targets: a log that keeps provider events (they become
 * the causes of a failure and a table in the job summary), the step's deadline, the dry-run plan,
 * and an abort signal tied to cancellation and the deadline.
 */
import * as core from '@actions/core';
import type { DeployContext, DeployLog, EventLevel, PlannedCall, PlanRecorder, ProviderEvent } from './target.ts';
import { createDeadline } from './wait.ts';

export interface RecordingLog extends DeployLog {
  readonly events: ProviderEvent[];
}

const EVENT_ICON: Record<EventLevel, string> = { info: 'ℹ', warning: '⚠', error: '✗' };

export function createLog(): RecordingLog {
  const events: ProviderEvent[] = [];
  const seen = new Set<string>();
  return {
    events,
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    debug: (message) => core.debug(message),
    event(event) {
      // Providers repeat events (Kubernetes counts them, EB re-lists them): show each once.
      const key = `${event.level}|${event.source}|${event.reason ?? ''}|${event.message}`;
      if (seen.has(key)) return;
      seen.add(key);
      events.push(event);
      const text = `${EVENT_ICON[event.level]} ${event.source}${event.reason ? ` ${event.reason}` : ''}: ${event.message}${event.time ? ` (${event.time})` : ''}`;
      // Plain log lines, not annotations: a rollout can emit dozens; the failure message carries the causes.
      core.info(text);
    },
  };
}

export interface RecordingPlan extends PlanRecorder {
  readonly calls: PlannedCall[];
}

export function createPlan(dryRun: boolean): RecordingPlan {
  const calls: PlannedCall[] = [];
  return { dryRun, calls, record: (call) => void calls.push(call) };
}

export interface DeployContextOptions {
  timeoutSeconds: number;
  pollIntervalMs: number;
  dryRun: boolean;
}

export interface RunningContext extends DeployContext {
  log: RecordingLog;
  plan: RecordingPlan;
  /** Stops the deadline timer. */
  dispose(): void;
}

export function createDeployContext(options: DeployContextOptions): RunningContext {
  const controller = new AbortController();
  const deadline = createDeadline(options.timeoutSeconds, controller.signal);
  // The signal aborts slightly after the deadline, so a wait that checks the deadline reports
  // "timed out waiting for X" rather than a bare abort.
  const timer = setTimeout(() => controller.abort(new Error(`the step's timeout (${options.timeoutSeconds}s) passed`)), options.timeoutSeconds * 1000 + 2000);
  timer.unref();
  const onSignal = () => controller.abort(new Error('the step was cancelled'));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    log: createLog(),
    deadline,
    plan: createPlan(options.dryRun),
    signal: controller.signal,
    pollIntervalMs: options.pollIntervalMs,
    dispose() {
      clearTimeout(timer);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
