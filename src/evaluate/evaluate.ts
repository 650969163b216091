/**
 * The evaluation from files to the metrics document: read, prepare, compute every metric with its
 * interval (and the paired difference against a baseline), overall, per class and per slice.
 */
import { METRICS_FORMAT, type MetricValue, type MetricsDocument } from '../shared/metrics.ts';
import { createClassificationEngine, type ClassificationData, type ClassScores } from './classification.ts';
import { createRegressionEngine, type RegressionData } from './regression.ts';
import { evaluateWithIntervals, type EngineResult, type PairedResult } from './bootstrap.ts';
import { prepare, type Prepared } from './prepare.ts';
import { readPredictionTable, type PredictionTable } from './table.ts';
import { scoreColumnMatcher } from './scores.ts';
import { MAX_SLICES_PER_COLUMN, type EvaluationOptions, type ZeroDivision } from './options.ts';
import type { Engine } from './engine.ts';
import { scoreOrder } from './ranking.ts';

export interface PredictionsFile {
  /** Where to read it. */
  path: string;
  /** How messages name it (the path as the user wrote it). */
  shownAs: string;
}

export interface Evaluation {
  document: MetricsDocument;
  notes: string[];
}

export async function evaluateFiles(predictions: PredictionsFile, baseline: PredictionsFile | undefined, options: EvaluationOptions): Promise<Evaluation> {
  const { columns } = options;
  const isScore = scoreColumnMatcher(columns.scores);
  const named = new Set([columns.label, columns.prediction, ...columns.sliceBy, ...(columns.id ? [columns.id] : [])]);
  const wanted = (column: string) => named.has(column) || isScore(column);
  const candidateTable = await readPredictionTable(predictions.path, predictions.shownAs, wanted);
  let baselineTable: PredictionTable | undefined;
  if (baseline) baselineTable = await readPredictionTable(baseline.path, baseline.shownAs, wanted);
  return evaluatePrepared(prepare(candidateTable, baselineTable, options), options);
}

function engineFor(prepared: Prepared, data: ClassificationData | RegressionData, zeroDivision: ZeroDivision): Engine {
  if (prepared.task === 'regression') return createRegressionEngine(data as RegressionData);
  return createClassificationEngine(data as ClassificationData, { average: prepared.average, zeroDivision });
}

/**
 * Resampling does not depend on row order, so rows are put in the order of the first score column the
 * engines rank by: that ranking's pass over each resample's weights then reads memory in sequence.
 */
function inScoreOrder(prepared: Prepared): Prepared {
  if (prepared.task !== 'classification' || !prepared.candidate.scores) return prepared;
  const { scores, positive, labels } = prepared.candidate;
  let key: Float64Array;
  if (scores.kind === 'single') key = scores.values;
  else {
    const K = labels.length;
    const column = positive ?? 0;
    key = Float64Array.from({ length: prepared.rows }, (_, row) => scores.values[row * K + column]!);
  }
  const order = scoreOrder(key);
  const slices = new Map<string, string[]>();
  for (const [column, values] of prepared.slices) slices.set(column, Array.from(order, (row) => values[row]!));
  return {
    ...prepared,
    slices,
    candidate: subsetData(prepared.candidate, order),
    baseline: prepared.baseline ? subsetData(prepared.baseline, order) : undefined,
  };
}

