/**
 * Stand-ins for the GitHub Actions services a job talks to besides the REST API: the results service
 * (artifacts v4 and cache v2, Twirp JSON) and the Azure blob storage it signs URLs for. Point
 * @actions/artifact and @actions/cache at them with `env`, exactly as the runner would. See README.md.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ArtifactService, type StoredArtifact } from './artifact-service.ts';
import { BlobStorage, type Blob } from './blob-storage.ts';
import { CacheService, type StoredCacheEntry } from './cache-service.ts';
import { Recorder, type FaultRule, type RecordedRequest } from './recorder.ts';
import { CACHE_READ, CACHE_WRITE, mintRuntimeToken, newBackendId, type CacheScope } from './runtime-token.ts';
import { handleTwirp, type TwirpMethod } from './twirp.ts';

export type { StoredArtifact } from './artifact-service.ts';
export type { StoredCacheEntry } from './cache-service.ts';
export type { Blob } from './blob-storage.ts';
export type { FaultRule, RecordedRequest } from './recorder.ts';

export interface RunOptions {
  /** The run's ref: where its cache entries are saved (default `refs/heads/main`). */
  ref?: string;
  /**
   * Further refs whose cache entries the run may restore, in search order after its own: a pull
   * request's base branch, the default branch. Default: `refs/heads/main` when `ref` is another ref.
   */
  readRefs?: string[];
}

/** One workflow run (and job) as the services know it. */
export interface ActionsRun {
  /** The variables the runner gives a step, for `runAction({ env })` or `process.env`. */
  env: Record<string, string>;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  ref: string;
}

export interface ActionsServices extends ActionsRun {
  /** Another run (new backend IDs and token) against the same stores, e.g. a later push or a PR. */
  newRun(options?: RunOptions): ActionsRun;
  /** Every artifact created, finalized or not, with its bytes once finalized. */
  artifacts: StoredArtifact[];
  caches: StoredCacheEntry[];
  blobs: Map<string, Blob>;
  requests: RecordedRequest[];
  violations: string[];
  /** Makes the next matching request(s) fail. */
  fault(rule: FaultRule): void;
  /** A signed URL that downloads a finalized artifact, what the REST API's `/zip` endpoint redirects to. */
  artifactDownloadUrl(artifact: StoredArtifact | number): string;
  resultsUrl: string;
  blobUrl: string;
  /** Stops both servers; rejects when any request broke the protocol. */
  close(): Promise<void>;
}

/**
 * Points @actions/artifact and @actions/cache, run inside this process, at one run: its variables, a
 * new empty workspace (GITHUB_WORKSPACE) and runner temp folder, and any `extra` variables. The
 * libraries read these on every call. Returns the workspace.
 */
export function useRunInProcess(run: ActionsRun, extra: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'actions-run-'));
  mkdirSync(join(root, 'workspace'));
  mkdirSync(join(root, 'temp'));
  Object.assign(process.env, run.env, { GITHUB_WORKSPACE: join(root, 'workspace'), RUNNER_TEMP: join(root, 'temp') }, extra);
  return join(root, 'workspace');
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function listen(handler: (request: IncomingMessage, response: ServerResponse, body: Buffer) => Promise<void>): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    readBody(request)
      .then((body) => handler(request, response, body))
      .catch((error: unknown) => {
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
        response.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export async function startActionsServices(options: RunOptions = {}): Promise<ActionsServices> {
  const secret = randomBytes(32);
  const recorder = new Recorder();
  const blobs = new BlobStorage(randomBytes(32), recorder);
  const artifacts = new ArtifactService(blobs, recorder);
  const caches = new CacheService(blobs, recorder);
  const methods = new Map<string, TwirpMethod>([...artifacts.methods(), ...caches.methods()]);

  const results = await listen(async (request, response, body) => {
    await handleTwirp(request, response, body, { recorder, secret, methods });
  });
  const storage = await listen((request, response, body) => blobs.handle(request, response, body));
  blobs.origin = storage.origin;

  const newRun = (runOptions: RunOptions = {}): ActionsRun => {
    const ref = runOptions.ref ?? 'refs/heads/main';
    const readRefs = runOptions.readRefs ?? (ref === 'refs/heads/main' ? [] : ['refs/heads/main']);
    const cacheScopes: CacheScope[] = [{ Scope: ref, Permission: CACHE_READ | CACHE_WRITE }, ...readRefs.map((Scope) => ({ Scope, Permission: CACHE_READ }))];
    const run = { workflowRunBackendId: newBackendId(), workflowJobRunBackendId: newBackendId(), cacheScopes };
    return {
      env: {
        // The runner's values have a trailing slash; the clients keep only the origin.
        ACTIONS_RESULTS_URL: `${results.origin}/`,
        ACTIONS_RUNTIME_TOKEN: mintRuntimeToken(secret, run),
        // Hosted runners turn cache service v2 on with this flag; without it @actions/cache speaks v1.
        ACTIONS_CACHE_SERVICE_V2: 'True',
        // Both clients refuse to work (artifacts) or fall back to v1 (cache) when the server URL is not
        // github.com or *.ghe.com: they take any other host for GitHub Enterprise Server.
        GITHUB_SERVER_URL: 'https://github.com',
      },
      workflowRunBackendId: run.workflowRunBackendId,
      workflowJobRunBackendId: run.workflowJobRunBackendId,
      ref,
    };
  };

  const first = newRun(options);
  return {
    ...first,
    newRun,
    artifacts: artifacts.artifacts,
    caches: caches.entries,
    blobs: blobs.blobs,
    requests: recorder.requests,
    violations: recorder.violations,
    fault: (rule) => recorder.addFault(rule),
    artifactDownloadUrl(artifact) {
      const stored = typeof artifact === 'number' ? artifacts.artifacts.find((candidate) => candidate.id === artifact) : artifact;
      if (!stored?.finalized) throw new Error(`artifact ${typeof artifact === 'number' ? artifact : artifact.name} is not finalized`);
      return artifacts.downloadUrl(stored);
    },
    resultsUrl: results.origin,
    blobUrl: storage.origin,
    async close() {
      for (const { server } of [results, storage]) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
      if (recorder.violations.length > 0) {
        throw new Error(`The Actions service stand-ins saw ${recorder.violations.length} protocol violation(s):\n${recorder.violations.map((v) => `  - ${v}`).join('\n')}`);
      }
    },
  };
}
