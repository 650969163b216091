/**
 * Metrics files as every action reads them. The evaluate action writes the rich format described by
 * schemas/metrics.schema.json (values with intervals); a training script may write any JSON or YAML of
 * numbers (DVC style, nested). Both become one flat map `a.b.c → value`.
 */
import { readFileSync, existsSync } from 'node:fs';
import { UserError } from './errors.ts';
import { parseYamlText } from './yaml.ts';

export const METRICS_FORMAT = 'ml-actions/metrics@1';

export type Interval = [number, number];

export interface MetricValue {
  value: number | null;
  ci?: Interval | null;
  reason?: string;
  difference?: { value: number | null; ci?: Interval | null };
}

/** The rich format's document (see the schema for each field's meaning). */
export interface MetricsDocument {
  format: typeof METRICS_FORMAT;
  task?: 'classification' | 'regression';
  rows?: number;
  confidence?: number;
  resamples?: number;
  seed?: number;
  metrics: Record<string, MetricValue>;
  classes?: Record<string, Record<string, MetricValue>>;
  slices?: Record<string, { rows: number; metrics: Record<string, MetricValue> }>;
  confusion_matrix?: { labels: string[]; matrix: number[][] };
  no_skill?: Record<string, number | null>;
  baseline?: { rows?: number; metrics: Record<string, MetricValue> };
  /** Classification: every class label, in the order per-class results and the confusion matrix use. */
  labels?: string[];
  positive_label?: string;
  average?: 'binary' | 'macro' | 'weighted' | 'micro';
  zero_division?: 'warn' | '0' | '1' | 'nan';
  /** How the evaluation read its input (task, positive label, zero divisions, slices left out). */
  notes?: string[];
}

export interface MetricsSet {
  /** Flat name → value; `class.<label>.<metric>` and `slice.<key>.<metric>` for the rich format's parts. */
  values: Record<string, MetricValue>;
  /** The rich document, when the file is one. */
  document?: MetricsDocument;
}

export function isMetricsDocument(data: unknown): data is MetricsDocument {
  return typeof data === 'object' && data !== null && (data as { format?: unknown }).format === METRICS_FORMAT;
}

/** Flattens nested numbers to `a.b.c`; strings that are numbers count, other leaves are left out. */
export function flattenNumbers(data: unknown, prefix = '', into: Record<string, number> = {}): Record<string, number> {
  if (typeof data === 'number' && Number.isFinite(data)) {
    into[prefix] = data;
  } else if (typeof data === 'string' && data.trim() !== '' && Number.isFinite(Number(data))) {
    into[prefix] = Number(data);
  } else if (Array.isArray(data)) {
    data.forEach((item, index) => flattenNumbers(item, prefix ? `${prefix}.${index}` : String(index), into));
  } else if (typeof data === 'object' && data !== null) {
    for (const [key, value] of Object.entries(data)) flattenNumbers(value, prefix ? `${prefix}.${key}` : key, into);
  }
  return into;
}

export function metricsFromData(data: unknown): MetricsSet {
  if (isMetricsDocument(data)) {
    const values: Record<string, MetricValue> = { ...data.metrics };
    for (const [label, metrics] of Object.entries(data.classes ?? {})) {
      for (const [name, metric] of Object.entries(metrics)) values[`class.${label}.${name}`] = metric;
    }
    for (const [key, slice] of Object.entries(data.slices ?? {})) {
      for (const [name, metric] of Object.entries(slice.metrics)) values[`slice.${key}.${name}`] = metric;
    }
    return { values, document: data };
  }
  const values: Record<string, MetricValue> = {};
  for (const [name, value] of Object.entries(flattenNumbers(data))) values[name] = { value };
  return { values };
}

/** Parses JSON or YAML text (JSON is YAML), naming the file and line of a syntax error. */
export function parseMetricsText(text: string, file: string): MetricsSet {
  const data = parseYamlText(text, file);
  if (data === null || typeof data !== 'object') throw new UserError(`${file}: a metrics file must hold an object of metric names and values`, { file });
  return metricsFromData(data);
}

export function readMetricsFile(path: string, shownAs = path): MetricsSet {
  if (!existsSync(path)) throw new UserError(`${shownAs}: metrics file not found`, { file: shownAs });
  return parseMetricsText(readFileSync(path, 'utf8'), shownAs);
}

export type Direction = 'higher' | 'lower';

// Names (or name parts) where smaller is better; everything else is taken as higher-is-better.
const LOWER_IS_BETTER = /(^|[._\-\s])(loss|log_?loss|error|err|rmse|mse|mae|mape|wape|smape|latency|brier|ece|perplexity|duration|time|size|bytes|fpr|fnr|cost)($|[._\-\s])/i;

export function defaultDirection(name: string): Direction {
  return LOWER_IS_BETTER.test(name) ? 'lower' : 'higher';
}
