/** What an evaluation is asked to do, independent of where the request came from (action inputs, tests, bench). */

export type TaskChoice = 'classification' | 'regression' | 'auto';
export type Task = 'classification' | 'regression';
export type Average = 'binary' | 'macro' | 'weighted' | 'micro';
export type AverageChoice = Average | 'auto';
/** scikit-learn's `zero_division`: `warn` acts as 0 and reports which labels hit it. */
export type ZeroDivision = 'warn' | '0' | '1' | 'nan';

export interface ColumnOptions {
  label: string;
  prediction: string;
  /** Entries as given: a column name, a glob such as `proba_*`, or `label: column`. */
  scores: string[];
  sliceBy: string[];
  /** Joins baseline rows to prediction rows; without it, rows are paired by position. */
  id?: string;
}

export interface EvaluationOptions {
  task: TaskChoice;
  columns: ColumnOptions;
  positiveLabel?: string;
  average: AverageChoice;
  zeroDivision: ZeroDivision;
  /** Bootstrap resamples; 0 turns intervals off. */
  resamples: number;
  confidence: number;
  seed: number;
}

export const ECE_BINS = 10;
/** scikit-learn's epsilon for MAPE and for clipping probabilities in log loss: numpy's float64 eps. */
export const FLOAT64_EPS = 2.220446049250313e-16;
/** How far a row of class probabilities may be from summing to 1. */
export const PROBABILITY_SUM_TOLERANCE = 1e-6;
/** Slices beyond this many per column are dropped (the largest are kept) and the report says so. */
export const MAX_SLICES_PER_COLUMN = 50;