export function evaluatePrepared(unordered: Prepared, options: EvaluationOptions): Evaluation {
  const prepared = inScoreOrder(unordered);
  const notes = [...prepared.notes];
  const settings = { resamples: options.resamples, confidence: options.confidence, seed: options.seed };
  const candidate = engineFor(prepared, prepared.candidate, options.zeroDivision);
  const baseline = prepared.baseline ? engineFor(prepared, prepared.baseline, options.zeroDivision) : undefined;
  const result = evaluateWithIntervals(candidate, baseline, settings);
  const intervals = options.resamples > 0;

  const document: MetricsDocument = {
    format: METRICS_FORMAT,
    task: prepared.task,
    rows: prepared.rows,
    confidence: options.confidence,
    resamples: options.resamples,
    seed: options.seed,
    metrics: {},
  };
  const overall = splitResult(candidate, result, intervals);
  document.metrics = overall.metrics;
  if (prepared.task === 'classification') {
    document.labels = prepared.labels;
    if (prepared.positiveLabel !== undefined) document.positive_label = prepared.positiveLabel;
    document.average = prepared.average;
    document.zero_division = options.zeroDivision;
    document.classes = overall.classes;
    document.confusion_matrix = confusionMatrix(prepared.labels, prepared.candidate.truth, prepared.candidate.predicted);
    if (options.zeroDivision === 'warn') notes.push(...zeroDivisionWarnings(document.confusion_matrix));
  }
  if (baseline && result.baseline) {
    document.baseline = { rows: prepared.rows, metrics: splitResult(baseline, { candidate: result.baseline }, intervals).metrics };
  }
  document.no_skill = noSkill(prepared, options.zeroDivision);

  if (prepared.slices.size > 0) {
    document.slices = {};
    let stream = 1;
    for (const [column, values] of prepared.slices) {
      const groups = new Map<string, number[]>();
      for (const [row, value] of values.entries()) {
        let rows = groups.get(value);
        if (!rows) groups.set(value, (rows = []));
        rows.push(row);
      }
      let kept = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
      if (kept.length > MAX_SLICES_PER_COLUMN) {
        notes.push(`slice-by "${column}" has ${kept.length} values; only the ${MAX_SLICES_PER_COLUMN} largest slices are reported`);
        kept = kept.slice(0, MAX_SLICES_PER_COLUMN);
      }
      kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      for (const [value, rows] of kept) {
        const subset = Int32Array.from(rows);
        const sliceCandidate = engineFor(prepared, subsetData(prepared.candidate, subset), options.zeroDivision);
        const sliceBaseline = prepared.baseline ? engineFor(prepared, subsetData(prepared.baseline, subset), options.zeroDivision) : undefined;
        const sliceResult = evaluateWithIntervals(sliceCandidate, sliceBaseline, { ...settings, stream: stream++ });
        document.slices[`${column}=${value}`] = { rows: rows.length, metrics: splitResult(sliceCandidate, sliceResult, intervals).metrics };
      }
    }
  }
  if (notes.length > 0) document.notes = notes;
  return { document, notes };
}

function metricValue(engineResult: EngineResult, position: number, intervals: boolean, difference?: PairedResult['differences']): MetricValue {
  const raw = engineResult.values[position]!;
  const value: MetricValue = { value: Number.isNaN(raw) ? null : raw };
  if (intervals) value.ci = engineResult.intervals[position] ?? null;
  const reason = engineResult.reasons[position];
  if (reason) value.reason = reason;
  if (difference?.paired[position]) {
    const delta = difference.values[position]!;
    value.difference = { value: Number.isNaN(delta) ? null : delta };
    if (intervals) value.difference.ci = difference.intervals[position] ?? null;
  }
  return value;
}

function splitResult(engine: Engine, result: PairedResult, intervals: boolean): { metrics: Record<string, MetricValue>; classes: Record<string, Record<string, MetricValue>> } {
  const metrics: Record<string, MetricValue> = {};
  const classes: Record<string, Record<string, MetricValue>> = {};
  for (const [position, slot] of engine.slots.entries()) {
    const differences = slot.interval ? result.differences : undefined;
    const value = metricValue(result.candidate, position, intervals && slot.interval, differences);
    if (!slot.interval) delete value.ci;
    if (slot.label === undefined) metrics[slot.name] = value;
    else (classes[slot.label] ??= {})[slot.name] = value;
  }
  return { metrics, classes };
}

function confusionMatrix(labels: string[], truth: Int32Array, predicted: Int32Array): { labels: string[]; matrix: number[][] } {
  const matrix = labels.map(() => new Array<number>(labels.length).fill(0));
  for (let i = 0; i < truth.length; i++) matrix[truth[i]!]![predicted[i]!]!++;
  return { labels: [...labels], matrix };
}

