/** Numbers as a release manager reads them in a decision line: short, with a real minus sign. */
import { plural as pluralOf } from '../shared/counts.ts';
import type { Interval } from '../shared/metrics.ts';

const MINUS = '\u2212';

/** 4 significant digits, grouping from 1,000 up, `−` for negatives. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.abs(value) >= 1000 ? Math.round(value * 100) / 100 : Number(value.toPrecision(4));
  const text = Math.abs(rounded) >= 1000 ? Math.abs(rounded).toLocaleString('en-US', { maximumFractionDigits: 2 }) : String(Math.abs(rounded));
  return rounded < 0 ? `${MINUS}${text}` : text;
}

/** A change: always signed (+0.012, −0.003), 0 for no change. */
export function formatSigned(value: number): string {
  const text = formatNumber(value);
  if (text === '0') return '0';
  return text.startsWith(MINUS) ? text : `+${text}`;
}

export function formatInterval(interval: Interval, signed = false): string {
  const format = signed ? formatSigned : formatNumber;
  return `[${format(interval[0])}, ${format(interval[1])}]`;
}

/** `0.912 [0.905, 0.919]`, or just `0.912` without an interval. */
export function formatWithInterval(value: number, interval?: Interval | null, signed = false): string {
  const format = signed ? formatSigned : formatNumber;
  return interval ? `${format(value)} ${formatInterval(interval, signed)}` : format(value);
}

/** Whole counts: 1,240. */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/** `1 rule`, `1,240 rows`: counts grouped as formatCount groups them. */
export function plural(count: number, one: string, many?: string): string {
  return pluralOf(count, one, many, formatCount);
}
