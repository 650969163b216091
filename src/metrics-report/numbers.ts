/**
 * Numbers as a reviewer reads them: four significant digits by default, more only when two values
 * would otherwise look the same, integers as they are, and an exponent only for the very large or
 * very small. Plain ASCII so that the text can be copied into a spreadsheet.
 */

const SIGNIFICANT = 4;
const MAX_SIGNIFICANT = 12;

function magnitude(value: number): number {
  return value === 0 ? 0 : Math.floor(Math.log10(Math.abs(value)));
}

/** One value with `digits` significant digits (at least its whole-number digits). */
export function formatNumber(value: number, digits = SIGNIFICANT): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? 'inf' : '-inf';
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const order = magnitude(value);
  if (order >= 15 || order < -4) return trimExponent(value.toExponential(Math.max(digits - 1, 1)));
  const precision = Math.min(Math.max(digits, order + 1), 21);
  return plain(Number(value.toPrecision(precision)));
}

/** Formats two values with enough digits that they differ on screen whenever they differ. */
export function formatPair(a: number, b: number): [string, string] {
  for (let digits = SIGNIFICANT; ; digits++) {
    const pair: [string, string] = [formatNumber(a, digits), formatNumber(b, digits)];
    if (a === b || pair[0] !== pair[1] || digits >= MAX_SIGNIFICANT) return pair;
  }
}

/** A change with its sign: `+0.0123`, `-4`. */
export function formatDelta(delta: number): string {
  if (delta === 0) return '0';
  const text = formatNumber(delta, 3);
  return delta > 0 ? `+${text}` : text;
}

/** A relative change in percent: `+2.1%`, `-0.19%`, `+150%`. */
export function formatPercent(percent: number | undefined): string {
  if (percent === undefined || !Number.isFinite(percent)) return 'n/a';
  if (percent === 0) return '0%';
  const size = Math.abs(percent);
  const text = size >= 100 ? size.toFixed(0) : plain(Number(size >= 10 ? size.toFixed(1) : size.toPrecision(2)));
  return `${percent > 0 ? '+' : '-'}${text}%`;
}

/** A duration such as `4m 12s` or `1h 02m`. */
export function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  if (hours > 0) return `${hours}h ${String(minutes).padStart(2, '0')}m`;
  if (minutes > 0) return `${minutes}m ${String(rest).padStart(2, '0')}s`;
  return `${rest}s`;
}

/** A decimal without an exponent, for places (such as Mermaid) that do not read `1e-7`. */
export function plain(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  const fixed = value.toFixed(20).replace(/\.?0+$/, '');
  return fixed === '-0' ? '0' : fixed;
}

function trimExponent(text: string): string {
  // 1.230e-5 → 1.23e-5; the '+' of positive exponents is noise in a table.
  return text.replace(/\.?0+e/, 'e').replace('e+', 'e');
}
