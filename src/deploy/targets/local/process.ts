/**
 * A model server as a local process: started through the shell with PORT set, in its own process
 * group so stopping it also stops what it spawned, with the tail of its output kept as the cause
 * to show when it dies or never becomes healthy.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

const TAIL_LINES = 20;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface ServerSpec {
  version: string;
  command: string;
  env: Record<string, string>;
  healthPath: string;
  /** Working folder of the command (the workspace). */
  cwd: string;
}

export interface ProcessInfo {
  version: string;
  command: string;
  port: number;
  url: string;
  pid?: number;
  healthPath: string;
  startedAt: string;
  /** Set once the process ended. */
  exit?: { code: number | null; signal: string | null };
  /** Last lines it printed (stdout and stderr). */
  output: string[];
}

export class ServerProcess {
  readonly spec: ServerSpec;
  readonly info: ProcessInfo;
  private readonly child: ChildProcess;
  private readonly exited: Promise<void>;

  private constructor(spec: ServerSpec, port: number) {
    this.spec = spec;
    this.child = spawn(spec.command, {
      shell: true,
      cwd: spec.cwd,
      env: { ...process.env, ...spec.env, PORT: String(port), HOST: '127.0.0.1', MODEL_VERSION: spec.version },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.info = {
      version: spec.version,
      command: spec.command,
      port,
      url: `http://127.0.0.1:${port}`,
      pid: this.child.pid,
      healthPath: spec.healthPath,
      startedAt: new Date().toISOString(),
      output: [],
    };
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() === '') continue;
        this.info.output.push(line.slice(0, 500));
        if (this.info.output.length > TAIL_LINES) this.info.output.shift();
      }
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => {
      this.child.on('exit', (code, signal) => {
        this.info.exit = { code, signal };
        resolve();
      });
      this.child.on('error', (error) => {
        this.info.output.push(`could not start: ${error.message}`);
        this.info.exit ??= { code: null, signal: null };
        resolve();
      });
    });
  }

  static async start(spec: ServerSpec): Promise<ServerProcess> {
    return new ServerProcess(spec, await freePort());
  }

  get running(): boolean {
    return this.info.exit === undefined;
  }

  /** SIGTERM to the whole group, SIGKILL after `graceMs`. */
  async stop(graceMs = 5000): Promise<void> {
    if (!this.running || this.child.pid === undefined) return;
    const signal = (name: NodeJS.Signals) => {
      try {
        process.kill(-this.child.pid!, name);
      } catch {
        // Already gone.
      }
    };
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}
