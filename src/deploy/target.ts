/**
 * The deploy contract every target implements (Elastic Beanstalk, App Engine, Kubernetes, local).
 *
 * The orchestrator (`orchestrate.ts`) owns the verbs and their order; a target only speaks its
 * provider's API. For `action: deploy` the orchestrator calls:
 *
 *   preflight → [dry-run: plan, stop] → deploy → waitHealthy → smoke(candidate endpoint, if any)
 *             → shiftTraffic(percent) → waitHealthy → smoke(service endpoint)
 *   on a failure after `deploy` started: rollback(state before) → waitHealthy(restored) → smoke → fail
 *
 * For `action: promote` / `rollback`: preflight (state read back from the target, with the GitHub
 * Deployment payload as `recorded`) → promote / rollback → waitHealthy → smoke.
 *
 * Rules for targets:
 * - Every wait goes through `ctx.deadline` (or the `pollUntil` helper in `wait.ts`); never sleep
 *   past it, never loop without it.
 * - Provider events and causes (Kubernetes Events, EB events, App Engine operation errors) go to
 *   `ctx.log.event`, so they reach the step log and the failure message.
 * - A failed health wait or a provider-reported failure throws `DeployFailure` (errors.ts) with the
 *   causes; that is what triggers automatic rollback. Bad settings throw `ConfigurationError`.
 * - In dry-run the orchestrator calls only `preflight` (must be read-only) and `plan`.
 * - State that a later job needs must be readable from the provider (`preflight`) or be put in
 *   `TargetState.details`, which the orchestrator stores in the GitHub Deployment payload and
 *   hands back as `recorded`. Never on the runner's disk.
 *
 * A target module (`targets/<name>.ts`) default-exports a `TargetFactory` and is listed in
 * `targets/index.ts`. Inputs reach it as `TargetSettings` (common ones typed, the rest through the
 * `target-options` input); a target that needs another input documents it in action.yml.
 * Helpers: `pollUntil`/`createDeadline` in `wait.ts`, `DeployFailure`/`DeadlineExceeded`/
 * `UnsupportedStrategy` in `errors.ts`.
 */
