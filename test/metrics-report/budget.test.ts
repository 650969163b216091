import { test } from 'node:test';
import assert from 'node:assert/strict';
import { metricsFromData } from '../../src/shared/metrics.ts';
import { buildModel, type ModelInputs } from '../../src/metrics-report/build.ts';
import { COMMENT_BUDGET, SUMMARY_BUDGET, cutToFit, fitReport } from '../../src/metrics-report/budget.ts';
import { markerReserve } from '../../src/metrics-report/marker.ts';
import { buildSpec } from '../../src/metrics-report/spec.ts';
import { assertInert } from './inert.ts';

const marker = { key: 'a-fairly-long-report-key', sha: 'b'.repeat(40), time: '2026-05-10T12:00:00.000Z', run: '123456789' };

function inputs(files: Record<string, { base: Record<string, number>; head: Record<string, number> }>, params?: Record<string, string>): ModelInputs {
  const head = new Map(Object.entries(files).map(([file, sides]) => [file, metricsFromData(sides.head)] as const));
  const base = new Map(Object.entries(files).map(([file, sides]) => [file, metricsFromData(sides.base)] as const));
  return {
    title: 'Metrics report',
    key: marker.key,
    time: marker.time,
    pr: { number: 3, headSha: marker.sha, baseRef: 'main', baseSha: 'c'.repeat(40) },
    head: { sha: marker.sha },
    metrics: head,
    ...(params ? { params: new Map([['params.yaml', params]]) } : {}),
    baseline: { info: { kind: 'history', label: 'main', ref: 'main', sha: 'c'.repeat(40) }, metrics: base, ...(params ? { params: new Map([['params.yaml', {}]]) } : {}) },
    spec: buildSpec(),
  };
}

function metrics(count: number, name: (i: number) => string, value: (i: number) => number): Record<string, number> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [name(i), value(i)]));
}

const links = { repoUrl: 'https://github.com/acme/iris', runUrl: 'https://github.com/acme/iris/actions/runs/1' };

test('a 200-metric report fits a comment whole: every metric listed, nothing left out', () => {
  const model = buildModel(
    inputs({
      'eval/metrics.json': {
        base: metrics(200, (i) => `slice.region_${i % 20}.segment_${i}.f1_score`, (i) => 0.5 + (i % 50) / 100),
        head: metrics(200, (i) => `slice.region_${i % 20}.segment_${i}.f1_score`, (i) => 0.5 + (i % 50) / 100 + (i % 3 === 0 ? -0.01 : i % 3 === 1 ? 0.01 : 0)),
      },
    }),
  );
  const fitted = fitReport(model, links, 30, COMMENT_BUDGET, markerReserve(marker));
  assert.equal(fitted.step, 0, 'no detail had to give');
  assert.ok(fitted.markdown.length + markerReserve(marker) <= 65_536, `${fitted.markdown.length} characters`);
  for (let i = 0; i < 200; i++) assert.ok(fitted.markdown.includes(`segment\\_${i}\\.f1\\_score`), `metric ${i} listed`);
  assert.match(fitted.markdown, /<details><summary>104 more changed metrics<\/summary>/);
  assert.match(fitted.markdown, /<details><summary>66 unchanged metrics<\/summary>/);
  assertInert(fitted.markdown);
});

test('a report far over the limit gives up detail step by step, says so, and still fits', () => {
  const long = (i: number) => `${'very_long_metric_name_'.repeat(6)}${i}`;
  const model = buildModel(
    inputs(
      { 'metrics.json': { base: metrics(3000, long, () => 1), head: metrics(3000, long, (i) => (i % 2 ? 1 : 0.5)) } },
      Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`param_${i}`, 'x'.repeat(100)])),
    ),
  );
  const fitted = fitReport(model, links, 30, COMMENT_BUDGET, markerReserve(marker));
  assert.ok(fitted.step > 0);
  assert.ok(fitted.markdown.length + markerReserve(marker) <= 65_536, `${fitted.markdown.length} characters`);
  assert.match(fitted.markdown, /left out to keep this short: see the job summary or the report file/);
  assert.match(fitted.markdown, /^### 📊 Metrics report: 🔴 1500 regressions/, 'the verdict survives');
  assertInert(fitted.markdown);
  const summary = fitReport(model, links, 30, SUMMARY_BUDGET);
  assert.equal(summary.step, 0, 'the job summary has room for every row');
  assert.ok(Buffer.byteLength(summary.markdown) <= 1024 * 1024);
});

test('when even the leanest version is too long, it is cut at a line with open sections closed', () => {
  const files = Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`models/model_${i}/${'nested/'.repeat(10)}metrics.json`, { base: { accuracy: 0.9 }, head: { accuracy: 0.8 } }]));
  const fitted = fitReport(buildModel(inputs(files)), links, 30, COMMENT_BUDGET, markerReserve(marker));
  assert.equal(fitted.cut, true);
  assert.ok(fitted.markdown.length + markerReserve(marker) <= 65_536);
  assert.match(fitted.markdown, /This report was cut short to fit GitHub's size limit/);
  assertInert(fitted.markdown);
});

test('cutting counts bytes where the budget does, and closes a cut code block', () => {
  const text = `${'é'.repeat(100)}\n<details><summary>x</summary>\n\n\`\`\`mermaid\nxychart-beta\n${'    line [1, 2]\n'.repeat(200)}`;
  const budget = { limit: 2000, measure: (value: string) => Buffer.byteLength(value) };
  const cut = cutToFit(text, 2000, budget);
  assert.ok(Buffer.byteLength(cut) <= 2000);
  assert.equal((cut.match(/^```/gm) ?? []).length % 2, 0);
  assert.match(cut, /<\/details>/);
});
