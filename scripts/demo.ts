/**
 * `npm run demo`: the whole loop on examples/iris, offline, with the same command-line entry users
 * have (`ml-actions <command>`), in a fresh folder `.demo/`. Validate the data contract (and a broken
 * copy of the data), train, evaluate against the stored baseline, render the pull-request report,
 * gate and register in a local registry, deploy locally with a canary, smoke-test and promote, then
 * check a shifted sample for drift. Prints where every output is.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, '.demo');
const CLI = join(ROOT, 'bin', 'ml-actions.js');
const bold = (text: string) => (process.stdout.isTTY ? `\u001b[1m${text}\u001b[0m` : text);

interface Step {
  title: string;
  command: string;
  inputs: Record<string, string | number | boolean>;
  /** The step shows a failure on purpose; the demo goes on. */
  expectFailure?: boolean;
}

const results: Array<{ title: string; ok: boolean; seconds: number }> = [];

function run(step: Step): Record<string, string> {
  console.log(`\n${bold(`━━ ${step.title}`)}\n$ ml-actions ${step.command} ${Object.entries(step.inputs).map(([k, v]) => `--${k} ${JSON.stringify(String(v))}`).join(' ')}\n`);
  const started = Date.now();
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: process.stdout.isTTY ? '' : '1' };
  // Offline on purpose: nothing is posted to GitHub, whatever the shell has.
  for (const name of Object.keys(env)) if (name.startsWith('GITHUB_') || name.startsWith('INPUT_') || name.startsWith('ACTIONS_')) delete env[name];
  const args = [CLI, step.command, ...Object.entries(step.inputs).flatMap(([k, v]) => [`--${k}`, String(v)])];
  const result = spawnSync(process.execPath, args, { cwd: WORK, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(shorten(result.stdout));
  const ok = result.status === 0;
  const seconds = (Date.now() - started) / 1000;
  results.push({ title: step.title, ok: ok !== Boolean(step.expectFailure), seconds });
  if (ok === Boolean(step.expectFailure)) {
    throw new Error(`"${step.title}" ${ok ? 'passed but should have failed' : `failed (exit ${result.status})`}`);
  }
  return outputsOf(result.stdout);
}

/** The CLI prints outputs after a "── Outputs ──" line as `name: value`. */
function outputsOf(stdout: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const section = stdout.split('── Outputs ──\n')[1] ?? '';
  for (const line of section.split('\n')) {
    const match = /^([a-z][a-z0-9-]*): (.*)$/.exec(line);
    if (match) outputs[match[1]!] = match[2]!;
  }
  return outputs;
}

/** Long summaries are in the files listed at the end; the terminal gets their head. */
function shorten(text: string, maxLines = 60): string {
  const lines = text.split('\n');
  if (lines.length <= maxLines) return text;
  return `${lines.slice(0, maxLines).join('\n')}\n… (${lines.length - maxLines} more lines)\n${lines.slice(lines.lastIndexOf('── Outputs ──')).join('\n')}`;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

function prepareWorkspace(): void {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const example = join(ROOT, 'examples', 'iris');
  for (const name of ['iris.csv', 'iris.odcs.yaml', 'params.yaml', 'train.js', 'model.js', 'server.js', 'policy.yaml', 'smoke.yaml', 'baseline']) {
    cpSync(join(example, name), join(WORK, name), { recursive: true });
  }
  const rows = parse(readFileSync(join(WORK, 'iris.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
  const columns = Object.keys(rows[0]!);

  // A broken copy: the kind of damage a bad upstream export does.
  const broken = rows.map((row) => ({ ...row }));
  broken[3]!['sepal_length'] = '-5.0';
  broken[10]!['species'] = 'Iris-unknown';
  broken[20]!['petal_width'] = '';
  broken[42]!['petal_length'] = 'n/a';
  writeFileSync(join(WORK, 'iris-broken.csv'), stringify(broken, { header: true, columns }));

  // A shifted sample: larger flowers, as if a new greenhouse supplied them.
  const shifted = rows.map((row, index) => ({
    ...row,
    sepal_length: (Number(row['sepal_length']) + 0.9).toFixed(1),
    petal_length: (Number(row['petal_length']) * 1.4 + 0.8).toFixed(1),
    petal_width: (Number(row['petal_width']) + 0.6 + (index % 5) / 10).toFixed(1),
  }));
  writeFileSync(join(WORK, 'fresh-sample.csv'), stringify(shifted, { header: true, columns }));
}

async function main(): Promise<void> {
  const started = Date.now();
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) throw new Error('dist/ is missing: run npm run build first');
  prepareWorkspace();
  console.log(bold(`ml-actions demo on examples/iris, in ${relative(process.cwd(), WORK) || '.'}/ (offline: nothing is posted to GitHub)`));

  run({
    title: '1. Validate the data against its contract, and profile it for drift checks',
    command: 'validate-data',
    inputs: { contract: 'iris.odcs.yaml', data: 'iris.csv', report: 'reports/data-report.json', 'profile-out': 'reports/reference-profile.json' },
  });
  run({
    title: '2. The same contract on a broken copy of the data: the step fails and says where',
    command: 'validate-data',
    inputs: { contract: 'iris.odcs.yaml', data: 'iris-broken.csv', report: 'reports/broken-data-report.json' },
    expectFailure: true,
  });
  run({
    title: '3. Train, with lineage recorded in a run record',
    command: 'train',
    inputs: { run: 'node train.js', params: 'params.yaml', data: 'iris.csv', model: 'model', metrics: 'metrics.json', upload: false, record: 'reports/run-record.json' },
  });
  run({
    title: '4. Evaluate the predictions, paired with the stored baseline model on the same rows',
    command: 'evaluate',
    inputs: { predictions: 'predictions.csv', 'score-columns': 'proba_*', 'baseline-predictions': 'baseline/predictions.csv', 'id-column': 'id', 'metrics-out': 'reports/evaluation.json', bootstrap: 300 },
  });
  run({
    title: '5. Register the stored baseline as the current champion (local registry)',
    command: 'gate',
    inputs: { policy: 'baseline/policy.yaml', metrics: 'baseline/metrics.json', 'model-name': 'iris', model: 'baseline/params.yaml', registry: 'local', 'registry-path': 'registry', 'decision-file': 'reports/baseline-decision.json', 'check-name': 'none', params: 'baseline/params.yaml' },
  });
  const gate = run({
    title: '6. Gate the new model against the policy and the champion; register it when it passes',
    command: 'gate',
    inputs: { policy: 'policy.yaml', metrics: 'reports/evaluation.json', 'model-name': 'iris', model: 'model', registry: 'local', 'registry-path': 'registry', 'data-report': 'reports/data-report.json', 'decision-file': 'reports/gate-decision.json', 'check-name': 'none', params: 'params.yaml', data: 'iris.csv' },
  });
  const report = run({
    title: '7. The pull-request report, compared with the stored baseline (rendered, not posted)',
    command: 'metrics-report',
    inputs: { metrics: 'reports/evaluation.json', baseline: 'file:baseline/metrics.json', params: 'params.yaml', 'data-report': 'reports/data-report.json', 'gate-decision': 'reports/gate-decision.json', comment: 'off', title: 'Iris model', 'history-branch': 'off' },
  });

  if (report['markdown']) cpSync(report['markdown'], join(WORK, 'reports', 'pr-comment.md'));

  const port = await freePort();
  const model = join(WORK, 'model', 'model.json');
  const server = (version: string) => `MODEL_PATH=${model} MODEL_VERSION=${version} node server.js`;
  const local = { target: 'local', 'health-path': '/healthz', 'smoke-test': 'smoke.yaml', 'target-options': `port: ${port}`, 'github-deployment': false, 'keep-running': true, timeout: '60s', 'poll-interval': '200ms' };
  try {
    run({ title: `8. Deploy the champion locally on port ${port}`, command: 'deploy', inputs: { ...local, version: 'v1', command: server('v1') } });
    run({
      title: '9. Canary: the new model gets 20% of the traffic, after its smoke test',
      command: 'deploy',
      inputs: { ...local, strategy: 'canary', traffic: 20, version: gate['model-version'] ? `v${gate['model-version']}` : 'v2', command: server('v2') },
    });
    run({ title: '10. Promote the canary to all traffic (a release manager approves this in GitHub)', command: 'deploy', inputs: { ...local, action: 'promote' } });
  } finally {
    run({ title: '11. Stop the local deploy', command: 'deploy', inputs: { ...local, action: 'stop' } });
  }

  run({
    title: '12. Drift: a fresh sample against the training profile',
    command: 'drift',
    inputs: { reference: 'reports/reference-profile.json', current: 'fresh-sample.csv', 'on-drift': 'issue', report: 'reports/drift-report.json' },
  });

  console.log(`\n${bold('━━ Done')} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  for (const result of results) console.log(`${result.ok ? '✔' : '✖'} ${result.title} (${result.seconds.toFixed(1)} s)`);
  console.log(`\n${bold('Where everything is')} (under ${relative(process.cwd(), WORK) || '.'}/):`);
  const outputs: Array<[string, string]> = [
    ['reports/data-report.json', 'data contract report (validate-data)'],
    ['reports/broken-data-report.json', 'the broken copy\'s report, with line numbers'],
    ['reports/reference-profile.json', 'training data profile, the drift reference'],
    ['reports/run-record.json', 'training run record: params, digests, environment'],
    ['model/model.json', 'the trained model'],
    ['reports/evaluation.json', 'metrics with confidence intervals and paired differences'],
    ['reports/gate-decision.json', 'the gate decision, one line per rule'],
    ['reports/pr-comment.md', 'the pull-request comment, as Markdown'],
    ['registry/', 'local model registry: versions, model cards, alias history'],
    ['reports/drift-report.json', 'drift report'],
  ];
  for (const [path, what] of outputs) if (existsSync(join(WORK, path))) console.log(`  ${path.padEnd(34)} ${what}`);
}

main().catch((error: unknown) => {
  console.error(`\ndemo failed: ${(error as Error).message}`);
  process.exitCode = 1;
});
