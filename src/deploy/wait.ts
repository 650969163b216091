/**
 * Deadlines and polling for every wait in a deploy. One `timeout` bounds the whole step; sub-steps
 * can take a tighter share with `within`. Polls log a line only when the status changes, so a long
 * wait stays readable.
 */
import { DeadlineExceeded } from './errors.ts';
import type { Deadline, DeployContext } from './target.ts';

export function createDeadline(timeoutSeconds: number, signal?: AbortSignal, now: () => number = Date.now): Deadline {
  return deadlineAt(now() + timeoutSeconds * 1000, timeoutSeconds, signal, now);
}

function deadlineAt(at: number, seconds: number, signal: AbortSignal | undefined, now: () => number): Deadline {
  const deadline: Deadline = {
    at,
    remainingMs: () => Math.max(0, at - now()),
    expired: () => now() >= at,
    check(waitingFor: string) {
      if (now() >= at) throw new DeadlineExceeded(waitingFor, seconds);
    },
    sleep(ms: number) {
      const wait = Math.max(0, Math.min(ms, at - now()));
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const timer = setTimeout(() => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        }, wait);
        const onAbort = () => {
          clearTimeout(timer);
          reject(signal!.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
    within(ms: number) {
      const end = Math.min(at, now() + ms);
      return deadlineAt(end, end === at ? seconds : ms / 1000, signal, now);
    },
  };
  return deadline;
}

export type PollOutcome<T> = { done: true; value: T } | { done: false; status: string };

export interface PollOptions {
  /** First interval (default: ctx.pollIntervalMs). */
  intervalMs?: number;
  /** Intervals grow by this factor up to `maxIntervalMs` (default 1: fixed), for rate-limited APIs. */
  backoff?: number;
  maxIntervalMs?: number;
  /** A tighter deadline than the context's. */
  deadline?: Deadline;
}

/**
 * Calls `check` until it reports done, logging each new status. Throws `DeadlineExceeded` with the
 * last status at the deadline; whatever `check` throws (a DeployFailure) ends the wait at once.
 */
export async function pollUntil<T>(ctx: DeployContext, waitingFor: string, check: () => Promise<PollOutcome<T>>, options: PollOptions = {}): Promise<T> {
  const deadline = options.deadline ?? ctx.deadline;
  let interval = options.intervalMs ?? ctx.pollIntervalMs;
  let lastStatus: string | undefined;
  for (;;) {
    const outcome = await check();
    if (outcome.done) return outcome.value;
    if (outcome.status !== lastStatus) {
      ctx.log.info(`Waiting for ${waitingFor}: ${outcome.status}`);
      lastStatus = outcome.status;
    }
    if (deadline.expired()) deadline.check(`${waitingFor} (last seen: ${lastStatus})`);
    await deadline.sleep(interval);
    if (deadline.expired()) {
      // One last look: the state may have settled during the final sleep.
      const last = await check();
      if (last.done) return last.value;
      deadline.check(`${waitingFor} (last seen: ${last.status})`);
    }
    interval = Math.min(interval * (options.backoff ?? 1), options.maxIntervalMs ?? Number.POSITIVE_INFINITY);
  }
}
