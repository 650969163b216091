// The gate as GitHub runs it with the other registries: MLflow (against the MLflow stand-in) and
// the local folder registry (offline: no GitHub call at all).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runAction } from '../harness/run-action.ts';
import { startMlflow } from '../stand-ins/mlflow/index.ts';
import type { GateDecision } from '../../src/gate/decision.ts';
import { assertValidDecision } from './helpers.ts';

function workspace(accuracy: number): string {
  const folder = mkdtempSync(join(tmpdir(), 'gate-ws-'));
  mkdirSync(join(folder, 'ml'));
  writeFileSync(join(folder, 'ml', 'policy.yaml'), 'metrics:\n  accuracy:\n    min: 0.8\n    better_than_champion: 0\nguardrails:\n  model.bytes: { max: 1000 }\n');
  writeFileSync(join(folder, 'metrics.json'), JSON.stringify({ accuracy, loss: 0.2 }));
  writeFileSync(join(folder, 'model.pkl'), 'pickled weights');
  writeFileSync(join(folder, 'params.yaml'), 'max_depth: 4\nlearning_rate: 0.1\n');
  return folder;
}

function decisionOf(path: string): GateDecision {
  const decision = JSON.parse(readFileSync(path, 'utf8')) as GateDecision;
  assertValidDecision(decision);
  return decision;
}

describe('gate action with the MLflow and local registries', { concurrency: true }, () => {
  test('mlflow: first model, then a better one moves champion and keeps previous; a worse one is blocked', async () => {
    const mlflow = await startMlflow({ token: 'mlflow-secret' });
    try {
      const run = (accuracy: number) =>
        runAction({
          action: 'gate',
          workspace: workspace(accuracy),
          // No GitHub here: the check run is off and nothing else needs the API.
          inputs: { policy: 'ml/policy.yaml', metrics: 'metrics.json', model: 'model.pkl', 'model-name': 'iris', registry: 'mlflow', 'mlflow-uri': mlflow.url, 'check-name': 'none', params: 'params.yaml' },
          env: { MLFLOW_TRACKING_TOKEN: 'mlflow-secret' },
        });
      const first = await run(0.9);
      assert.equal(first.exitCode, 0, first.stdout);
      assert.deepEqual([first.outputs['model-version'], first.outputs['champion-version'], first.outputs['release-url']], ['1', '', `${mlflow.url}/#/models/iris/versions/1`]);
      assert.equal(decisionOf(first.outputs['decision']!).rules[1]!.line, 'accuracy 0.9: no champion yet (first model) → passes ✓');

      const second = await run(0.93);
      assert.equal(second.exitCode, 0, second.stdout);
      assert.deepEqual([second.outputs['model-version'], second.outputs['previous-version'], second.outputs['champion-version']], ['2', '1', '1']);
      const decision = decisionOf(second.outputs['decision']!);
      assert.equal(decision.rules[1]!.line, 'accuracy 0.93 vs champion 0.9 (v1): change +0.03, needs ≥ 0 → better ✓');
      assert.equal(decision.rules[2]!.line, 'model.bytes 15 ≤ max 1,000 ✓');
      const model = mlflow.state.models.get('iris')!;
      assert.deepEqual(Object.fromEntries(model.aliases), { champion: '2', previous: '1' });
      assert.equal([...model.tags.keys()].filter((key) => key.startsWith('ml-actions.alias-history.')).length, 3);
      assert.match(model.versions[1]!.description, /## Parameters[\s\S]*max\\?_depth/);

      const third = await run(0.91);
      assert.equal(third.exitCode, 1);
      assert.equal(third.outputs['passed'], 'false');
      assert.equal(decisionOf(third.outputs['decision']!).rules[1]!.line, 'accuracy 0.91 vs champion 0.93 (v2): change −0.02, needs ≥ 0 → not better enough ✗');
      assert.equal(model.versions.length, 2, 'nothing registered');
      assert.ok(!first.stdout.includes('mlflow-secret'), 'the token stays out of the log');
    } finally {
      await mlflow.close();
    }
  });

  test('local: registers into a folder of the workspace with no GitHub at all', async () => {
    const ws = workspace(0.9);
    // GITHUB_API_URL stays the harness's closed port: any GitHub call would fail the run.
    const result = await runAction({
      action: 'gate',
      workspace: ws,
      inputs: { policy: 'ml/policy.yaml', metrics: 'metrics.json', model: 'model.pkl', 'model-name': 'iris', registry: 'local', 'check-name': 'none', 'decision-file': 'out/decision.json' },
    });
    assert.equal(result.exitCode, 0, result.stdout + result.stderr);
    assert.equal(result.outputs['model-version'], '1');
    assert.equal(result.outputs['decision'], join(ws, 'out', 'decision.json'));
    assert.equal(result.outputs['release-url'], join(ws, '.ml-registry', 'iris', 'v1'));
    assert.equal(readFileSync(join(ws, '.ml-registry', 'iris', 'v1', 'model', 'model.pkl'), 'utf8'), 'pickled weights');
    assert.ok(existsSync(join(ws, '.ml-registry', 'iris', 'v1', 'model-card.md')));
    const aliases = JSON.parse(readFileSync(join(ws, '.ml-registry', 'iris', 'aliases.json'), 'utf8'));
    assert.equal(aliases.aliases.champion.version, '1');
    assert.equal(decisionOf(result.outputs['decision']!).registry?.type, 'local');
  });
});
