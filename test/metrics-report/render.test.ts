import { test } from 'node:test';
import assert from 'node:assert/strict';
import { metricsFromData } from '../../src/shared/metrics.ts';
import { buildModel, type ModelInputs } from '../../src/metrics-report/build.ts';
import { COMMENT_BUDGET, fitReport } from '../../src/metrics-report/budget.ts';
import { summarizeData, summarizeGate } from '../../src/metrics-report/checks.ts';
import { mermaidLabel, sparkline } from '../../src/metrics-report/render-trend.ts';
import { FULL, renderReport } from '../../src/metrics-report/render.ts';
import { buildSpec } from '../../src/metrics-report/spec.ts';
import { HOSTILE } from './hostile.ts';
import { assertInert } from './inert.ts';


function hostileInputs(): ModelInputs {
  const head: Record<string, number> = {};
  const base: Record<string, number> = {};
  HOSTILE.forEach((name, index) => {
    head[name] = 0.5 + index / 100;
    base[name] = 0.6;
  });
  return {
    title: 'Report <img src=x> @octocat',
    key: '',
    time: '2026-05-10T12:00:00.000Z',
    pr: { number: 7, headSha: 'b'.repeat(40), baseRef: 'main', baseSha: 'c'.repeat(40) },
    head: { sha: 'b'.repeat(40) },
    metrics: new Map([['[m](https://evil.example).json', metricsFromData(head)]]),
    params: new Map([['params.yaml', { '@octocat': '<img src=x>', 'lr|x': '[a](https://evil.example)' }]]),
    baseline: { info: { kind: 'history', label: 'main', ref: 'main', sha: 'c'.repeat(40) }, metrics: new Map([['[m](https://evil.example).json', metricsFromData(base)]]), params: new Map([['params.yaml', {}]]) },
    spec: buildSpec({ trend: [HOSTILE[7]!, HOSTILE[0]!] }),
    data: summarizeData({
      passed: false,
      errors: 1,
      contract: { id: '@octocat', version: '<b>1</b>' },
      objects: [{ name: '</details>', checks: [{ check: 'pattern', column: '[x](https://evil.example)', result: 'failed', count: 2, message: '@octocat <img src=x>', samples: [{ value: '<script>' }] }] }],
      breaking_changes: [{ change: 'property-removed', property: '|||', breaking: true, message: '![i](https://evil.example/i.png)' }],
    }),
    gate: summarizeGate({ passed: false, headline: 'Block @octocat', model: { name: '<img>' }, rules: [{ id: 'x', rule: 'min', result: 'fail', line: '[x](https://evil.example) @octocat' }] }),
    history: {
      branch: 'main"] line',
      entries: [1, 2, 3].map((i) => ({ sha: String(i).repeat(40), ref: 'main"] line', time: `2026-05-0${i}T00:00:00Z`, metrics: { 'm.json': { [HOSTILE[7]!]: 0.5 + i / 10, [HOSTILE[0]!]: i } } })),
    },
  };
}