/** How a new version reaches users. */
export const STRATEGIES = ['all-at-once', 'rolling', 'canary', 'shadow'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export const TARGET_NAMES = ['elastic-beanstalk', 'app-engine', 'kubernetes', 'local'] as const;
export type TargetName = (typeof TARGET_NAMES)[number];

/** What the orchestrator was asked to do. `stop` ends a long-running local deploy. */
export const VERBS = ['deploy', 'promote', 'rollback', 'stop'] as const;
export type Verb = (typeof VERBS)[number];

/** An HTTP endpoint a version answers on; smoke tests and health checks use it. */
export interface Endpoint {
  /** Shown to users (outputs, Deployment `environment_url`). */
  url: string;
  /**
   * Sends one request to `path` (starting with `/`) on this endpoint. Absent: plain `fetch(url + path)`.
   * Targets that reach a version through a proxy with credentials (the Kubernetes API server's
   * service proxy) supply their own.
   */
  fetch?: (path: string, init: RequestInit) => Promise<Response>;
}

/** A version as it is served. */
export interface ServedVersion {
  version: string;
  /** Container image, when the version is one. */
  image?: string;
  /** Where this version alone answers (no traffic split), when the target can address it. */
  endpoint?: Endpoint;
}

/** What serves now, as read back from the target. */
export interface TargetState {
  /** The version taking user traffic (all of it, or all but the canary share). Undefined before the first deploy. */
  stable?: ServedVersion;
  /** A version running beside the stable one and not yet promoted. */
  candidate?: ServedVersion & { strategy: 'canary' | 'shadow' };
  /** Percent of user requests on the candidate (canary), or mirrored to it (shadow). 0 without a candidate. */
  traffic: number;
  /** The version that served before `stable`: what `rollback` restores when there is no candidate. */
  previous?: string;
  /** Where users reach the service (stable and candidate per `traffic`). */
  service?: Endpoint;
  /** Target-specific facts a later job needs (JSON only); stored in the GitHub Deployment payload. */
  details?: Record<string, unknown>;
}

/** The outcome of `deploy`, `promote` or `rollback`: what the orchestrator waits on and reports. */
export interface Release {
  /** The version this call put in place (the candidate for canary/shadow, the restored one for rollback). */
  version: string;
  strategy: Strategy;
  /** Percent of user traffic on `version` now (100 for all-at-once/rolling/promote/rollback). */
  traffic: number;
  /** Where `version` alone answers, before it has user traffic; undefined if the target cannot address it. */
  candidate?: Endpoint;
  /** Where users reach the service. */
  service?: Endpoint;
  /** Target-specific facts for `waitHealthy` and for later jobs (JSON only). */
  details?: Record<string, unknown>;
}

/** Everything the workflow said about the new version. Paths are absolute. */
export interface DeployRequest {
  /** Version label (validated by the target against its own naming rules). */
  version: string;
  strategy: Strategy;
  /** Canary: percent of user traffic for the new version. Shadow: percent of requests mirrored to it. */
  traffic: number;
  /** Container image reference (Kubernetes, App Engine flex, EB Docker). */
  image?: string;
  /** Source bundle (zip or folder) to upload (Elastic Beanstalk, App Engine standard). */
  bundle?: string;
  /** Command that starts the model server, with PORT in its environment (local). */
  command?: string;
  /** Path the health check requests (GET, expects 2xx). */
  healthPath: string;
  /** Port the model server listens on inside its container (Kubernetes, EB Docker). */
  containerPort: number;
  /** Environment variables for the model server. */
  env: Record<string, string>;
  /** Labels / metadata to put on what the target creates (commit, run URL, model version). */
  annotations: Record<string, string>;
}

/** Settings from the action's inputs that say where to deploy; a target reads the ones it needs. */
export interface TargetSettings {
  /** What is deployed: Kubernetes Deployment/Service name, EB environment, App Engine service, local label. */
  name?: string;
  /** Kubernetes: kubeconfig file (absolute); absent means the KUBECONFIG variable. */
  kubeconfig?: string;
  /** Kubernetes: the user's manifest files (absolute), applied instead of generated objects where they overlap. */
  manifests?: string[];
  /** Kubernetes namespace. */
  namespace?: string;
  /** Elastic Beanstalk application. */
  application?: string;
  /** AWS region. */
  region?: string;
  /** Google Cloud project (App Engine application id). */
  project?: string;
  /** The public URL users reach the service on, when the target cannot tell it. */
  url?: string;
  /** Target-specific extras from the `target-options` input (`key: value` lines), documented per target. */
  options: Record<string, string>;
  /** local: leave the deploy running after the step (input `keep-running`). */
  keepRunning?: boolean;
  /** The workspace, for resolving paths in options. */
  workspace: string;
}

/** One provider call the deploy would make, for the dry-run plan. */
export interface PlannedCall {
  /** HTTP method or API operation, e.g. `PATCH` or `UpdateEnvironment`. */
  call: string;
  /** What it acts on, e.g. `apps/v1 Deployment prod/iris` or an API path. */
  resource: string;
  /** Why, in a few words. */
  purpose: string;
  /** The manifest or request body, shown in full. */
  body?: unknown;
}

/** Collects the dry-run plan. */
export interface PlanRecorder {
  /** True when nothing may be changed: `preflight` and `plan` only. */
  readonly dryRun: boolean;
  record(call: PlannedCall): void;
}

export type EventLevel = 'info' | 'warning' | 'error';

/** A provider event or cause (Kubernetes Event, EB event, App Engine operation error, process exit). */
export interface ProviderEvent {
  level: EventLevel;
  /** What it is about, e.g. `Deployment/iris` or `environment iris-prod`. */
  source: string;
  /** Short machine reason, e.g. `ProgressDeadlineExceeded`, when the provider gives one. */
  reason?: string;
  message: string;
  /** When the provider says it happened (ISO 8601). */
  time?: string;
}

export interface DeployLog {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  /** Surfaces a provider event in the log; warning/error events are kept and reported as causes on failure. */
  event(event: ProviderEvent): void;
}

/** The overall `timeout` of the step. Every wait is bounded by it. */
export interface Deadline {
  /** Epoch milliseconds. */
  readonly at: number;
  remainingMs(): number;
  expired(): boolean;
  /** Throws `DeadlineExceeded` (a DeployFailure) naming what was awaited, once the deadline has passed. */
  check(waitingFor: string): void;
  /** Waits `ms`, cut short at the deadline or on abort (rejects with the abort reason). */
  sleep(ms: number): Promise<void>;
  /** A deadline no later than this one and at most `ms` from now (for one sub-step). */
  within(ms: number): Deadline;
}

/** What every target call gets. */
export interface DeployContext {
  log: DeployLog;
  deadline: Deadline;
  plan: PlanRecorder;
  /** Aborted when the step is cancelled or the deadline passes; pass it to fetch and watches. */
  signal: AbortSignal;
  /** Interval between polls of provider state (input `poll-interval`; tests use tens of ms). */
  pollIntervalMs: number;
}

/** A deploy target. Construct with the settings (see `targets/index.ts`). */
export interface DeployTarget {
  readonly name: TargetName;
  /** Strategies this target can do; any other is refused before anything is touched. */
  readonly strategies: readonly Strategy[];
  /**
   * Checks settings and credentials and reads what serves now. Read-only (runs in dry-run too).
   * `recorded` is the state the previous deploy stored in its GitHub Deployment payload, if any:
   * use it only for what the provider cannot tell.
   */
  preflight(ctx: DeployContext, recorded?: TargetState): Promise<TargetState>;
  /** Records through `ctx.plan` the calls and manifests `deploy` would send for `request`. No writes. */
  plan(request: DeployRequest, state: TargetState, ctx: DeployContext): Promise<void>;
  /**
   * Starts `request.version` per strategy and returns once the provider accepted it (not healthy yet):
   * - all-at-once / rolling: replaces the stable version (rolling: in batches, by the provider's rules);
   * - canary: beside the stable one with no user traffic where the target allows (else its minimum);
   * - shadow: beside the stable one, receiving no mirrored requests yet.
   * With no stable version yet, canary/shadow deploy as the first stable version (Release.strategy
   * then says `all-at-once`). Re-running with the same version must be harmless (idempotent).
   */
  deploy(request: DeployRequest, state: TargetState, ctx: DeployContext): Promise<Release>;
  /**
   * Waits until `release` is fully rolled out and healthy, or throws `DeployFailure` with the provider's
   * causes (or `DeadlineExceeded`). Must confirm the *requested* version serves, not just "ready".
   */
  waitHealthy(release: Release, ctx: DeployContext): Promise<void>;
  /** Sends `percent` (0-100) of user traffic to the candidate (canary) or mirrors that share to it (shadow). */
  shiftTraffic(release: Release, percent: number, ctx: DeployContext): Promise<Release>;
  /** Makes the candidate the stable version with all traffic and removes what only the old one used. */
  promote(state: TargetState, ctx: DeployContext): Promise<Release>;
  /**
   * Puts the stable version back on all traffic: removes a candidate if there is one, otherwise
   * restores `state.previous`. Throws `UserError` when there is nothing to roll back to.
   */
  rollback(state: TargetState, ctx: DeployContext): Promise<Release>;
  /** Ends what the target keeps running (local: processes and proxy). Optional. */
  stop?(state: TargetState, ctx: DeployContext): Promise<void>;
  /** Releases client resources held by this process (sockets, child processes not meant to outlive the step). */
  close?(): Promise<void>;
}

/** Builds a target from the settings; throws `ConfigurationError` for missing or wrong ones. */
export type TargetFactory = (settings: TargetSettings) => DeployTarget | Promise<DeployTarget>;
