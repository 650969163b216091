/**
 * From predictions tables to the typed arrays the engines compute on: the task, the class labels and
 * their order, the positive label, class scores, and the baseline lined up row by row with the candidate.
 * Every problem found here names the file and line, or the input.
 */
import { ConfigurationError, UserError } from '../shared/errors.ts';
import { canonicalLabel, labelKind, sortLabels, type LabelColumn, type LabelKind } from './labels.ts';
import { resolveScoreLayout, type ScoreLayout } from './scores.ts';
import { isBlank, numberFrom, requireColumn, scoreFrom, type PredictionTable } from './table.ts';
import { PROBABILITY_SUM_TOLERANCE, type Average, type EvaluationOptions, type Task } from './options.ts';
import type { ClassificationData, ClassScores } from './classification.ts';
import type { RegressionData } from './regression.ts';

export interface PreparedClassification {
  task: 'classification';
  labels: string[];
  kind: LabelKind;
  positiveLabel?: string;
  average: Average;
  candidate: ClassificationData;
  baseline?: ClassificationData;
  scoreLayout?: ScoreLayout;
}

export interface PreparedRegression {
  task: 'regression';
  candidate: RegressionData;
  baseline?: RegressionData;
}

export type Prepared = (PreparedClassification | PreparedRegression) & {
  rows: number;
  notes: string[];
  /** Slice column → the value of each row, as text. */
  slices: Map<string, string[]>;
};

/** Baseline values lined up with the candidate's rows: `rowOf[i]` is the baseline row for candidate row i. */
interface Alignment {
  table: PredictionTable;
  rowOf: Int32Array;
}

function at(table: PredictionTable, row: number): { file: string; line: number } {
  return { file: table.file, line: table.lines[row]! };
}

function fail(table: PredictionTable, row: number, message: string): never {
  const where = at(table, row);
  throw new UserError(`${where.file}:${where.line}: ${message}`, where);
}

function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  return typeof value === 'bigint' ? value.toString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Pairs baseline rows with candidate rows: by id when `id-column` is set, else by position. */
function alignBaseline(candidate: PredictionTable, baseline: PredictionTable, options: EvaluationOptions): Alignment {
  const rowOf = new Int32Array(candidate.rows);
  const idColumn = options.columns.id;
  if (idColumn) {
    const baselineIds = requireColumn(baseline, idColumn, 'id-column');
    const byId = new Map<string, number>();
    for (let row = 0; row < baseline.rows; row++) {
      const id = cellText(baselineIds[row]);
      if (isBlank(baselineIds[row])) fail(baseline, row, `id-column "${idColumn}" is empty`);
      const earlier = byId.get(id);
      if (earlier !== undefined) fail(baseline, row, `id ${JSON.stringify(id)} appears twice (first on line ${baseline.lines[earlier]})`);
      byId.set(id, row);
    }
    const candidateIds = requireColumn(candidate, idColumn, 'id-column');
    const seen = new Set<string>();
    for (let row = 0; row < candidate.rows; row++) {
      const id = cellText(candidateIds[row]);
      if (isBlank(candidateIds[row])) fail(candidate, row, `id-column "${idColumn}" is empty`);
      if (seen.has(id)) fail(candidate, row, `id ${JSON.stringify(id)} appears twice`);
      seen.add(id);
      const match = byId.get(id);
      if (match === undefined) fail(candidate, row, `id ${JSON.stringify(id)} has no row in the baseline predictions ${baseline.file}`);
      rowOf[row] = match;
    }
    if (baseline.rows !== candidate.rows) {
      const extra = [...byId.entries()].find(([id]) => !seen.has(id))!;
      fail(baseline, extra[1], `id ${JSON.stringify(extra[0])} has no row in the predictions ${candidate.file}; both files must hold the same rows`);
    }
    return { table: baseline, rowOf };
  }
  if (baseline.rows !== candidate.rows) {
    throw new UserError(
      `${baseline.file}: the baseline predictions have ${baseline.rows} rows but ${candidate.file} has ${candidate.rows}; both must hold the same rows (set id-column to pair them by id)`,
      { file: baseline.file },
    );
  }
  for (let row = 0; row < candidate.rows; row++) rowOf[row] = row;
  return { table: baseline, rowOf };
}

