/**
 * Classification metrics as scikit-learn defines them, computed from a weighted confusion matrix and
 * per-row probability terms, so a bootstrap resample costs one pass over the rows.
 */
import { ECE_BINS, FLOAT64_EPS, type Average, type ZeroDivision } from './options.ts';
import { buildRanking, rankingAreas, type Ranking, type RankingAreas } from './ranking.ts';
import type { Engine, MetricSlot, Weights } from './engine.ts';

export type ClassScores =
  /** One score per row for the positive class; `probabilities` when every score is within [0, 1]. */
  | { kind: 'single'; values: Float64Array; probabilities: boolean; notProbabilities?: string }
  /** One probability per class and row, row-major (`values[row * classes + class]`), rows summing to 1. */
  | { kind: 'per-class'; values: Float64Array };

export interface ClassificationData {
  labels: readonly string[];
  /** Class index of each row's label and prediction. */
  truth: Int32Array;
  predicted: Int32Array;
  /** Class index of the positive label, for two classes. */
  positive?: number;
  scores?: ClassScores;
}

export interface ClassificationSettings {
  average: Average;
  zeroDivision: ZeroDivision;
}

export const PER_CLASS_METRICS = ['precision', 'recall', 'f1', 'support'] as const;

function zeroDivisionValue(setting: ZeroDivision): number {
  return setting === '1' ? 1 : setting === 'nan' ? Number.NaN : 0;
}

/** Mean of the finite values, weighted (scikit-learn's _nanaverage); NaN when there are none. */
function nanAverage(values: Float64Array, weights: Float64Array | null, include: Uint8Array): number {
  let sum = 0;
  let total = 0;
  for (let k = 0; k < values.length; k++) {
    if (!include[k] || Number.isNaN(values[k]!)) continue;
    const w = weights ? weights[k]! : 1;
    sum += w * values[k]!;
    total += w;
  }
  return total > 0 ? sum / total : Number.NaN;
}

