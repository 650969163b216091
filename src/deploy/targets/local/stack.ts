/**
 * A local deploy: model server processes behind a small proxy that routes a share of requests to a
 * canary or mirrors them to a shadow, and an admin API under /_ml-actions/ through which a deploy
 * step (this process or a later one) reads the state and changes it. The state lives here, in the
 * running deploy, not on disk.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ServerProcess, type ProcessInfo, type ServerSpec } from './process.ts';

export const ADMIN_PREFIX = '/_ml-actions';
export const VERSION_HEADER = 'x-ml-actions-version';

export type LocalStrategy = 'all-at-once' | 'canary' | 'shadow';

export interface StackState {
  url: string;
  pid: number;
  stable?: ProcessInfo;
  candidate?: ProcessInfo & { strategy: 'canary' | 'shadow' };
  /** Percent of requests to the canary, or mirrored to the shadow. */
  traffic: number;
  previous?: { version: string; command: string; env: Record<string, string>; healthPath: string };
  counts: { stable: number; candidate: number; mirrored: number; mirrorFailed: number };
}

export interface DeployBody extends Omit<ServerSpec, 'cwd'> {
  strategy: LocalStrategy;
}

export class LocalStack {
  private server?: Server;
  private stable?: ServerProcess;
  private candidate?: { process: ServerProcess; strategy: 'canary' | 'shadow' };
  private traffic = 0;
  private previous?: StackState['previous'];
  private readonly counts = { stable: 0, candidate: 0, mirrored: 0, mirrorFailed: 0 };
  private requestNumber = 0;
  private readonly cwd: string;
  /** Resolved when the stack was told to stop. */
  readonly stopped: Promise<void>;
  private markStopped!: () => void;

  constructor(cwd: string) {
    this.cwd = cwd;
    this.stopped = new Promise((resolve) => (this.markStopped = resolve));
  }

