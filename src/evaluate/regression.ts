/** Regression metrics as scikit-learn defines them, for given row weights. */
import { FLOAT64_EPS } from './options.ts';
import type { Engine, MetricSlot, Weights } from './engine.ts';

export interface RegressionData {
  truth: Float64Array;
  predicted: Float64Array;
}

export const REGRESSION_METRICS = ['mae', 'mse', 'rmse', 'r2', 'mape', 'wape'] as const;

export function createRegressionEngine(data: RegressionData): Engine {
  const n = data.truth.length;
  const slots: MetricSlot[] = REGRESSION_METRICS.map((name) => ({ name, interval: true }));
  const y = data.truth;
  const yhat = data.predicted;
  // Per-row terms computed once; a resample only weights them.
  const absolute = new Float64Array(n);
  const squared = new Float64Array(n);
  const percentage = new Float64Array(n);
  const magnitude = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const error = y[i]! - yhat[i]!;
    absolute[i] = Math.abs(error);
    squared[i] = error * error;
    magnitude[i] = Math.abs(y[i]!);
    // MAPE divides by |y| floored at float64 epsilon, as scikit-learn does: huge, not infinite, when y = 0.
    percentage[i] = absolute[i]! / Math.max(magnitude[i]!, FLOAT64_EPS);
  }
  const [MAE, MSE, RMSE, R2, MAPE, WAPE] = [0, 1, 2, 3, 4, 5];

  function compute(weights: Weights | null, out: Float64Array, reasons?: Array<string | undefined>): void {
    let total = 0;
    let sumAbsolute = 0;
    let sumSquared = 0;
    let sumPercentage = 0;
    let sumMagnitude = 0;
    let sumTruth = 0;
    for (let i = 0; i < n; i++) {
      const w = weights === null ? 1 : weights[i]!;
      if (w === 0) continue;
      total += w;
      sumAbsolute += w * absolute[i]!;
      sumSquared += w * squared[i]!;
      sumPercentage += w * percentage[i]!;
      sumMagnitude += w * magnitude[i]!;
      sumTruth += w * y[i]!;
    }
    const mean = sumTruth / total;
    let spread = 0;
    for (let i = 0; i < n; i++) {
      const w = weights === null ? 1 : weights[i]!;
      if (w !== 0) spread += w * (y[i]! - mean) ** 2;
    }
    out[MAE] = sumAbsolute / total;
    out[MSE] = sumSquared / total;
    out[RMSE] = Math.sqrt(sumSquared / total);
    out[MAPE] = sumPercentage / total;
    out[WAPE] = sumMagnitude > 0 ? sumAbsolute / sumMagnitude : Number.NaN;
    if (reasons && sumMagnitude === 0) reasons[WAPE] = 'every label is 0, so the total |y| WAPE divides by is 0';
    if (total < 2) {
      // scikit-learn: R² is not well-defined with fewer than two samples.
      out[R2] = Number.NaN;
      if (reasons) reasons[R2] = 'undefined with fewer than two rows';
    } else if (spread === 0) {
      // scikit-learn's force_finite: a constant target gives 1 for perfect predictions, else 0.
      out[R2] = sumSquared === 0 ? 1 : 0;
      if (reasons) reasons[R2] = `the label is constant, so R² is set as scikit-learn's force_finite does (${sumSquared === 0 ? '1: predictions are exact' : '0: predictions are not exact'})`;
    } else {
      out[R2] = 1 - sumSquared / spread;
    }
  }

  return { slots, rows: n, compute };
}
