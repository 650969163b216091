/**
 * Deploy outcomes that are not bugs. A `DeployFailure` means the new version did not become healthy
 * (or the provider said it failed): it triggers automatic rollback and is reported with its causes.
 */
import { ConfigurationError } from '../shared/errors.ts';
import type { ProviderEvent, Strategy, TargetName } from './target.ts';

export class DeployFailure extends Error {
  /** Provider events and causes that explain the failure, newest last (added to as they are found). */
  causes: readonly ProviderEvent[];
  constructor(message: string, causes: readonly ProviderEvent[] = [], options?: ErrorOptions) {
    super(message, options);
    this.name = 'DeployFailure';
    this.causes = causes;
  }
}

/** A wait ran into the step's `timeout`. */
export class DeadlineExceeded extends DeployFailure {
  constructor(waitingFor: string, timeoutSeconds: number, causes: readonly ProviderEvent[] = []) {
    super(`Timed out after ${formatSeconds(timeoutSeconds)} waiting for ${waitingFor} (input "timeout")`, causes);
    this.name = 'DeadlineExceeded';
  }
}

/** The strategy asked for is not one the target can do: names the ones it can. */
export class UnsupportedStrategy extends ConfigurationError {
  constructor(target: TargetName, strategy: string, supported: readonly Strategy[]) {
    super('strategy', `"${strategy}" is not something target ${target} can do; it supports ${supported.join(', ')}`);
    this.name = 'UnsupportedStrategy';
  }
}

export function formatSeconds(seconds: number): string {
  if (seconds < 1) return `${Math.round(seconds * 1000)}ms`;
  if (seconds < 120) return `${Number(seconds.toFixed(1))}s`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds % 60);
  return rest === 0 ? `${minutes}m` : `${minutes}m${rest}s`;
}
