/**
 * What the model server behind a cloud stand-in answers: the same contract as the fixture server
 * (test/fixtures/deploy/model-server.mjs), so one smoke-test file checks every target. A version
 * that cannot serve answers 5xx to everything.
 */
export interface Reply {
  status: number;
  body: Record<string, unknown>;
}

export function modelServerReply(version: string, healthy: boolean, path: string): Reply {
  if (!healthy) return { status: 503, body: { ok: false, error: 'model server is not answering', version } };
  const route = path.split('?')[0];
  if (route === '/health') return { status: 200, body: { ok: true, version } };
  if (route === '/predict') return { status: 200, body: { species: 'setosa', probability: 0.97, version } };
  if (route === '/version' || route === '/') return { status: 200, body: { version } };
  return { status: 404, body: { error: 'not found', version } };
}
