import type { Weights } from './engine.ts';

/**
 * ROC AUC and average precision under row weights. Rows are sorted by score once; tied scores form one
 * group, so ties count half (AUC) and share one threshold (average precision) exactly as scikit-learn's
 * curves do. Each resample then costs one pass over the sorted rows, sequential in memory when the rows
 * themselves were put in score order (see `scoreOrder`).
 */

export interface Ranking {
  /** Row index at each sorted position, ascending score; null when the rows already are in that order. */
  readonly order: Int32Array | null;
  /** 1 where the row at that sorted position is of the positive class. */
  readonly positive: Uint8Array;
  /** 1 where the sorted position is the last of its group of tied scores. */
  readonly groupEnd: Uint8Array;
  /** Scratch: all-ones weights for the point estimate, and weights gathered into sorted order. */
  ones?: Int32Array;
  gathered?: Int32Array;
}

/** Row indices by ascending score (ties by row), the order `buildRanking` sorts into. */
export function scoreOrder(scores: Float64Array): Int32Array {
  const order = new Int32Array(scores.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => scores[a]! - scores[b]! || a - b);
}

export function buildRanking(scores: Float64Array, isPositive: (row: number) => boolean): Ranking {
  const n = scores.length;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = scores[i - 1]! <= scores[i]!;
  const order = sorted ? null : scoreOrder(scores);
  const rowAt = (j: number) => (order === null ? j : order[j]!);
  const positive = new Uint8Array(n);
  const groupEnd = new Uint8Array(n);
  for (let j = 0; j < n; j++) {
    positive[j] = isPositive(rowAt(j)) ? 1 : 0;
    groupEnd[j] = j === n - 1 || scores[rowAt(j)] !== scores[rowAt(j + 1)] ? 1 : 0;
  }
  return { order, positive, groupEnd };
}

export interface RankingAreas {
  rocAuc: number;
  averagePrecision: number;
}

/**
 * AUC and AP for the given row weights (null: every row once), given the weighted count of positive
 * and negative rows; NaN when a class is missing. One ascending pass: at each group of tied scores,
 * its positives beat the negatives below and tie with half of the group's own (AUC), and the precision
 * at its threshold is (P − positives below) / (P − positives below + N − negatives below) (AP).
 */
export function rankingAreas(ranking: Ranking, weights: Weights | null, positives: number, negatives: number, into: RankingAreas): RankingAreas {
  const { order, positive, groupEnd } = ranking;
  const n = positive.length;
  // Weights in sorted order: read straight through when the rows are in score order, else gathered once.
  let sortedWeights: Weights;
  if (weights === null) sortedWeights = ranking.ones ??= new Int32Array(n).fill(1);
  else if (order === null) sortedWeights = weights;
  else {
    sortedWeights = ranking.gathered ??= new Int32Array(n);
    for (let j = 0; j < n; j++) sortedWeights[j] = weights[order[j]!]!;
  }
  let positivesBelow = 0;
  let negativesBelow = 0;
  let groupPositives = 0;
  let groupNegatives = 0;
  let area = 0;
  let precisionSum = 0;
  for (let j = 0; j < n; j++) {
    const w = sortedWeights[j]!;
    // Branch-free: which class a row is in is random, and a mispredicted branch per row costs more than the arithmetic.
    const p = w * positive[j]!;
    groupPositives += p;
    groupNegatives += w - p;
    if (groupEnd[j]) {
      area += groupPositives * (negativesBelow + groupNegatives / 2);
      if (groupPositives !== 0) {
        const truePositives = positives - positivesBelow;
        precisionSum += (groupPositives * truePositives) / (truePositives + negatives - negativesBelow);
      }
      positivesBelow += groupPositives;
      negativesBelow += groupNegatives;
      groupPositives = 0;
      groupNegatives = 0;
    }
  }
  into.rocAuc = positives > 0 && negatives > 0 ? area / (positives * negatives) : Number.NaN;
  into.averagePrecision = positives > 0 ? precisionSum / positives : Number.NaN;
  return into;
}
