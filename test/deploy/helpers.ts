/** Shared pieces of the deploy tests: fixture model servers and harness defaults. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../../src/deploy/targets/local/process.ts';
import { REPO_ROOT } from '../harness/run-action.ts';

export const FIXTURES = join(REPO_ROOT, 'test/fixtures/deploy');
export const MODEL_SERVER = join(FIXTURES, 'model-server.mjs');
export const SMOKE = join(FIXTURES, 'smoke.yaml');
/** The command the local target runs for the fixture server. */
export const SERVER_COMMAND = `"${process.execPath}" "${MODEL_SERVER}"`;

/** Inputs every deploy test wants: fast polling, no GitHub unless asked. */
export const FAST = { 'poll-interval': '20ms', 'github-deployment': false } as const;

export interface ModelServer {
  url: string;
  close(): Promise<void>;
}

/** A fixture model server process, standing for the pods of one image. */
export async function startModelServer(version: string, mode = 'healthy'): Promise<ModelServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [MODEL_SERVER], { env: { ...process.env, PORT: String(port), MODEL_VERSION: version, SERVER_MODE: mode }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && resolve());
    child.on('exit', (code) => reject(new Error(`model server exited ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.on('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