/** scikit-learn's type_of_target: whole numbers are classes, any fraction makes it a regression. */
function inferTask(columns: LabelColumn[], hasScores: boolean, notes: string[]): Task {
  if (hasScores) {
    notes.push('task: classification (score columns are given)');
    return 'classification';
  }
  let fraction = false;
  for (const column of columns) {
    for (const value of column.values) {
      const number = numberFrom(value, column.table.textual);
      if (number === undefined) {
        notes.push(`task: classification (${column.input} "${column.column}" holds text)`);
        return 'classification';
      }
      if (!Number.isInteger(number)) fraction = true;
    }
  }
  if (fraction) {
    notes.push('task: regression (labels or predictions have fractions)');
    return 'regression';
  }
  notes.push('task: classification (every label and prediction is a whole number; set task to regression if they are amounts)');
  return 'classification';
}

export function prepare(candidate: PredictionTable, baselineTable: PredictionTable | undefined, options: EvaluationOptions): Prepared {
  const notes: string[] = [];
  const { columns } = options;
  const column = (table: PredictionTable, name: string, input: string): LabelColumn => ({ table, column: name, input, values: requireColumn(table, name, input) });
  const truth = column(candidate, columns.label, 'label-column');
  const predicted = column(candidate, columns.prediction, 'prediction-column');
  const slices = new Map<string, string[]>();
  for (const name of columns.sliceBy) slices.set(name, requireColumn(candidate, name, 'slice-by').map(cellText));

  let alignment: Alignment | undefined;
  let baselinePredicted: LabelColumn | undefined;
  let baselineTruth: LabelColumn | undefined;
  if (baselineTable) {
    alignment = alignBaseline(candidate, baselineTable, options);
    const aligned = (values: unknown[]) => Array.from(alignment!.rowOf, (row) => values[row]);
    // Lined up with the candidate's rows, but reporting the baseline's own lines.
    const view: PredictionTable = { ...baselineTable, lines: Array.from(alignment.rowOf, (row) => baselineTable.lines[row]!) };
    baselinePredicted = { table: view, column: columns.prediction, input: 'prediction-column', values: aligned(requireColumn(baselineTable, columns.prediction, 'prediction-column')) };
    const baselineLabels = baselineTable.values.get(columns.label);
    if (baselineLabels) baselineTruth = { table: view, column: columns.label, input: 'label-column', values: aligned(baselineLabels) };
  }
  const labelColumns = [truth, predicted, ...(baselinePredicted ? [baselinePredicted] : []), ...(baselineTruth ? [baselineTruth] : [])];

  const task = options.task === 'auto' ? inferTask([truth, predicted], options.columns.scores.length > 0, notes) : options.task;
  if (task === 'regression') {
    if (options.columns.scores.length > 0) throw new ConfigurationError('score-columns', 'is for classification; task is regression');
    const numbers = (labelColumn: LabelColumn) =>
      Float64Array.from(labelColumn.values, (value, row) => {
        const number = numberFrom(value, labelColumn.table.textual);
        if (number === undefined) {
          fail(labelColumn.table, row, isBlank(value) ? `${labelColumn.input} "${labelColumn.column}" is empty` : `${labelColumn.input} "${labelColumn.column}" must be a number for regression, got ${JSON.stringify(value)}`);
        }
        return number;
      });
    const y = numbers(truth);
    if (baselineTruth) checkSameTruth(y, numbers(baselineTruth), truth, baselineTruth, (a, b) => a === b);
    return {
      task: 'regression',
      rows: candidate.rows,
      notes,
      slices,
      candidate: { truth: y, predicted: numbers(predicted) },
      baseline: baselinePredicted ? { truth: y, predicted: numbers(baselinePredicted) } : undefined,
    };
  }

  const kind = labelKind(labelColumns);
  const canonical = (labelColumn: LabelColumn) => labelColumn.values.map((value) => canonicalLabel(value, kind, labelColumn.table.textual));
  const truthLabels = canonical(truth);
  const predictedLabels = canonical(predicted);
  const baselineLabels = baselinePredicted ? canonical(baselinePredicted) : undefined;
  if (baselineTruth) checkSameTruth(truthLabels, canonical(baselineTruth), truth, baselineTruth, (a, b) => a === b);
  let labels = sortLabels([...truthLabels, ...predictedLabels, ...(baselineLabels ?? [])], kind);

  const positiveLabel = choosePositive(labels, kind, options, notes);
  if (positiveLabel !== undefined && !labels.includes(positiveLabel)) labels = sortLabels([...labels, positiveLabel], kind);
  const binary = positiveLabel !== undefined && labels.length <= 2;
  let average: Average;
  if (options.average === 'auto') {
    average = binary ? 'binary' : 'macro';
  } else {
    average = options.average;
    if (average === 'binary' && !binary) {
      throw new ConfigurationError('average', `is binary, but the labels have ${labels.length} classes (${labels.map((l) => JSON.stringify(l)).join(', ')}); use macro, weighted or micro`);
    }
  }
  const code = new Map(labels.map((label, index) => [label, index]));
  const codes = (values: string[]) => Int32Array.from(values, (label) => code.get(label)!);
  const truthCodes = codes(truthLabels);
  const positive = binary ? code.get(positiveLabel!) : undefined;

  const layout = resolveScoreLayout(options.columns.scores, candidate, labels, kind);
  if (layout?.kind === 'single' && !binary) {
    throw new ConfigurationError('score-columns', `names one column, which is the positive class's score for two classes; the labels have ${labels.length} classes, so give one probability column per class`);
  }
  const candidateScores = layout ? readScores(candidate, layout, labels, null) : undefined;
  let baselineScores: ClassScores | undefined;
  if (layout && alignment) {
    const columnsNeeded = layout.kind === 'single' ? [layout.column] : layout.columns.map((c) => c.column);
    const missing = columnsNeeded.filter((name) => !alignment!.table.values.has(name));
    if (missing.length === 0) baselineScores = readScores(alignment.table, layout, labels, alignment.rowOf);
    else notes.push(`the baseline predictions have no score column ${missing.map((m) => JSON.stringify(m)).join(', ')}, so score metrics are not compared`);
  }

  return {
    task: 'classification',
    rows: candidate.rows,
    notes,
    slices,
    labels,
    kind,
    positiveLabel: binary ? positiveLabel : undefined,
    average,
    scoreLayout: layout,
    candidate: { labels, truth: truthCodes, predicted: codes(predictedLabels), positive, scores: candidateScores },
    baseline: baselineLabels ? { labels, truth: truthCodes, predicted: codes(baselineLabels), positive, scores: baselineScores } : undefined,
  };
}

