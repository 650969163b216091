/**
 * The iris example end to end, as a project using the toolkit runs it: train with the JavaScript script,
 * evaluate its predictions through the bundled action, then serve the model and ask it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '../harness/run-action.ts';
import { evaluate } from './workspace.ts';
import { assertValidMetricsDocument } from './expectations.ts';

const EXAMPLE = join(REPO_ROOT, 'examples/iris');

function train(seed: string): string {
  const workspace = mkdtempSync(join(tmpdir(), 'iris-'));
  copyFileSync(join(EXAMPLE, 'iris.csv'), join(workspace, 'iris.csv'));
  copyFileSync(join(EXAMPLE, 'params.yaml'), join(workspace, 'params.yaml'));
  execFileSync(process.execPath, [join(EXAMPLE, 'train.js')], { cwd: workspace, env: { ...process.env, ML_SEED: seed }, stdio: 'pipe' });
  return workspace;
}

test('iris: training is deterministic for a seed, and its predictions evaluate through the action', async () => {
  const workspace = train('7');
  const again = train('7');
  const other = train('8');
  const predictions = readFileSync(join(workspace, 'predictions.csv'), 'utf8');
  assert.equal(readFileSync(join(again, 'predictions.csv'), 'utf8'), predictions, 'same seed, same predictions');
  assert.notEqual(readFileSync(join(other, 'predictions.csv'), 'utf8'), predictions, 'another seed, another split');
  const rows = parseCsv(predictions, { columns: true }) as Record<string, string>[];
  assert.deepEqual(Object.keys(rows[0]!), ['id', 'label', 'prediction', 'proba_setosa', 'proba_versicolor', 'proba_virginica']);
  assert.equal(rows.length, 45, 'test_size 0.3 of 150, stratified');
  for (const species of ['setosa', 'versicolor', 'virginica']) assert.equal(rows.filter((row) => row['label'] === species).length, 15);

  const trained = JSON.parse(readFileSync(join(workspace, 'metrics.json'), 'utf8')) as { accuracy: number; seed: number };
  assert.equal(trained.seed, 7);
  const { document, result } = await evaluate(workspace, { predictions: 'predictions.csv', 'score-columns': 'proba_*', bootstrap: 200, seed: 1 });
  assertValidMetricsDocument(document);
  assert.deepEqual(document.labels, ['setosa', 'versicolor', 'virginica']);
  assert.equal(document.metrics['accuracy']!.value, trained.accuracy, 'evaluate agrees with the training script');
  assert.ok(document.metrics['accuracy']!.value! > 0.85, `accuracy ${document.metrics['accuracy']!.value}`);
  assert.ok(document.metrics['roc_auc']!.value! > 0.9);
  assert.ok(document.metrics['log_loss']!.value !== null && document.metrics['ece']!.value !== null);
  assert.match(result.summary, /\| \*\*virginica\*\* +\|/);
});

test('iris: the server answers /predict like the training script, /healthz and /metrics', async (t) => {
  const workspace = train('42');
  const server = spawn(process.execPath, [join(EXAMPLE, 'server.js')], {
    cwd: workspace,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', MODEL_PATH: join(workspace, 'model/model.json'), MODEL_VERSION: 'v42' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  t.after(() => server.kill('SIGTERM'));
  const lines = createInterface({ input: server.stdout! });
  const [line] = (await Promise.race([once(lines, 'line'), once(server, 'exit').then(() => [''])])) as [string];
  const address = /listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(line)?.[1];
  assert.ok(address, `server printed its address: ${line}`);

  const health = await fetch(`${address}/healthz`);
  assert.equal(health.status, 200);
  assert.deepEqual(await health.json(), { status: 'ok', model_version: 'v42' });

  const data = parseCsv(readFileSync(join(EXAMPLE, 'iris.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
  const held = parseCsv(readFileSync(join(workspace, 'predictions.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
  const sample = held.slice(0, 12);
  const features = sample.map((row) => {
    const flower = data[Number(row['id'])]!;
    return { sepal_length: Number(flower['sepal_length']), sepal_width: Number(flower['sepal_width']), petal_length: Number(flower['petal_length']), petal_width: Number(flower['petal_width']) };
  });
  const response = await fetch(`${address}/predict`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ instances: features }) });
  assert.equal(response.status, 200);
  const body = (await response.json()) as { model_version: string; predictions: string[]; probabilities: Record<string, number>[] };
  assert.equal(body.model_version, 'v42');
  assert.deepEqual(body.predictions, sample.map((row) => row['prediction']));
  assert.deepEqual(body.probabilities.map((p) => p['virginica']), sample.map((row) => Number(row['proba_virginica'])));

  const bad = await fetch(`${address}/predict`, { method: 'POST', body: '[{"sepal_length": "wide"}]' });
  assert.equal(bad.status, 400);
  assert.match(((await bad.json()) as { error: string }).error, /row 0: sepal_length must be a number, got "wide"|give the 4 features/);
  assert.equal((await fetch(`${address}/predict`, { method: 'POST', body: '{not json' })).status, 400);
  assert.equal((await fetch(`${address}/nowhere`)).status, 404);

  const metrics = await fetch(`${address}/metrics`);
  assert.match(metrics.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
  const text = await metrics.text();
  assert.match(text, /^# TYPE iris_predictions_total counter$/m);
  assert.match(text, /^iris_model_info\{version="v42"\} 1$/m);
  assert.match(text, /^iris_http_requests_total\{route="\/predict",code="200"\} 1$/m);
  assert.match(text, /^iris_http_requests_total\{route="\/predict",code="400"\} 2$/m);
  const predicted = [...text.matchAll(/^iris_predictions_total\{class="(\w+)"\} (\d+)$/gm)].reduce((sum, match) => sum + Number(match[2]), 0);
  assert.equal(predicted, sample.length);
});

test('iris: the data keeps to its ODCS contract', () => {
  const contract = parseYaml(readFileSync(join(EXAMPLE, 'iris.odcs.yaml'), 'utf8'));
  assert.equal(contract.apiVersion, 'v3.1.0');
  assert.equal(contract.kind, 'DataContract');
  const [object] = contract.schema;
  const data = parseCsv(readFileSync(join(EXAMPLE, 'iris.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
  assert.equal(data.length, object.quality.find((q: { metric: string }) => q.metric === 'rowCount').mustBe);
  assert.deepEqual(Object.keys(data[0]!), object.properties.map((p: { name: string }) => p.name));
  for (const property of object.properties) {
    const values = data.map((row) => row[property.name]!);
    assert.ok(property.required && values.every((v) => v !== ''), `${property.name} is required and present`);
    if (property.logicalType === 'number') {
      const { minimum, maximum } = property.logicalTypeOptions;
      for (const value of values) assert.ok(Number(value) >= minimum && Number(value) <= maximum, `${property.name} ${value} within [${minimum}, ${maximum}]`);
    } else {
      const allowed = property.quality.find((q: { metric: string }) => q.metric === 'invalidValues').arguments.validValues;
      assert.deepEqual([...new Set(values)].sort(), allowed);
    }
  }
});