export function createClassificationEngine(data: ClassificationData, settings: ClassificationSettings): Engine {
  const K = data.labels.length;
  const n = data.truth.length;
  const zd = zeroDivisionValue(settings.zeroDivision);
  const binary = K <= 2 && data.positive !== undefined;
  const code = K * K <= 256 ? new Uint8Array(n) : K * K <= 65536 ? new Uint16Array(n) : new Int32Array(n);
  for (let i = 0; i < n; i++) code[i] = data.truth[i]! * K + data.predicted[i]!;

  // Rankings: the positive class's for two classes with one score column; one per class otherwise.
  const rankings: Array<Ranking | undefined> = new Array(K).fill(undefined);
  const scores = data.scores;
  if (scores?.kind === 'single' && data.positive !== undefined) {
    const positive = data.positive;
    rankings[positive] = buildRanking(scores.values, (row) => data.truth[row] === positive);
  } else if (scores?.kind === 'per-class') {
    for (let k = 0; k < K; k++) {
      const column = new Float64Array(n);
      for (let i = 0; i < n; i++) column[i] = scores.values[i * K + k]!;
      rankings[k] = buildRanking(column, (row) => data.truth[row] === k);
    }
  }
  const headlineRanking = binary ? data.positive! : -1;

  // Per-row probability terms: log loss, Brier, and the ECE bin and gap (correct − confidence).
  const probabilities = scores !== undefined && (scores.kind === 'per-class' || scores.probabilities);
  const lossRow = probabilities ? new Float64Array(n) : null;
  const brierRow = probabilities ? new Float64Array(n) : null;
  const eceBin = probabilities ? new Uint8Array(n) : null;
  const eceGap = probabilities ? new Float64Array(n) : null;
  if (probabilities && scores) {
    const clip = (p: number) => Math.min(Math.max(p, FLOAT64_EPS), 1 - FLOAT64_EPS);
    for (let i = 0; i < n; i++) {
      const y = data.truth[i]!;
      let confidence: number;
      let argmax: number;
      if (scores.kind === 'single') {
        const positive = data.positive!;
        const negative = K === 2 ? 1 - positive : -1;
        const p = scores.values[i]!;
        const isPositive = y === positive ? 1 : 0;
        lossRow![i] = -Math.log(isPositive ? clip(p) : 1 - clip(p));
        brierRow![i] = (p - isPositive) ** 2;
        confidence = Math.max(p, 1 - p);
        argmax = p > 0.5 ? positive : negative;
      } else {
        const base = i * K;
        lossRow![i] = -Math.log(clip(scores.values[base + y]!));
        if (binary) {
          brierRow![i] = (scores.values[base + data.positive!]! - (y === data.positive ? 1 : 0)) ** 2;
        } else {
          let sum = 0;
          for (let k = 0; k < K; k++) sum += (scores.values[base + k]! - (k === y ? 1 : 0)) ** 2;
          brierRow![i] = sum;
        }
        argmax = 0;
        for (let k = 1; k < K; k++) if (scores.values[base + k]! > scores.values[base + argmax]!) argmax = k;
        confidence = scores.values[base + argmax]!;
      }
      eceBin![i] = Math.min(ECE_BINS - 1, Math.floor(confidence * ECE_BINS));
      eceGap![i] = (argmax === y ? 1 : 0) - confidence;
    }
  }

  const overall = [
    'accuracy',
    'balanced_accuracy',
    'precision',
    'recall',
    'f1',
    'precision_macro',
    'recall_macro',
    'f1_macro',
    'precision_weighted',
    'recall_weighted',
    'f1_weighted',
    'precision_micro',
    'recall_micro',
    'f1_micro',
    'mcc',
  ];
  const hasRanking = rankings.some((r) => r !== undefined);
  const multiclassRanking = hasRanking && !binary;
  if (hasRanking) overall.push('roc_auc', 'average_precision');
  if (multiclassRanking) overall.push('roc_auc_weighted', 'average_precision_weighted');
  if (probabilities) overall.push('log_loss', 'brier', 'ece');
  const perClass: string[] = [...PER_CLASS_METRICS];
  const perClassRanking = scores?.kind === 'per-class';
  if (perClassRanking) perClass.push('roc_auc', 'average_precision');
  const slots: MetricSlot[] = overall.map((name) => ({ name, interval: true }));
  for (const label of data.labels) for (const name of perClass) slots.push({ name, label, interval: name !== 'support' });
  const index = new Map(overall.map((name, position) => [name, position]));
  const classBase = overall.length;
  const perClassIndex = new Map(perClass.map((name, position) => [name, position]));
  const at = (label: number, name: string) => classBase + label * perClass.length + perClassIndex.get(name)!;

  // Scratch space reused by every call.
  const cm = new Float64Array(K * K);
  const trueCount = new Float64Array(K);
  const predCount = new Float64Array(K);
  const precision = new Float64Array(K);
  const recall = new Float64Array(K);
  const f1 = new Float64Array(K);
  const present = new Uint8Array(K);
  const eceSum = new Float64Array(ECE_BINS);
  const areas: RankingAreas = { rocAuc: 0, averagePrecision: 0 };
  const aucs = new Float64Array(K);
  const aps = new Float64Array(K);

  function compute(weights: Weights | null, out: Float64Array, reasons?: Array<string | undefined>): void {
    cm.fill(0);
    eceSum.fill(0);
    let total = 0;
    let loss = 0;
    let brier = 0;
    // Two loops rather than a test per row: with or without probability terms.
    if (lossRow === null) {
      for (let i = 0; i < n; i++) {
        const w = weights === null ? 1 : weights[i]!;
        total += w;
        cm[code[i]!]! += w;
      }
    } else {
      for (let i = 0; i < n; i++) {
        const w = weights === null ? 1 : weights[i]!;
        total += w;
        cm[code[i]!]! += w;
        loss += w * lossRow[i]!;
        brier += w * brierRow![i]!;
        eceSum[eceBin![i]!]! += w * eceGap![i]!;
      }
    }
    const set = (name: string, value: number, reason?: string) => {
      const position = index.get(name)!;
      out[position] = value;
      if (reasons && reason && Number.isNaN(value)) reasons[position] = reason;
    };

    trueCount.fill(0);
    predCount.fill(0);
    let correct = 0;
    for (let t = 0; t < K; t++) {
      for (let p = 0; p < K; p++) {
        const c = cm[t * K + p]!;
        trueCount[t]! += c;
        predCount[p]! += c;
      }
      correct += cm[t * K + t]!;
    }
    let recallSum = 0;
    let classesWithRows = 0;
    for (let k = 0; k < K; k++) {
      const tp = cm[k * K + k]!;
      present[k] = trueCount[k]! + predCount[k]! > 0 ? 1 : 0;
      precision[k] = predCount[k]! > 0 ? tp / predCount[k]! : zd;
      recall[k] = trueCount[k]! > 0 ? tp / trueCount[k]! : zd;
      // F1 from counts (scikit-learn ≥ 1.3): zero_division applies only when tp + fp + fn = 0.
      f1[k] = trueCount[k]! + predCount[k]! > 0 ? (2 * tp) / (trueCount[k]! + predCount[k]!) : zd;
      if (trueCount[k]! > 0) {
        recallSum += tp / trueCount[k]!;
        classesWithRows++;
      }
      const absent = present[k] === 0;
      out[at(k, 'precision')] = absent ? Number.NaN : precision[k]!;
      out[at(k, 'recall')] = absent ? Number.NaN : recall[k]!;
      out[at(k, 'f1')] = absent ? Number.NaN : f1[k]!;
      out[at(k, 'support')] = trueCount[k]!;
      if (reasons) {
        const label = JSON.stringify(data.labels[k]);
        if (absent) {
          for (const name of ['precision', 'recall', 'f1']) reasons[at(k, name)] = `label ${label} is in neither the labels nor the predictions`;
        } else {
          if (Number.isNaN(precision[k]!)) reasons[at(k, 'precision')] = `no row is predicted as ${label} (zero-division is nan)`;
          if (Number.isNaN(recall[k]!)) reasons[at(k, 'recall')] = `no row is labelled ${label} (zero-division is nan)`;
        }
      }
    }
    set('accuracy', total > 0 ? correct / total : Number.NaN, 'no rows');
    set('balanced_accuracy', classesWithRows > 0 ? recallSum / classesWithRows : Number.NaN, 'no rows');

    const macro = (values: Float64Array) => nanAverage(values, null, present);
    const weighted = (values: Float64Array) => nanAverage(values, trueCount, present);
    const zdReason = 'every label hit zero division (zero-division is nan)';
    set('precision_macro', macro(precision), zdReason);
    set('recall_macro', macro(recall), zdReason);
    set('f1_macro', macro(f1), zdReason);
    set('precision_weighted', weighted(precision), zdReason);
    set('recall_weighted', weighted(recall), zdReason);
    set('f1_weighted', weighted(f1), zdReason);
    const micro = total > 0 ? correct / total : Number.NaN;
    set('precision_micro', micro, 'no rows');
    set('recall_micro', micro, 'no rows');
    set('f1_micro', micro, 'no rows');
    if (settings.average === 'binary') {
      const k = data.positive!;
      const label = JSON.stringify(data.labels[k]);
      set('precision', precision[k]!, `no row is predicted as the positive label ${label} (zero-division is nan)`);
      set('recall', recall[k]!, `no row is labelled with the positive label ${label} (zero-division is nan)`);
      set('f1', f1[k]!, `the positive label ${label} is in neither the labels nor the predictions (zero-division is nan)`);
    } else {
      for (const name of ['precision', 'recall', 'f1']) out[index.get(name)!] = out[index.get(`${name}_${settings.average}`)!]!;
      if (reasons) for (const name of ['precision', 'recall', 'f1']) reasons[index.get(name)!] = reasons[index.get(`${name}_${settings.average}`)!];
    }

    // Matthews correlation coefficient, multiclass form; 0 when undefined, as scikit-learn returns.
    let sumTP = 0;
    let sumPP = 0;
    let sumTT = 0;
    for (let k = 0; k < K; k++) {
      sumTP += trueCount[k]! * predCount[k]!;
      sumPP += predCount[k]! * predCount[k]!;
      sumTT += trueCount[k]! * trueCount[k]!;
    }
    const covYP = correct * total - sumTP;
    const covPP = total * total - sumPP;
    const covTT = total * total - sumTT;
    set('mcc', covPP * covTT === 0 ? 0 : covYP / Math.sqrt(covTT * covPP));

    if (hasRanking) rankingMetrics(weights, total, out, reasons, set);
    if (lossRow !== null) {
      set('log_loss', loss / total);
      set('brier', brier / total);
      let ece = 0;
      for (let b = 0; b < ECE_BINS; b++) ece += Math.abs(eceSum[b]!);
      set('ece', ece / total);
    }
  }

  function rankingMetrics(weights: Weights | null, total: number, out: Float64Array, reasons: Array<string | undefined> | undefined, set: (name: string, value: number, reason?: string) => void): void {
    const oneClass = (label: number, positives: number) =>
      positives === 0 ? `no row is labelled ${JSON.stringify(data.labels[label])}, so there are no positives` : `every row is labelled ${JSON.stringify(data.labels[label])}, so there are no negatives`;
    for (let k = 0; k < K; k++) {
      const ranking = rankings[k];
      if (!ranking) continue;
      const positives = trueCount[k]!;
      rankingAreas(ranking, weights, positives, total - positives, areas);
      aucs[k] = areas.rocAuc;
      aps[k] = areas.averagePrecision;
      if (k === headlineRanking) {
        set('roc_auc', areas.rocAuc, `undefined with one class present: ${oneClass(k, positives)}`);
        set('average_precision', areas.averagePrecision, `undefined: ${oneClass(k, positives)}`);
      }
      if (perClassRanking) {
        out[at(k, 'roc_auc')] = areas.rocAuc;
        out[at(k, 'average_precision')] = areas.averagePrecision;
        if (reasons && Number.isNaN(areas.rocAuc)) reasons[at(k, 'roc_auc')] = `undefined with one class present: ${oneClass(k, positives)}`;
        if (reasons && Number.isNaN(areas.averagePrecision)) reasons[at(k, 'average_precision')] = `undefined: ${oneClass(k, positives)}`;
      }
    }
    if (multiclassRanking) {
      let aucSum = 0;
      let aucWeighted = 0;
      let apSum = 0;
      let apWeighted = 0;
      let support = 0;
      const undefinedLabels: string[] = [];
      for (let k = 0; k < K; k++) {
        if (Number.isNaN(aucs[k]!)) undefinedLabels.push(JSON.stringify(data.labels[k]));
        aucSum += aucs[k]!;
        aucWeighted += trueCount[k]! * aucs[k]!;
        apSum += aps[k]!;
        apWeighted += trueCount[k]! * aps[k]!;
        support += trueCount[k]!;
      }
      const why = `one-vs-rest AUC is undefined for ${undefinedLabels.join(', ')} (a class with no rows, or the only class)`;
      set('roc_auc', aucSum / K, why);
      set('roc_auc_weighted', aucWeighted / support, why);
      set('average_precision', apSum / K, why);
      set('average_precision_weighted', apWeighted / support, why);
    }
  }

  return { slots, rows: n, compute };
}