function checkSameTruth<T>(candidate: ArrayLike<T>, baseline: ArrayLike<T>, truth: LabelColumn, baselineTruth: LabelColumn, same: (a: T, b: T) => boolean): void {
  for (let row = 0; row < candidate.length; row++) {
    if (!same(candidate[row]!, baseline[row]!)) {
      fail(
        baselineTruth.table,
        row,
        `the baseline's label ${JSON.stringify(baselineTruth.values[row])} differs from ${truth.table.file}:${truth.table.lines[row]} (${JSON.stringify(truth.values[row])}); the baseline must be predictions on the same rows (set id-column to pair rows by id)`,
      );
    }
  }
}

function choosePositive(labels: string[], kind: LabelKind, options: EvaluationOptions, notes: string[]): string | undefined {
  const given = options.positiveLabel;
  if (given !== undefined) {
    let label = given;
    if (kind === 'number') {
      const number = numberFrom(given, true);
      if (number === undefined) throw new ConfigurationError('positive-label', `is "${given}", but the labels are numbers (${labels.join(', ')})`);
      label = String(number);
    }
    const classes = new Set([...labels, label]);
    if (classes.size > 2) {
      if (options.average === 'binary') throw new ConfigurationError('positive-label', `is for two classes; the labels have ${labels.length}: ${labels.map((l) => JSON.stringify(l)).join(', ')}`);
      if (!labels.includes(label)) throw new ConfigurationError('positive-label', `is "${given}", which is not one of the labels: ${labels.map((l) => JSON.stringify(l)).join(', ')}`);
      notes.push(`positive-label ${JSON.stringify(label)} is not used: there are ${labels.length} classes`);
      return undefined;
    }
    return label;
  }
  if (labels.length > 2) return undefined;
  if (kind === 'number' && labels.every((label) => label === '0' || label === '1' || label === '-1')) {
    notes.push('positive label: 1 (set positive-label to choose another)');
    return '1';
  }
  const chosen = labels[labels.length - 1]!;
  notes.push(`positive label: ${JSON.stringify(chosen)}, the greater of the labels as scikit-learn takes it (set positive-label to choose)`);
  return chosen;
}

