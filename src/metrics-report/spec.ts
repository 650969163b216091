/**
 * How each metric is judged: which direction is better, how much change is noise, whether to show it
 * at all, and which metrics are charted. From the optional `metrics-spec` file, else by name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { UserError } from '../shared/errors.ts';
import { defaultDirection, type Direction } from '../shared/metrics.ts';
import { loadSchema } from '../shared/schemas.ts';
import { parseSchemaFile } from '../shared/yaml-schema.ts';

/** A change within either bound counts as noise. */
export interface Tolerance {
  absolute?: number;
  /** A fraction of the base value (2% → 0.02). */
  relative?: number;
}

export interface MetricRule {
  direction: Direction;
  tolerance: Tolerance;
  ignore: boolean;
}

type RawTolerance = number | string;

interface RawSpec {
  defaults?: { tolerance?: RawTolerance };
  metrics?: Record<string, { direction?: Direction; tolerance?: RawTolerance; ignore?: boolean }>;
  trend?: string[];
}

export interface MetricsSpec {
  rule(name: string): MetricRule;
  /** Names or patterns of the metrics to chart; empty when the file does not say. */
  trend: string[];
}

export function parseTolerance(raw: RawTolerance | undefined): Tolerance {
  if (raw === undefined) return {};
  if (typeof raw === 'number') return { absolute: raw };
  return { relative: Number(raw.trim().replace(/\s*%$/, '')) / 100 };
}

/** `*` matches any run of characters; everything else is literal. */
export function patternMatcher(pattern: string): (name: string) => boolean {
  if (!pattern.includes('*')) return (name) => name === pattern;
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  const regex = new RegExp(`^${source}$`);
  return (name) => regex.test(name);
}

export function buildSpec(raw: RawSpec = {}): MetricsSpec {
  const fallback = parseTolerance(raw.defaults?.tolerance);
  const entries = Object.entries(raw.metrics ?? {});
  const exact = new Map(entries.filter(([key]) => !key.includes('*')));
  const patterns = entries.filter(([key]) => key.includes('*')).map(([key, value]) => ({ matches: patternMatcher(key), value }));
  return {
    rule(name) {
      const entry = exact.get(name) ?? patterns.find((pattern) => pattern.matches(name))?.value;
      return {
        direction: entry?.direction ?? defaultDirection(name),
        tolerance: entry?.tolerance !== undefined ? parseTolerance(entry.tolerance) : fallback,
        ignore: entry?.ignore ?? false,
      };
    },
    trend: raw.trend ?? [],
  };
}

export function readSpec(path: string, shownAs: string): MetricsSpec {
  if (!existsSync(path)) throw new UserError(`Input "metrics-spec": ${shownAs} not found`, { file: shownAs });
  return buildSpec(parseSchemaFile<RawSpec>(readFileSync(path, 'utf8'), shownAs, loadSchema('metrics-spec.schema.json'), 'metrics spec'));
}

/** Whether a change of `delta` from `base` is noise under `tolerance`. */
export function withinTolerance(delta: number, base: number, tolerance: Tolerance): boolean {
  const size = Math.abs(delta);
  // Floating-point dust (0.1 + 0.2) is never a change.
  if (size <= 1e-12 * Math.max(Math.abs(base), 1)) return true;
  if (tolerance.absolute !== undefined && size <= tolerance.absolute) return true;
  if (tolerance.relative !== undefined && base !== 0 && size / Math.abs(base) <= tolerance.relative) return true;
  return false;
}

export function describeTolerance(tolerance: Tolerance): string {
  const parts: string[] = [];
  if (tolerance.absolute !== undefined) parts.push(`±${tolerance.absolute}`);
  if (tolerance.relative !== undefined) parts.push(`±${Number((tolerance.relative * 100).toPrecision(6))}%`);
  return parts.join(' or ');
}