test('hostile names, values, files and verdict texts render inert, in the Mermaid chart too', () => {
  const model = buildModel(hostileInputs());
  const markdown = renderReport(model, { repoUrl: 'https://github.com/acme/iris', runUrl: 'https://github.com/acme/iris/actions/runs/1' }, { ...FULL, visibleRows: 30 });
  assert.match(markdown, /```mermaid/, 'the trend chart is there');
  assertInert(markdown);
  assert.match(markdown, /&lt;img src=x onerror=alert\\\(1\\\)&gt;/, 'the name is still readable');
  assert.match(markdown, /@\u200docto/);
});

test('Mermaid labels keep only characters that cannot end a label or the block', () => {
  assert.equal(mermaidLabel('acc"]\n  line [1]'), 'acc_ line _1_');
  assert.equal(mermaidLabel('PR #12'), 'PR 12');
  assert.equal(mermaidLabel('%%{init}%%'), '_init_');
  assert.equal(mermaidLabel('x'.repeat(50)).length, 40);
  assert.equal(sparkline([1, 2, 3, 4]), '▁▃▆█');
});

test('the comment says the verdict first: counts, gate and data verdicts, what it was compared with', () => {
  const inputs = hostileInputs();
  const model = buildModel({ ...inputs, title: 'Iris', metrics: new Map([['m.json', metricsFromData({ accuracy: 0.9, loss: 0.2 })]]), baseline: { info: inputs.baseline.info, metrics: new Map([['m.json', metricsFromData({ accuracy: 0.92, loss: 0.2 })]]) } });
  const markdown = fitReport(model, {}, 30, COMMENT_BUDGET).markdown;
  const [heading, , summary] = markdown.split('\n');
  assert.equal(heading, '### 📊 Iris: 🔴 1 regression');
  assert.match(summary!, /^🔴 \*\*1 worse\*\* · 1 unchanged<br>$/);
  assert.match(markdown, /❌ Gate: \*\*blocked\*\*.*❌ Data contract .*: \*\*failed\*\*/);
  assert.match(markdown, /Compared with \*\*main\*\* @ c{7}\./);
  assert.match(markdown, /\| accuracy ↑ \| +0\.92 \| +0\.9 \| +-0\.02 \| +-2\.2% \| 🔴 worse +\|/);
  assert.match(markdown, /<details><summary>1 unchanged metric<\/summary>/);
});

test('params are listed in a collapsed section; confusion matrices show the change from the baseline', () => {
  const inputs = hostileInputs();
  const rich = (matrix: number[][]) => metricsFromData({ format: 'ml-actions/metrics@1', metrics: { accuracy: { value: 0.9 } }, confusion_matrix: { labels: ['cat', 'dog'], matrix } });
  const model = buildModel({
    ...inputs,
    metrics: new Map([['m.json', rich([[9, 1], [2, 8]])]]),
    baseline: { info: inputs.baseline.info, metrics: new Map([['m.json', rich([[8, 2], [2, 8]])]]), params: new Map([['params.yaml', { lr: '0.1' }]]) },
    params: new Map([['params.yaml', { lr: '0.01' }]]),
  });
  const markdown = renderReport(model, {}, { ...FULL, visibleRows: 30 });
  assert.match(markdown, /<details><summary><b>Params:<\/b> 1 changed<\/summary>\n\n\| File +\| Param \| main c{7} \| PR b{7} \|/);
  assert.match(markdown, /\| \*\*cat\*\* +\| \*\*9\*\* \(\+1\) \| 1 \(-1\) \|/);
});

test('without a baseline the report says so and shows the values as new', () => {
  const inputs = hostileInputs();
  const model = buildModel({ ...inputs, metrics: new Map([['m.json', metricsFromData({ accuracy: 0.9 })]]), baseline: { info: { kind: 'none', label: 'none', note: 'no run on main has recorded metrics yet' } } });
  const markdown = renderReport(model, {}, { ...FULL, visibleRows: 30 });
  assert.match(markdown, /No baseline to compare with \(no run on main has recorded metrics yet\): the tables show this pull request's values\./);
  assert.match(markdown, /\| accuracy ↑ \| +— \| +0\.9 \|/);
});

test('the inertness check itself catches injections', () => {
  assert.throws(() => assertInert('<img src=x>'), /unexpected tag/);
  assert.throws(() => assertInert('[a](https://evil.example)'), /only the renderer's own links/);
  assert.throws(() => assertInert('hi @octocat'), /zero-width joiner/);
  assert.throws(() => assertInert('| a | b |\n| - | - |\n| 1 | 2 | 3 |'), /table's cells/);
  assert.throws(() => assertInert('```mermaid\nxychart-beta\n    title "a"]\n```'), /mermaid line/);
  assert.throws(() => assertInert('<details><summary>x</summary>'), /balanced/);
});
