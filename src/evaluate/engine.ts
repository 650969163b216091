/**
 * An engine computes every metric of one set of predictions for given row weights. The point estimate is
 * the same computation with every row counted once, so intervals and values can never disagree in
 * definition. Undefined values are NaN, and on the point pass the engine says why.
 */

export interface MetricSlot {
  name: string;
  /** Per-class metrics carry their class label. */
  label?: string;
  /** Counts such as support get no interval. */
  interval: boolean;
}

/** Times each row is counted in a resample: small counts in bytes, wider ones when a row is drawn over 255 times. */
export type Weights = Uint8Array | Int32Array;

export interface Engine {
  readonly slots: readonly MetricSlot[];
  readonly rows: number;
  /** Fills `out` (one value per slot); `reasons`, when given, gets a reason for each NaN or surprising value. */
  compute(weights: Weights | null, out: Float64Array, reasons?: Array<string | undefined>): void;
}