/** Reads score cells as numbers, checking probabilities: each within [0, 1], each row of classes summing to 1. */
function readScores(table: PredictionTable, layout: ScoreLayout, labels: string[], rowOf: Int32Array | null): ClassScores {
  const rows = rowOf ? rowOf.length : table.rows;
  const source = (row: number) => (rowOf ? rowOf[row]! : row);
  const numberAt = (name: string, values: unknown[], row: number): number => {
    const value = values[source(row)];
    const number = scoreFrom(value);
    if (number === undefined) {
      fail(table, source(row), isBlank(value) ? `score column "${name}" is empty` : `score column "${name}" must be a number, got ${JSON.stringify(value)}`);
    }
    return number;
  };
  if (layout.kind === 'single') {
    const values = table.values.get(layout.column)!;
    const scores = new Float64Array(rows);
    let notProbabilities: string | undefined;
    for (let row = 0; row < rows; row++) {
      const score = numberAt(layout.column, values, row);
      scores[row] = score;
      if (notProbabilities === undefined && (score < 0 || score > 1)) {
        notProbabilities = `the scores are not probabilities: "${layout.column}" is ${score} at ${table.file}:${table.lines[source(row)]}`;
      }
    }
    return { kind: 'single', values: scores, probabilities: notProbabilities === undefined, notProbabilities };
  }
  const K = labels.length;
  const columnValues = layout.columns.map((c) => table.values.get(c.column)!);
  const scores = new Float64Array(rows * K);
  for (let row = 0; row < rows; row++) {
    let sum = 0;
    for (let k = 0; k < K; k++) {
      const name = layout.columns[k]!.column;
      const p = numberAt(name, columnValues[k]!, row);
      if (p < 0 || p > 1) fail(table, source(row), `score column "${name}" is ${p}; class probabilities must be between 0 and 1`);
      scores[row * K + k] = p;
      sum += p;
    }
    if (Math.abs(sum - 1) > PROBABILITY_SUM_TOLERANCE) {
      fail(
        table,
        source(row),
        `the class probabilities (${layout.columns.map((c) => c.column).join(' + ')}) sum to ${Number(sum.toPrecision(12))}, not 1; log loss and multiclass ROC AUC need each row to sum to 1 (within ${PROBABILITY_SUM_TOLERANCE})`,
      );
    }
  }
  return { kind: 'per-class', values: scores };
}
