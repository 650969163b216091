#!/usr/bin/env node
/**
 * A small HTTP server for the iris model.
 *
 *   MODEL_PATH=model/model.json PORT=8080 MODEL_VERSION=v3 node server.js [model-path]
 *
 *   POST /predict  JSON rows → predictions. Rows are objects with the four features
 *                  ({"sepal_length": 5.1, …}) or arrays in that order; the body is an array of rows
 *                  or {"instances": [...]}. Answers {"model_version", "predictions", "probabilities"}.
 *   GET  /healthz  {"status": "ok", "model_version"} once the model is loaded.
 *   GET  /metrics  Prometheus text format: requests, latency, predictions by class, model version.
 *
 * PORT 0 picks a free port; the chosen address is printed as `listening on http://HOST:PORT`.
 */
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import client from 'prom-client';
import { loadModel } from './model.js';

const MAX_BODY_BYTES = 1 << 20;
const MAX_ROWS = 10_000;

const modelPath = resolve(process.argv[2] ?? process.env.MODEL_PATH ?? 'model/model.json');
const version = process.env.MODEL_VERSION ?? 'unversioned';
const host = process.env.HOST ?? '0.0.0.0';
const model = loadModel(modelPath);

const registry = new client.Registry();
client.collectDefaultMetrics({ register: registry });
const requests = new client.Counter({ name: 'iris_http_requests_total', help: 'HTTP requests by route and status code.', labelNames: ['route', 'code'], registers: [registry] });
const latency = new client.Histogram({
  name: 'iris_predict_duration_seconds',
  help: 'Time to answer a /predict request.',
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
  registers: [registry],
});
const predictions = new client.Counter({ name: 'iris_predictions_total', help: 'Predictions made, by predicted class.', labelNames: ['class'], registers: [registry] });
const info = new client.Gauge({ name: 'iris_model_info', help: 'The model being served (always 1).', labelNames: ['version'], registers: [registry] });
info.set({ version }, 1);
for (const name of model.classes) predictions.inc({ class: name }, 0);

class BadRequest extends Error {
  constructor(message, status = 400) {
    super(message);
    this.status = status;
  }
}

function featureRow(row, index) {
  const values = Array.isArray(row) ? row : row && typeof row === 'object' ? model.features.map((name) => row[name]) : undefined;
  if (!values || values.length !== model.features.length) throw new BadRequest(`row ${index}: give the ${model.features.length} features ${model.features.join(', ')}`);
  return values.map((value, k) => {
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isFinite(number)) throw new BadRequest(`row ${index}: ${model.features[k]} must be a number, got ${JSON.stringify(value)}`);
    return number;
  });
}

async function readJson(request) {
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BadRequest(`the body is larger than ${MAX_BODY_BYTES} bytes`, 413);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    throw new BadRequest(`the body is not valid JSON: ${error.message}`);
  }
}

function send(response, status, body, type = 'application/json') {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(type === 'application/json' ? `${JSON.stringify(body)}\n` : body);
}

async function predict(request, response) {
  const stop = latency.startTimer();
  try {
    const body = await readJson(request);
    const rows = Array.isArray(body) ? body : body?.instances ?? body?.rows;
    if (!Array.isArray(rows)) throw new BadRequest('send an array of rows, or {"instances": [rows]}');
    if (rows.length > MAX_ROWS) throw new BadRequest(`at most ${MAX_ROWS} rows per request`, 413);
    const results = rows.length === 0 ? [] : model.predict(rows.map(featureRow));
    for (const result of results) predictions.inc({ class: result.label });
    send(response, 200, { model_version: version, predictions: results.map((r) => r.label), probabilities: results.map((r) => r.probabilities) });
    return 200;
  } finally {
    stop();
  }
}

const server = createServer(async (request, response) => {
  const route = new URL(request.url ?? '/', 'http://localhost').pathname;
  let status = 500;
  try {
    if (route === '/predict' && request.method === 'POST') status = await predict(request, response);
    else if (route === '/healthz' && (request.method === 'GET' || request.method === 'HEAD')) {
      send(response, (status = 200), { status: 'ok', model_version: version });
    } else if (route === '/metrics' && request.method === 'GET') {
      send(response, (status = 200), await registry.metrics(), registry.contentType);
    } else if (['/predict', '/healthz', '/metrics'].includes(route)) {
      send(response, (status = 405), { error: `${request.method} is not allowed on ${route}` });
    } else {
      send(response, (status = 404), { error: `no route ${route}; try POST /predict, GET /healthz or GET /metrics` });
    }
  } catch (error) {
    status = error instanceof BadRequest ? error.status : 500;
    if (status === 500) console.error(error);
    if (!response.headersSent) send(response, status, { error: status === 500 ? 'internal error' : error.message });
  } finally {
    const known = ['/predict', '/healthz', '/metrics'].includes(route) ? route : 'other';
    requests.inc({ route: known, code: String(status) });
  }
});

server.listen(Number(process.env.PORT ?? 8080), host, () => {
  const address = server.address();
  console.log(`iris model ${version} from ${modelPath}: listening on http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`);
});

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections would hold close() open; give them a moment, then go.
    setTimeout(() => process.exit(0), 5000).unref();
    server.closeIdleConnections();
  });
}