/** What `zero_division: warn` reports: the labels whose precision or recall divided by zero (and count as 0). */
function zeroDivisionWarnings(confusion: { labels: string[]; matrix: number[][] }): string[] {
  const { labels, matrix } = confusion;
  const neverPredicted = labels.filter((_, k) => matrix.every((row) => row[k] === 0) && matrix[k]!.some((c) => c > 0));
  const neverLabelled = labels.filter((_, k) => matrix[k]!.every((c) => c === 0) && matrix.some((row) => row[k]! > 0));
  const warnings: string[] = [];
  if (neverPredicted.length > 0) warnings.push(`zero division: precision of ${neverPredicted.map((l) => JSON.stringify(l)).join(', ')} counts as 0 (never predicted); set zero-division to 0, 1 or nan to choose`);
  if (neverLabelled.length > 0) warnings.push(`zero division: recall of ${neverLabelled.map((l) => JSON.stringify(l)).join(', ')} counts as 0 (no row has that label); set zero-division to 0, 1 or nan to choose`);
  return warnings;
}

function subsetData<T extends ClassificationData | RegressionData>(data: T, rows: Int32Array): T {
  const pick = <A extends Int32Array | Float64Array>(array: A): A => {
    const out = new (array.constructor as { new (length: number): A })(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = array[rows[i]!]!;
    return out;
  };
  if ('labels' in data) {
    const scores = data.scores;
    let subsetScores: ClassScores | undefined;
    if (scores?.kind === 'single') subsetScores = { ...scores, values: pick(scores.values) };
    else if (scores?.kind === 'per-class') {
      const K = data.labels.length;
      const values = new Float64Array(rows.length * K);
      for (let i = 0; i < rows.length; i++) values.set(scores.values.subarray(rows[i]! * K, rows[i]! * K + K), i * K);
      subsetScores = { kind: 'per-class', values };
    }
    return { ...data, truth: pick(data.truth), predicted: pick(data.predicted), scores: subsetScores };
  }
  const regression = data as RegressionData;
  return { truth: pick(regression.truth), predicted: pick(regression.predicted) } as T;
}

/** The same metrics for a predictor without skill: the majority class with the class shares as probabilities, or the mean. */
function noSkill(prepared: Prepared, zeroDivision: ZeroDivision): Record<string, number | null> {
  let engine: Engine;
  if (prepared.task === 'regression') {
    const { truth } = prepared.candidate;
    let sum = 0;
    for (const y of truth) sum += y;
    engine = createRegressionEngine({ truth, predicted: new Float64Array(truth.length).fill(sum / truth.length) });
  } else {
    const data = prepared.candidate;
    const K = data.labels.length;
    const n = data.truth.length;
    const counts = new Float64Array(K);
    for (const y of data.truth) counts[y]!++;
    let majority = 0;
    for (let k = 1; k < K; k++) if (counts[k]! > counts[majority]!) majority = k;
    let scores: ClassScores | undefined;
    if (data.scores?.kind === 'single') scores = { kind: 'single', values: new Float64Array(n).fill(counts[data.positive!]! / n), probabilities: true };
    else if (data.scores?.kind === 'per-class') {
      const values = new Float64Array(n * K);
      for (let i = 0; i < n; i++) for (let k = 0; k < K; k++) values[i * K + k] = counts[k]! / n;
      scores = { kind: 'per-class', values };
    }
    engine = createClassificationEngine({ ...data, predicted: new Int32Array(n).fill(majority), scores }, { average: prepared.average, zeroDivision });
  }
  const values = new Float64Array(engine.slots.length);
  engine.compute(null, values);
  const out: Record<string, number | null> = {};
  for (const [position, slot] of engine.slots.entries()) if (slot.label === undefined) out[slot.name] = Number.isNaN(values[position]!) ? null : values[position]!;
  return out;
}
