/**
 * The local target: the model server as a process on this machine, behind a proxy that does canary
 * weights and shadow mirroring (see local/stack.ts). Used by the demo and by pull-request smoke tests.
 *
 * Lifetime: by default (keep-running: false) the step starts the deploy, verifies it and stops it
 * again when it ends: what a CI smoke test wants. With keep-running: true the proxy and servers
 * run in a detached process that outlives the step, so later steps of the job can promote, roll
 * back or stop it (`action: stop`); they find it by its port (target-options `port`, or the `url`
 * input), and read its state from its admin API. The runner ends it with the job at the latest.
 *
 * target-options: `port` (the proxy's port; default a free one).
 */
import { spawn } from 'node:child_process';
import { ConfigurationError, UserError } from '../../shared/errors.ts';
import { DeployFailure } from '../errors.ts';
import type { DeployContext, DeployRequest, DeployTarget, Release, ServedVersion, Strategy, TargetFactory, TargetSettings, TargetState } from '../target.ts';
import { pollUntil } from '../wait.ts';
import { ADMIN_PREFIX, LocalStack, type StackState } from './local/stack.ts';
import { SUPERVISOR_VARIABLE } from './local/supervisor.ts';
import { freePort, type ProcessInfo } from './local/process.ts';

const STRATEGIES: readonly Strategy[] = ['all-at-once', 'canary', 'shadow'];

function portOf(settings: TargetSettings): number | undefined {
  const raw = settings.options['port'];
  if (raw !== undefined) {
    const port = Number(raw);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new ConfigurationError('target-options', `port must be a port number, got "${raw}"`);
    return port;
  }
  if (settings.url) {
    const url = new URL(settings.url);
    if (url.port) return Number(url.port);
  }
  return undefined;
}

function served(info: ProcessInfo | undefined): ServedVersion | undefined {
  return info ? { version: info.version, endpoint: { url: info.url } } : undefined;
}

class LocalTarget implements DeployTarget {
  readonly name = 'local' as const;
  readonly strategies = STRATEGIES;
  private readonly settings: TargetSettings;
  private readonly keepRunning: boolean;
  private port?: number;
  /** A stack this process started and must stop when the step ends. */
  private ownStack?: LocalStack;

  constructor(settings: TargetSettings) {
    this.settings = settings;
    for (const key of Object.keys(settings.options)) {
      if (key !== 'port') throw new ConfigurationError('target-options', `has "${key}", which local does not know; it reads port`);
    }
    this.keepRunning = settings.keepRunning === true;
    this.port = portOf(settings);
  }

  private get adminUrl(): string {
    return `http://127.0.0.1:${this.port}${ADMIN_PREFIX}`;
  }

