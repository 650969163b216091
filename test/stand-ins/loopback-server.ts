/**
 * The HTTP plumbing the cloud stand-ins share: a server on 127.0.0.1 (port 0), whole request bodies,
 * and a record of every protocol violation a stand-in saw, so a test can assert there were none even
 * when the client under test retried past the error it got back.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInRequest {
  method: string;
  /** Path and query exactly as sent. */
  rawPath: string;
  url: URL;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

export type StandInHandler = (request: StandInRequest, response: ServerResponse) => Promise<void> | void;

export interface LoopbackServer {
  url: string;
  port: number;
  /** Requests received, in order ("METHOD /path"). */
  readonly log: string[];
  close(): Promise<void>;
}

/** A request the real service would refuse: the stand-in answers with `status` and records it. */
export class ProtocolViolation extends Error {
  readonly status: number;
  readonly code: string;
  constructor(code: string, message: string, status = 400) {
    super(message);
    this.name = 'ProtocolViolation';
    this.code = code;
    this.status = status;
  }
}

export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Starts a server whose handler gets the whole body. A handler that throws something other than a
 * ProtocolViolation is a stand-in bug: it answers 500 and the error is kept in `bugs`.
 */
export async function startLoopbackServer(
  handler: StandInHandler,
  onUnexpected: (error: unknown, response: ServerResponse) => void,
): Promise<LoopbackServer> {
  const log: string[] = [];
  const server = createServer((request, response) => {
    void (async () => {
      const body = await readBody(request);
      const rawPath = request.url ?? '/';
      log.push(`${request.method} ${rawPath}`);
      try {
        await handler({ method: request.method ?? 'GET', rawPath, url: new URL(rawPath, 'http://127.0.0.1'), headers: request.headers, body }, response);
      } catch (error) {
        onUnexpected(error, response);
      }
    })();
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