  async listen(port: number): Promise<string> {
    this.server = createServer((request, response) => void this.handle(request, response));
    this.server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, '127.0.0.1', () => resolve());
    });
    return this.url;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  state(): StackState {
    return {
      url: this.url,
      pid: process.pid,
      stable: this.stable?.info,
      candidate: this.candidate ? { ...this.candidate.process.info, strategy: this.candidate.strategy } : undefined,
      traffic: this.candidate ? this.traffic : 0,
      previous: this.previous,
      counts: { ...this.counts },
    };
  }

  async deploy(body: DeployBody): Promise<void> {
    const spec: ServerSpec = { version: body.version, command: body.command, env: body.env, healthPath: body.healthPath, cwd: this.cwd };
    if (body.strategy === 'all-at-once' || !this.stable) {
      // Same version already serving from the same command: nothing to do (re-runs are harmless).
      if (this.stable?.running && this.stable.spec.version === spec.version && this.stable.spec.command === spec.command) return;
      await this.replaceStable(await ServerProcess.start(spec));
      return;
    }
    if (this.candidate?.process.running && this.candidate.process.spec.version === spec.version && this.candidate.strategy === body.strategy) return;
    await this.candidate?.process.stop();
    this.candidate = { process: await ServerProcess.start(spec), strategy: body.strategy };
    this.traffic = 0;
  }

  private async replaceStable(next: ServerProcess): Promise<void> {
    const old = this.stable;
    this.stable = next;
    if (old) {
      this.previous = { version: old.spec.version, command: old.spec.command, env: old.spec.env, healthPath: old.spec.healthPath };
      await old.stop();
    }
  }

  setTraffic(percent: number): void {
    if (!this.candidate) throw new Error('no canary or shadow is running');
    this.traffic = percent;
  }

  async promote(): Promise<void> {
    if (!this.candidate) throw new Error('no canary or shadow is running');
    const { process: next } = this.candidate;
    this.candidate = undefined;
    this.traffic = 0;
    await this.replaceStable(next);
  }

  async rollback(): Promise<void> {
    if (this.candidate) {
      const { process: old } = this.candidate;
      this.candidate = undefined;
      this.traffic = 0;
      await old.stop();
      return;
    }
    if (!this.previous) throw new Error('there is no previous version to restore');
    const restored = await ServerProcess.start({ ...this.previous, cwd: this.cwd });
    await this.replaceStable(restored);
  }

  async stop(): Promise<void> {
    await Promise.all([this.candidate?.process.stop(), this.stable?.stop()]);
    this.candidate = undefined;
    this.stable = undefined;
    await new Promise<void>((resolve) => {
      if (!this.server) return resolve();
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
    this.markStopped();
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const path = request.url ?? '/';
    try {
      if (path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`)) return await this.admin(request.method ?? 'GET', path.slice(ADMIN_PREFIX.length), body, response);
      this.route(request, body, response);
    } catch (error) {
      send(response, 500, { error: (error as Error).message });
    }
  }

  private async admin(method: string, path: string, body: Buffer, response: ServerResponse): Promise<void> {
    const input = body.length > 0 ? (JSON.parse(body.toString('utf8')) as Record<string, unknown>) : {};
    if (method === 'GET' && path === '/state') return send(response, 200, this.state());
    if (method !== 'POST') return send(response, 405, { error: `${method} ${path} is not an admin call` });
    try {
      if (path === '/deploy') await this.deploy(input as unknown as DeployBody);
      else if (path === '/traffic') this.setTraffic(Number(input['percent']));
      else if (path === '/promote') await this.promote();
      else if (path === '/rollback') await this.rollback();
      else if (path === '/stop') {
        send(response, 200, { stopped: true });
        setImmediate(() => void this.stop());
        return;
      } else return send(response, 404, { error: `unknown admin call ${path}` });
    } catch (error) {
      return send(response, 409, { error: (error as Error).message });
    }
    send(response, 200, this.state());
  }

  /** Weighted round robin: exactly `traffic`% of requests, spread evenly, go to the canary. */
  private takesCandidate(): boolean {
    const n = this.requestNumber++;
    return Math.floor(((n + 1) * this.traffic) / 100) > Math.floor((n * this.traffic) / 100);
  }

  private route(request: IncomingMessage, body: Buffer, response: ServerResponse): void {
    if (!this.stable) return send(response, 503, { error: 'no version is deployed' });
    const candidate = this.candidate;
    const chosen = candidate && candidate.strategy === 'canary' && this.takesCandidate() ? candidate.process : this.stable;
    if (chosen === this.stable) this.counts.stable++;
    else this.counts.candidate++;
    forward(chosen.info, request, body, response);
    if (candidate && candidate.strategy === 'shadow' && this.takesCandidate()) {
      this.counts.mirrored++;
      // The shadow's answer is discarded; only whether it answered at all is counted.
      forward(candidate.process.info, request, body, undefined, () => this.counts.mirrorFailed++);
    }
  }
}

function send(response: ServerResponse, status: number, data: unknown): void {
  if (response.headersSent) return;
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(data));
}

function forward(target: ProcessInfo, request: IncomingMessage, body: Buffer, response: ServerResponse | undefined, onFailure?: () => void): void {
  const headers = { ...request.headers, host: `127.0.0.1:${target.port}`, 'content-length': String(body.length) };
  delete headers['transfer-encoding'];
  const upstream = httpRequest({ host: '127.0.0.1', port: target.port, method: request.method, path: request.url, headers }, (answer) => {
    if (!response) {
      if ((answer.statusCode ?? 500) >= 500) onFailure?.();
      answer.resume();
      return;
    }
    response.writeHead(answer.statusCode ?? 502, { ...answer.headers, [VERSION_HEADER]: target.version });
    answer.pipe(response);
  });
  upstream.on('error', (error) => {
    onFailure?.();
    if (response) send(response, 502, { error: `version ${target.version} did not answer: ${error.message}` });
  });
  upstream.end(body);
}