  private async call(path: string, body?: unknown, signal?: AbortSignal): Promise<StackState> {
    const response = await fetch(`${this.adminUrl}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
    const data = (await response.json()) as StackState & { error?: string };
    if (!response.ok) throw new DeployFailure(`The local deploy refused ${path.slice(1)}: ${data.error ?? response.status}`);
    return data;
  }

  /** The running deploy's state, or undefined when nothing listens on the port. */
  private async read(signal?: AbortSignal): Promise<StackState | undefined> {
    if (this.port === undefined) return undefined;
    try {
      return await this.call('/state', undefined, signal);
    } catch (error) {
      if ((error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED') return undefined;
      throw error;
    }
  }

  private toState(stack: StackState | undefined): TargetState {
    if (!stack) return { traffic: 0 };
    return {
      stable: served(stack.stable),
      candidate: stack.candidate ? { ...served(stack.candidate)!, strategy: stack.candidate.strategy } : undefined,
      traffic: stack.traffic,
      previous: stack.previous?.version,
      service: { url: stack.url },
      details: { port: new URL(stack.url).port },
    };
  }

  async preflight(ctx: DeployContext): Promise<TargetState> {
    const stack = await this.read(ctx.signal);
    if (stack) ctx.log.info(`Local deploy on ${stack.url}: ${stack.stable ? `${stack.stable.version} serving` : 'nothing serving'}${stack.candidate ? `, ${stack.candidate.strategy} ${stack.candidate.version} at ${stack.traffic}%` : ''}`);
    return this.toState(stack);
  }

  private check(request: DeployRequest): void {
    if (!request.command) throw new ConfigurationError('command', 'is required for target local: the command that starts the model server (it gets PORT)');
  }

  async plan(request: DeployRequest, state: TargetState, ctx: DeployContext): Promise<void> {
    this.check(request);
    if (!state.service) {
      ctx.plan.record({
        call: this.keepRunning ? 'spawn (detached)' : 'listen',
        resource: `proxy on 127.0.0.1:${this.port ?? '<free port>'}`,
        purpose: this.keepRunning ? 'start the local deploy in its own process, kept after the step' : 'start the proxy for this step',
      });
    }
    const side = (request.strategy === 'canary' || request.strategy === 'shadow') && state.stable;
    ctx.plan.record({
      call: 'spawn',
      resource: `${request.command} (PORT=<free port>)`,
      purpose: side ? `start ${request.version} as ${request.strategy} beside ${state.stable!.version}` : `start ${request.version}${state.stable ? `, then stop ${state.stable.version}` : ''}`,
      body: { version: request.version, command: request.command, env: request.env, healthPath: request.healthPath },
    });
    if (side) {
      ctx.plan.record({ call: 'POST', resource: `${ADMIN_PREFIX}/traffic`, purpose: `${request.strategy === 'shadow' ? 'mirror' : 'route'} ${request.traffic}% of requests to ${request.version}` });
    }
  }

  private async ensureStack(ctx: DeployContext): Promise<void> {
    if (await this.read(ctx.signal)) return;
    if (!this.keepRunning) {
      this.ownStack = new LocalStack(this.settings.workspace);
      const url = await this.ownStack.listen(this.port ?? 0);
      this.port = Number(new URL(url).port);
      ctx.log.info(`Local proxy on ${url} (stops when this step ends; keep-running: true keeps it)`);
      return;
    }
    // The supervisor is this same bundle, started detached with a marker variable (see action.ts).
    const port = this.port ?? (await freePort());
    const child = spawn(process.execPath, [process.argv[1]!], {
      detached: true,
      stdio: 'ignore',
      cwd: this.settings.workspace,
      env: { ...process.env, [SUPERVISOR_VARIABLE]: JSON.stringify({ port, cwd: this.settings.workspace }) },
    });
    let exitCode: number | null | undefined;
    child.on('exit', (code) => (exitCode = code));
    child.unref();
    this.port = port;
    const url = `http://127.0.0.1:${port}`;
    await pollUntil(ctx, `the local deploy process to listen on ${url}`, async () => {
      if (exitCode !== undefined) throw new DeployFailure(`The local deploy process exited (${exitCode}) before it listened on ${url}`);
      return (await this.read(ctx.signal)) ? { done: true, value: undefined } : { done: false, status: 'not listening yet' };
    }, { intervalMs: 50 });
    ctx.log.info(`Local deploy running on ${url} (pid ${child.pid}); it outlives this step: stop it with action: stop`);
  }

  private release(stack: StackState, version: string, strategy: Strategy): Release {
    const info = stack.candidate?.version === version ? stack.candidate : stack.stable;
    const side = stack.candidate?.version === version;
    return {
      version,
      strategy: side ? stack.candidate!.strategy : strategy === 'canary' || strategy === 'shadow' ? 'all-at-once' : strategy,
      traffic: side ? stack.traffic : 100,
      candidate: info ? { url: info.url } : undefined,
      service: { url: stack.url },
      details: { port: new URL(stack.url).port },
    };
  }

  async deploy(request: DeployRequest, state: TargetState, ctx: DeployContext): Promise<Release> {
    this.check(request);
    await this.ensureStack(ctx);
    if ((request.strategy === 'canary' || request.strategy === 'shadow') && !state.stable) {
      ctx.log.info(`Nothing serves yet, so ${request.version} starts as the first version with all traffic (no ${request.strategy})`);
    }
    const stack = await this.call('/deploy', {
      version: request.version,
      command: request.command,
      env: request.env,
      healthPath: request.healthPath,
      strategy: request.strategy,
    });
    return this.release(stack, request.version, request.strategy);
  }

  async waitHealthy(release: Release, ctx: DeployContext): Promise<void> {
    await pollUntil(ctx, `${release.version} to answer its health check`, async () => {
      const stack = await this.call('/state', undefined, ctx.signal);
      const info = stack.candidate?.version === release.version ? stack.candidate : stack.stable?.version === release.version ? stack.stable : undefined;
      if (!info) throw new DeployFailure(`${release.version} is not running in the local deploy`);
      if (info.exit) {
        const causes = info.output.map((line) => ({ level: 'error' as const, source: `process ${info.version}`, message: line }));
        for (const cause of causes) ctx.log.event(cause);
        throw new DeployFailure(`${info.version} exited (code ${info.exit.code ?? info.exit.signal}) before it was healthy`, [
          ...causes,
          { level: 'error', source: `process ${info.version}`, reason: 'Exited', message: `\`${info.command}\` exited with ${info.exit.code ?? info.exit.signal}` },
        ]);
      }
      try {
        const response = await fetch(`${info.url}${info.healthPath}`, { signal: AbortSignal.any([ctx.signal, AbortSignal.timeout(2000)]) });
        await response.body?.cancel();
        if (response.ok) return { done: true, value: undefined };
        return { done: false, status: `health check answered ${response.status}` };
      } catch (error) {
        return { done: false, status: `health check: ${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message}` };
      }
    });
  }

  async shiftTraffic(release: Release, percent: number, ctx: DeployContext): Promise<Release> {
    const stack = await this.call('/traffic', { percent }, ctx.signal);
    return this.release(stack, release.version, release.strategy);
  }

  async promote(state: TargetState, ctx: DeployContext): Promise<Release> {
    const stack = await this.call('/promote', {}, ctx.signal);
    return this.release(stack, state.candidate!.version, 'all-at-once');
  }

  async rollback(state: TargetState, ctx: DeployContext): Promise<Release> {
    if (!state.service) throw new UserError(`No local deploy is running${this.port ? ` on port ${this.port}` : ''}: nothing to roll back`);
    if (!state.candidate && !state.previous) throw new UserError(`Nothing to roll back to: ${state.stable?.version ?? 'nothing'} is the only version this local deploy has run`);
    const stack = await this.call('/rollback', {}, ctx.signal);
    return this.release(stack, stack.stable!.version, 'all-at-once');
  }

  async stop(state: TargetState, ctx: DeployContext): Promise<void> {
    if (!state.service) throw new UserError(`No local deploy is running${this.port ? ` on port ${this.port}` : ' (give target-options port: or url:)'}: nothing to stop`);
    await this.call('/stop', {}, ctx.signal);
    ctx.log.info(`Stopped the local deploy on ${state.service.url}`);
  }

  async close(): Promise<void> {
    await this.ownStack?.stop();
  }
}

const create: TargetFactory = (settings) => new LocalTarget(settings);
export default create;
