import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { runAction } from '../harness/run-action.ts';
import { startActionsServices, type ActionsRun } from '../stand-ins/actions-services/index.ts';
import { downloadArtifact } from '../../src/shared/artifacts.ts';
import { createProject, isRunning, type Project } from './fixture.ts';

const schema = JSON.parse(readFileSync(new URL('../../schemas/run-record.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats.default(ajv);
const validateRecord = ajv.compile(schema);

function assertValidRecord(record: unknown): void {
  assert.ok(validateRecord(record), `run record matches schemas/run-record.schema.json: ${ajv.errorsText(validateRecord.errors)}`);
}

const TRAIN_INPUTS = (project: Project) => ({
  run: `node train.mjs ${project.marks}`,
  params: 'params.yaml',
  data: 'data/*.csv\ndata/*.jsonl\ndata/*.parquet',
  model: 'model/',
  cache: 'true',
});

function trainIn(project: Project, run: ActionsRun, inputs: Record<string, string> = {}) {
  return runAction({ action: 'train', workspace: project.workspace, env: run.env, inputs: { ...TRAIN_INPUTS(project), ...inputs } });
}

function readRecord(path: string): any {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The model digest as the shell gives it: `find model -type f | LC_ALL=C sort | xargs sha256sum | sha256sum`. */
function shellModelDigest(workspace: string, files: string[]): string {
  const manifest = [...files].sort().map((file) => `${createHash('sha256').update(readFileSync(join(workspace, file))).digest('hex')}  ${file}\n`).join('');
  return createHash('sha256').update(manifest).digest('hex');
}

test('a training run records its lineage, uploads model, metrics and record, and the artifact downloads back byte for byte', async () => {
  const services = await startActionsServices();
  try {
    const project = createProject();
    const result = await trainIn(project, services);
    assert.equal(result.exitCode, 0, result.stdout);
    assert.match(result.stdout, /epoch 1: loss 0\.25/, 'the command’s output is streamed into the log');

    const record = readRecord(result.outputs['record']!);
    assertValidRecord(record);
    assert.equal(result.outputs['record'], join(project.workspace, 'run-record.json'));
    assert.equal(record.status, 'succeeded');
    assert.equal(record.run_id, result.outputs['run-id']);
    assert.equal(record.command, `node train.mjs ${project.marks}`);
    assert.equal(record.exit_code, 0);
    assert.ok(record.duration_seconds > 0 && Date.parse(record.finished_at) >= Date.parse(record.started_at));
    assert.equal(record.git.sha, project.git('rev-parse', 'HEAD').trim());
    assert.equal(record.git.ref, 'refs/heads/main');
    assert.equal(record.git.dirty, false);
    assert.deepEqual(record.params, { 'train.lr': 0.1, 'train.epochs': 3, 'model.layers': [64, 32], 'model.name': 'tiny' });
    assert.deepEqual(record.metrics, { auc: 0.91, 'loss.final': 0.25 });
    assert.deepEqual(JSON.parse(result.outputs['metrics']!), { auc: 0.91, 'loss.final': 0.25 });
    assert.deepEqual(
      record.data.map((file: any) => [file.path, file.format, file.rows, file.bytes]),
      [
        ['data/extra.jsonl', 'jsonl', 2, 19],
        ['data/part.parquet', 'parquet', 7, readFileSync(join(project.workspace, 'data/part.parquet')).length],
        ['data/train.csv', 'csv', 3, 32],
      ],
    );
    assert.equal(record.data[2].sha256, createHash('sha256').update(readFileSync(join(project.workspace, 'data/train.csv'))).digest('hex'));

    const modelFiles = ['model/checkpoints/epoch-1.txt', 'model/weights.bin'];
    assert.deepEqual(record.model.files.map((file: any) => file.path), modelFiles);
    assert.equal(record.model.digest, shellModelDigest(project.workspace, modelFiles));
    assert.equal(result.outputs['model-digest'], record.model.digest);

    assert.equal(record.seed, 42);
    const seen = JSON.parse(readFileSync(join(project.workspace, 'seen-env.json'), 'utf8'));
    assert.deepEqual(seen, { seed: '42', hashSeed: '42', runId: record.run_id, runtimeToken: null, input: null }, 'the command gets the seed, never the runner’s tokens or inputs');
    assert.match(record.environment.runtimes.node, /^\d+\.\d+\.\d+/);
    assert.ok(record.environment.cpus > 0 && record.environment.memory_bytes > 0);
    assert.equal(record.cache.enabled, true);
    assert.equal(record.cache.hit, false);
    assert.equal(record.cache.miss_reason, 'no cached run shares this environment (OS, architecture, runtime versions)');
    assert.equal(record.cache.saved, true);
    assert.equal(result.outputs['cache-hit'], 'false');
    assert.match(result.outputs['cache-key']!, /^ml-actions-train-v1-[0-9a-f]{16}(-[0-9a-f]{16}){4}$/);
    assert.equal(services.caches.length, 1);

    assert.match(result.summary, /### Training run <code>[0-9a-f-]{36}<\/code>: ✅ succeeded/);
    assert.match(result.summary, /<code>node train\.mjs /);
    assert.match(result.summary, /\| auc\s+\|\s+0\.91 \|/);
    assert.match(result.summary, /miss \(key <code>ml-actions-train-v1-/);

    const [artifact] = services.artifacts;
    assert.equal(String(artifact!.id), result.outputs['artifact-id']);
    assert.equal(artifact!.name, 'model');
    assert.equal(result.outputs['artifact-url'], `https://github.com/acme/iris/actions/runs/1000/artifacts/${artifact!.id}`);
    Object.assign(process.env, services.env, { GITHUB_WORKSPACE: project.workspace });
    const destination = mkdtempSync(join(tmpdir(), 'train-artifact-'));
    await downloadArtifact({ name: 'model' }, destination);
    for (const file of [...modelFiles, 'metrics.json', 'run-record.json']) {
      assert.ok(readFileSync(join(destination, file)).equals(readFileSync(join(project.workspace, file))), `${file} came back byte for byte`);
    }
  } finally {
    await services.close();
  }
});

test('an identical run restores from the run cache without running the command; changed params or code miss and say why', async () => {
  const services = await startActionsServices();
  try {
    const project = createProject();
    const first = await trainIn(project, services);
    assert.equal(first.exitCode, 0, first.stdout);
    assert.equal(project.runs(), 1);
    const firstRecord = readRecord(first.outputs['record']!);
    project.clean();

    const second = await trainIn(project, services.newRun());
    assert.equal(second.exitCode, 0, second.stdout);
    assert.equal(project.runs(), 1, 'the training command did not run again');
    assert.equal(second.outputs['cache-hit'], 'true');
    assert.equal(second.outputs['status'], 'cached');
    assert.equal(second.outputs['cache-key'], first.outputs['cache-key']);
    assert.equal(second.outputs['model-digest'], first.outputs['model-digest'], 'the model came back from the cache');
    assert.deepEqual(JSON.parse(second.outputs['metrics']!), JSON.parse(first.outputs['metrics']!));
    const secondRecord = readRecord(second.outputs['record']!);
    assertValidRecord(secondRecord);
    assert.notEqual(secondRecord.run_id, firstRecord.run_id);
    assert.equal(secondRecord.exit_code, null);
    assert.deepEqual(secondRecord.cache.restored_from, {
      run_id: firstRecord.run_id,
      started_at: firstRecord.started_at,
      duration_seconds: firstRecord.duration_seconds,
      git_sha: firstRecord.git.sha,
    });
    assert.match(second.summary, /♻️ skipped: outputs restored from the run cache/);
    assert.match(second.summary, new RegExp(`hit \\(key <code>${second.outputs['cache-key']}</code>\\): restored run <code>${firstRecord.run_id}</code>`));
    assert.equal(services.artifacts.length, 2, 'a cached run still uploads its model artifact');

    project.clean();
    project.write('params.yaml', 'train:\n  lr: 0.2\n  epochs: 3\nmodel:\n  layers: [64, 32]\n  name: tiny\n');
    const third = await trainIn(project, services.newRun());
    assert.equal(third.exitCode, 0, third.stdout);
    assert.equal(project.runs(), 2, 'a changed param trains again');
    assert.equal(third.outputs['cache-hit'], 'false');
    assert.equal(readRecord(third.outputs['record']!).cache.miss_reason, 'params changed since the nearest cached run (same environment, command)');
    assert.notEqual(third.outputs['model-digest'], first.outputs['model-digest']);

    // Uncommitted changes to tracked code count: HEAD's tree alone would call this a hit.
    project.clean();
    project.write('train.mjs', `${readFileSync(join(project.workspace, 'train.mjs'), 'utf8')}// tuned\n`);
    const fourth = await trainIn(project, services.newRun());
    assert.equal(fourth.exitCode, 0, fourth.stdout);
    assert.equal(project.runs(), 3);
    const fourthRecord = readRecord(fourth.outputs['record']!);
    assert.equal(fourthRecord.cache.miss_reason, 'code changed since the nearest cached run (same environment, command, params, data)');
    assert.equal(fourthRecord.git.dirty, true);
    assert.deepEqual(fourthRecord.git.changed_files, ['train.mjs']);
  } finally {
    await services.close();
  }
});

test('a failing command fails the step with its last lines of output in the summary', async () => {
  const services = await startActionsServices();
  try {
    const project = createProject();
    const result = await trainIn(project, services, {
      run: `node -e "for (let i = 1; i <= 40; i++) console.log('line ' + i); console.error('boom: bad thing @octocat'); process.exit(3)"`,
    });
    assert.equal(result.exitCode, 1);
    const errors = result.annotations.filter((annotation) => annotation.level === 'error');
    assert.deepEqual(errors.map((error) => error.message), ['train: The training command failed with exit code 3']);
    assert.match(result.summary, /❌ failed/);
    assert.match(result.summary, /Last 30 line\(s\) of output:\n\n```text\nline 12\n[\s\S]*line 40\nboom: bad thing @octocat\n```/);
    assert.doesNotMatch(result.summary, /line 11\n/);
    const record = readRecord(result.outputs['record']!);
    assertValidRecord(record);
    assert.equal(record.status, 'failed');
    assert.equal(record.exit_code, 3);
    assert.equal(result.outputs['status'], 'failed');
    assert.equal(result.outputs['metrics'], undefined);
    assert.equal(services.artifacts.length, 0, 'nothing is uploaded for a failed run');
    assert.equal(services.caches.length, 0, 'nor cached');
  } finally {
    await services.close();
  }
});

test('a hanging command is stopped at the timeout with everything it started, grandchildren included', async () => {
  const project = createProject();
  const hang = `node -e "const c = require('child_process').spawn('sleep', ['300'], { stdio: 'ignore' }); require('fs').writeFileSync('grandchild.pid', String(c.pid)); console.log('waiting forever'); setInterval(() => {}, 1000)"`;
  const result = await runAction({ action: 'train', workspace: project.workspace, inputs: { run: hang, timeout: '1s', upload: 'false' }, timeoutMs: 30_000 });
  assert.equal(result.exitCode, 1);
  assert.match(result.annotations[0]!.message, /^train: The training command did not finish within the 1 s timeout; it and every process it started were stopped/);
  const grandchild = Number(readFileSync(join(project.workspace, 'grandchild.pid'), 'utf8'));
  assert.equal(isRunning(grandchild), false, 'the grandchild was stopped too');
  const record = readRecord(join(project.workspace, 'run-record.json'));
  assertValidRecord(record);
  assert.equal(record.status, 'timed-out');
  assert.equal(record.signal, 'SIGTERM');
  assert.match(result.summary, /⏱️ timed out/);
  assert.match(result.summary, /waiting forever/);
});

test('bad inputs and missing outputs are clear errors that point at the file', async () => {
  const project = createProject();
  const run = (inputs: Record<string, string>) => runAction({ action: 'train', workspace: project.workspace, inputs: { run: 'node -e "1"', upload: 'false', ...inputs } });
  const errorOf = async (inputs: Record<string, string>) => {
    const result = await run(inputs);
    assert.equal(result.exitCode, 1, result.stdout);
    assert.doesNotMatch(result.stdout, /\n\s+at /, 'no stack trace');
    return result.annotations.find((annotation) => annotation.level === 'error')!;
  };

  assert.equal((await errorOf({ params: 'missing.yaml' })).message, 'train: missing.yaml: params file not found (input "params")');

  project.write('bad.yaml', 'train:\n  lr: [0.1\n  epochs: 3\n');
  const badYaml = await errorOf({ params: 'bad.yaml' });
  assert.match(badYaml.message, /^train: bad\.yaml:\d+:\d+: not valid YAML or JSON: /);
  assert.equal(badYaml.file, 'bad.yaml');
  assert.ok(badYaml.line! >= 2);

  assert.equal((await errorOf({})).message, 'train: The training command did not write its metrics file metrics.json (input "metrics")');
  project.write('metrics.json', '{"auc": 0.5}');
  assert.equal(
    (await errorOf({})).message,
    'train: The training command did not write its metrics file metrics.json (input "metrics"): the file there is the one from before it ran',
    'a metrics file left from before (committed, DVC style) is not taken for this run’s',
  );
  const notJson = await errorOf({ run: `node -e "require('fs').writeFileSync('metrics.json', '{\\"auc\\": 0.9,,}')"` });
  assert.match(notJson.message, /^train: metrics\.json:1:\d+: not valid JSON or YAML/);
  assert.equal(notJson.file, 'metrics.json');

  const noModel = await errorOf({ run: `node -e "require('fs').writeFileSync('metrics.json', '{}')"`, model: 'model/' });
  assert.equal(noModel.message, 'train: The training command did not write model (input "model")');
  assert.equal((await errorOf({ data: 'nope/*.csv' })).message, 'train: Input "data" pattern "nope/*.csv" matched no files in .');
  assert.match((await errorOf({ seed: 'lucky' })).message, /^train: Input "seed" must be a whole number/);
  assert.match((await errorOf({ 'working-directory': 'nowhere' })).message, /^train: Input "working-directory" names nowhere, which is not a folder/);
  assert.match((await errorOf({ 'artifact-name': 'a/b', upload: 'true' })).message, /artifact-name.*contains "\/"/);
});

test('seed: random records the seed it picked and turns the run cache off', async () => {
  const services = await startActionsServices();
  try {
    const project = createProject();
    const result = await trainIn(project, services, { seed: 'random', upload: 'false' });
    assert.equal(result.exitCode, 0, result.stdout);
    const record = readRecord(result.outputs['record']!);
    const seen = JSON.parse(readFileSync(join(project.workspace, 'seen-env.json'), 'utf8'));
    assert.equal(seen.seed, String(record.seed));
    assert.equal(record.cache.enabled, false);
    assert.equal(services.caches.length, 0);
    assert.ok(result.annotations.some((annotation) => /with seed: random no two runs are alike/.test(annotation.message)));
  } finally {
    await services.close();
  }
});

test('outside a runner the run still trains and records, and says why nothing was cached or uploaded', async () => {
  const project = createProject();
  project.write('data/broken.csv', 'size,label\n5",a\n');
  const result = await runAction({ action: 'train', workspace: project.workspace, inputs: TRAIN_INPUTS(project) });
  assert.equal(result.exitCode, 0, result.stdout);
  const warnings = result.annotations.filter((annotation) => annotation.level === 'warning').map((annotation) => annotation.message);
  assert.deepEqual(warnings, [
    'data/broken.csv:2: cannot count rows: Invalid Opening Quote: a quote inside an unquoted field; its row count is left out',
    'The run cache is off for this run: the cache service is not available (this step is not running on a GitHub Actions runner)',
    'The model artifact is not uploaded: the artifact service is not available (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set): this step is not running on a GitHub Actions runner',
  ]);
  const record = readRecord(result.outputs['record']!);
  assertValidRecord(record);
  assert.deepEqual(record.data.find((file: any) => file.path === 'data/broken.csv').rows, null, 'a file whose rows cannot be counted is still digested');
  assert.equal(result.outputs['artifact-id'], undefined);
});
