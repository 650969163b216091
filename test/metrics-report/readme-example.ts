/**
 * The report shown in actions/metrics-report/README.md, built from a realistic pull request with the
 * real renderer; a test keeps the README's copy identical to what the renderer makes of it.
 */
import { buildModel } from '../../src/metrics-report/build.ts';
import { buildSpec } from '../../src/metrics-report/spec.ts';
import { metricsFromData } from '../../src/shared/metrics.ts';
import { COMMENT_BUDGET, fitReport } from '../../src/metrics-report/budget.ts';
import { summarizeData, summarizeGate } from '../../src/metrics-report/checks.ts';

export function readmeExample(): string {
  const m = (metrics: Record<string, number>, matrix: number[][]) => metricsFromData({ format: 'ml-actions/metrics@1', task: 'classification', metrics: Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, { value: v }])), confusion_matrix: { labels: ['setosa', 'versicolor', 'virginica'], matrix } });
  const head = new Map([['eval/metrics.json', m({ accuracy: 0.9467, f1_macro: 0.9462, log_loss: 0.1721, roc_auc: 0.9911, latency_ms_p95: 14.2, 'class.virginica.recall': 0.92, 'class.versicolor.recall': 0.94, 'class.setosa.recall': 1 }, [[50, 0, 0], [0, 47, 3], [0, 4, 46]])]]);
  const base = new Map([['eval/metrics.json', m({ accuracy: 0.9533, f1_macro: 0.9531, log_loss: 0.1604, roc_auc: 0.9915, latency_ms_p95: 12.1, 'class.virginica.recall': 0.96, 'class.versicolor.recall': 0.9, 'class.setosa.recall': 1 }, [[50, 0, 0], [0, 45, 5], [0, 2, 48]])]]);
  const spec = buildSpec({ metrics: { roc_auc: { tolerance: 0.002 }, 'class.*': { tolerance: '1%' } }, trend: ['accuracy'] });
  const shas = ['3f9c2a1', '8b41d07', 'c2e8f55', '19ad4be', '77f0c3a', 'e5b9a12', 'a04d6f9', '5c1e8b3'];
  const acc = [0.9333, 0.94, 0.94, 0.9467, 0.9467, 0.9533, 0.9533, 0.9533];
  const entries = shas.map((sha, i) => ({ sha: sha.padEnd(40, '0'), ref: 'main', time: `2026-05-0${i + 1}T10:00:00Z`, metrics: { 'eval/metrics.json': { accuracy: acc[i]! } } }));
  const model = buildModel({ title: 'Iris classifier', key: '', time: '2026-05-12T09:41:00.000Z', pr: { number: 42, headSha: 'd4c3b2a1'.padEnd(40, '7'), baseRef: 'main', baseSha: '5c1e8b3'.padEnd(40, '0') }, head: { sha: 'd4c3b2a1'.padEnd(40, '7') }, metrics: head,
    params: new Map([['params.yaml', { 'train.max_depth': '6', 'train.n_estimators': '300', 'train.learning_rate': '0.05', 'data.test_size': '0.2' }]]),
    baseline: { info: { kind: 'history', label: 'main', ref: 'main', sha: '5c1e8b3'.padEnd(40, '0'), note: 'Recorded by a run on main.' }, metrics: base, params: new Map([['params.yaml', { 'train.max_depth': '4', 'train.n_estimators': '200', 'train.learning_rate': '0.05', 'data.test_size': '0.2' }]]) },
    spec, history: { branch: 'main', entries }, durationSeconds: 312,
    data: summarizeData({ format: 'ml-actions/validation-report@1', passed: true, errors: 0, warnings: 1, rows: 150, contract: { path: 'contracts/iris.yaml', id: 'iris', version: '1.2.0' }, objects: [{ name: 'iris', checks: [{ check: 'null-values', column: 'petal_width', result: 'warning', count: 2, percent: 1.33, message: '2 missing values (limit 0)' }] }], breaking_changes: [] }),
    gate: summarizeGate({ format: 'ml-actions/gate-decision@1', passed: false, headline: 'Block iris: 1 rule fails, 3 pass', model: { name: 'iris' }, champion: { alias: 'production', version: '7' }, rules: [
      { id: 'metrics.accuracy.non_inferiority', rule: 'non_inferiority', metric: 'accuracy', severity: 'fail', result: 'fail', line: 'accuracy 0.947 vs champion 0.953: change -0.007 [-0.020, +0.007], margin 0.005 → not shown non-inferior' },
      { id: 'metrics.roc_auc.min', rule: 'min', metric: 'roc_auc', severity: 'fail', result: 'pass', line: 'roc_auc 0.991 ≥ 0.95 ✓' },
      { id: 'metrics.latency_ms_p95.max', rule: 'max', metric: 'latency_ms_p95', severity: 'fail', result: 'pass', line: 'latency_ms_p95 14.2 ≤ 50 ✓' },
      { id: 'require.data_contract', rule: 'data_contract', severity: 'fail', result: 'pass', line: 'data contract passed ✓' } ] }) });
  const links = { repoUrl: 'https://github.com/acme/iris', runUrl: 'https://github.com/acme/iris/actions/runs/9120044215', runLabel: 'Run #318', artifacts: [{ name: 'model', url: 'https://github.com/acme/iris/actions/runs/9120044215/artifacts/1520331' }, { name: 'metrics', url: 'https://github.com/acme/iris/actions/runs/9120044215/artifacts/1520332' }] };
  return fitReport(model, links, 30, COMMENT_BUDGET).markdown;
}
