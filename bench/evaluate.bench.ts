/**
 * evaluate on 1 million binary predictions with scores: reading the CSV, the point metrics, and 1000
 * bootstrap resamples. When python3 with scikit-learn is on the machine, scikit-learn computes the same
 * point metrics on the same file in the same run, and the figures are given as ratios against it.
 *
 *   npm run bench -- evaluate
 *   node bench/evaluate.bench.ts [rows] [resamples]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { readPredictionTable } from '../src/evaluate/table.ts';
import { prepare } from '../src/evaluate/prepare.ts';
import { evaluatePrepared } from '../src/evaluate/evaluate.ts';
import type { EvaluationOptions } from '../src/evaluate/options.ts';

const SKLEARN_SCRIPT = String.raw`
import json, sys, time
import numpy as np, pandas as pd
from sklearn import metrics as M
frame = pd.read_csv(sys.argv[1])
y, p, s = frame["label"].to_numpy(), frame["prediction"].to_numpy(), frame["score"].to_numpy()
start = time.perf_counter()
values = {
    "accuracy": M.accuracy_score(y, p),
    "balanced_accuracy": M.balanced_accuracy_score(y, p),
    "mcc": M.matthews_corrcoef(y, p),
    "roc_auc": M.roc_auc_score(y, s),
    "average_precision": M.average_precision_score(y, s),
    "log_loss": M.log_loss(y, s, eps=np.finfo(np.float64).eps),
    "brier": M.brier_score_loss(y, s),
}
for average in ("binary", "macro", "weighted", "micro"):
    pr, rc, f1, _ = M.precision_recall_fscore_support(y, p, average=average)
    suffix = "" if average == "binary" else "_" + average
    values["precision" + suffix], values["recall" + suffix], values["f1" + suffix] = pr, rc, f1
M.confusion_matrix(y, p)
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "values": {k: float(v) for k, v in values.items()}}))
`;

function findScikitLearn(): string | undefined {
  for (const python of ['python3', '/usr/bin/python3']) {
    try {
      execFileSync(python, ['-c', 'import sklearn, pandas'], { stdio: 'ignore' });
      return python;
    } catch {
      // not this one
    }
  }
  return undefined;
}

function writePredictions(path: string, rows: number): void {
  const rng = xoroshiro128plus(20240611);
  const lines = ['label,prediction,score'];
  for (let i = 0; i < rows; i++) {
    const label = uniformFloat64(rng) < 0.4 ? 1 : 0;
    // Three decimals: realistic ties among a million scores.
    const score = Math.round(Math.min(1, 0.3 * label + 0.7 * uniformFloat64(rng)) * 1000) / 1000;
    lines.push(`${label},${score >= 0.5 ? 1 : 0},${score}`);
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

function seconds(since: number): number {
  return (performance.now() - since) / 1000;
}

export default async function bench(rows = 1_000_000, resamples = 1000): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'evaluate-bench-'));
  try {
    const file = join(dir, 'predictions.csv');
    writePredictions(file, rows);
    const options: EvaluationOptions = {
      task: 'classification',
      columns: { label: 'label', prediction: 'prediction', scores: ['score'], sliceBy: [] },
      average: 'auto',
      zeroDivision: 'warn',
      resamples: 0,
      confidence: 0.95,
      seed: 0,
    };
    let started = performance.now();
    const table = await readPredictionTable(file, 'predictions.csv', (column) => ['label', 'prediction', 'score'].includes(column));
    const prepared = prepare(table, undefined, options);
    const readSeconds = seconds(started);
    started = performance.now();
    const point = evaluatePrepared(prepared, options).document;
    const pointSeconds = seconds(started);
    started = performance.now();
    evaluatePrepared(prepared, { ...options, resamples });
    const bootstrapSeconds = seconds(started);

    console.log(`evaluate: ${rows.toLocaleString('en')} binary predictions with scores, ${Object.keys(point.metrics).length} metrics`);
    console.log(`  read and check the CSV        ${readSeconds.toFixed(2)} s`);
    console.log(`  point metrics                 ${pointSeconds.toFixed(2)} s`);
    const perResample = ((bootstrapSeconds - pointSeconds) / resamples) * 1000;
    console.log(`  point + ${resamples} resamples       ${bootstrapSeconds.toFixed(2)} s  (${perResample.toFixed(1)} ms per resample)`);

    const python = findScikitLearn();
    if (!python) {
      console.log('  scikit-learn: no python3 with scikit-learn and pandas here, so no ratio');
      return;
    }
    const scikit = JSON.parse(execFileSync(python, ['-c', SKLEARN_SCRIPT, file], { encoding: 'utf8', maxBuffer: 1 << 20 })) as { seconds: number; values: Record<string, number> };
    let largest = 0;
    for (const [name, value] of Object.entries(scikit.values)) largest = Math.max(largest, Math.abs((point.metrics[name]?.value ?? Number.NaN) - value));
    console.log(`  scikit-learn point metrics    ${scikit.seconds.toFixed(2)} s  (same ${Object.keys(scikit.values).length} metrics; largest difference ${largest.toExponential(1)})`);
    console.log(`  ratio, point metrics: evaluate / scikit-learn = ${(pointSeconds / scikit.seconds).toFixed(2)}`);
    console.log(`  ratio, point + ${resamples} resamples / scikit-learn point metrics = ${(bootstrapSeconds / scikit.seconds).toFixed(1)} (scikit-learn would need ${resamples + 1}× its time for the same intervals)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The name bench/run.ts calls. */
export const run = bench;

if (import.meta.main) {
  const [rows, resamples] = process.argv.slice(2).map(Number);
  await bench(rows || undefined, resamples || undefined);
}
