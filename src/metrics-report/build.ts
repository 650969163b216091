/**
 * Puts the report together from what was read: the pull request's metrics and params, the baseline's,
 * the other steps' verdicts and the base branch's history. Pure: every input is already in memory.
 */
import type { MetricsSet } from '../shared/metrics.ts';
import { compareFiles, pairFiles } from './compare.ts';
import { buildTrend, mergedValues, trendMetrics, type HistoryEntry } from './history.ts';
import { countRows, REPORT_FORMAT, type Baseline, type ConfusionMatrix, type DataSummary, type GateSummary, type ReportModel } from './model.ts';
import { diffParams, type Params } from './params.ts';
import type { MetricsSpec } from './spec.ts';

export interface BaselineData {
  info: Baseline;
  metrics?: Map<string, MetricsSet>;
  params?: Map<string, Params>;
}

export interface ModelInputs {
  title: string;
  key: string;
  time: string;
  pr?: ReportModel['pr'];
  head: ReportModel['head'];
  metrics: Map<string, MetricsSet>;
  params?: Map<string, Params>;
  baseline: BaselineData;
  spec: MetricsSpec;
  data?: DataSummary;
  gate?: GateSummary;
  /** Recorded runs of the base branch, oldest first, for the trend. */
  history?: { branch: string; entries: HistoryEntry[] };
  durationSeconds?: number;
}

export function buildModel(inputs: ModelInputs): ReportModel {
  const { files, missingFiles } = compareFiles(inputs.metrics, inputs.baseline.metrics, inputs.spec);
  const model: ReportModel = {
    format: REPORT_FORMAT,
    title: inputs.title,
    key: inputs.key,
    time: inputs.time,
    head: inputs.head,
    baseline: inputs.baseline.info,
    files,
    missingFiles,
    counts: countRows(files),
  };
  if (inputs.pr) model.pr = inputs.pr;
  if (inputs.params) model.params = diffParams(inputs.params, inputs.baseline.params ?? new Map());
  if (inputs.data) model.data = inputs.data;
  if (inputs.gate) model.gate = inputs.gate;
  if (inputs.durationSeconds !== undefined) model.durationSeconds = inputs.durationSeconds;
  const trend = inputs.history ? trendFor(inputs, inputs.history) : undefined;
  if (trend) model.trend = trend;
  const confusion = confusionFor(inputs.metrics, inputs.baseline.metrics);
  if (confusion) model.confusion = confusion;
  return model;
}

function trendFor(inputs: ModelInputs, history: { branch: string; entries: HistoryEntry[] }) {
  const metrics = trendMetrics(inputs.metrics, inputs.spec.trend).filter((name) => !inputs.spec.rule(name).ignore);
  const headValues = mergedValues(
    [...inputs.metrics.values()].map((set) =>
      Object.fromEntries(Object.entries(set.values).flatMap(([name, metric]) => (typeof metric.value === 'number' ? [[name, metric.value]] : []))),
    ),
  );
  const label = inputs.pr ? `PR #${inputs.pr.number}` : 'this run';
  // A run on the base branch itself should not appear twice (recorded, then as "this run").
  const entries = history.entries.filter((entry) => entry.sha !== inputs.head.sha);
  return buildTrend(history.branch, entries, metrics, { label, sha: inputs.head.sha || undefined, time: inputs.time, values: headValues });
}

function confusionFor(head: Map<string, MetricsSet>, base: Map<string, MetricsSet> | undefined): ConfusionMatrix | undefined {
  const pairs = pairFiles([...head.keys()], [...(base?.keys() ?? [])]);
  for (const [file, set] of head) {
    const matrix = set.document?.confusion_matrix;
    if (!matrix) continue;
    const confusion: ConfusionMatrix = { file, labels: matrix.labels, matrix: matrix.matrix };
    const baseFile = pairs.get(file);
    const baseMatrix = baseFile ? base?.get(baseFile)?.document?.confusion_matrix : undefined;
    if (baseMatrix) confusion.base = { labels: baseMatrix.labels, matrix: baseMatrix.matrix };
    return confusion;
  }
  return undefined;
}
