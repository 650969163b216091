/**
 * How a cell is read as a contract's logical type. Text formats (CSV/TSV) carry strings, so they are
 * parsed; typed formats (JSON, Parquet) must already hold the right kind of value.
 */
import type { LogicalType } from './contract.ts';

export type ParsedValue = string | number | boolean | bigint | object;

/** Parses a cell as its logical type; undefined when it is not of that type. */
export type TypeParser = (value: unknown) => ParsedValue | undefined;

const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?$/;

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A decimal number written plainly: no hex, binary, octal, Infinity or surrounding spaces. */
export function parseDecimal(text: string): number | undefined {
  const length = text.length;
  if (length === 0) return undefined;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(length - 1);
  if (!(isDigitCode(first) || first === 43 || first === 45 || first === 46)) return undefined;
  if (!(isDigitCode(last) || last === 46)) return undefined;
  if (length > 1 && first === 48) {
    const second = text.charCodeAt(1) | 0x20;
    if (second === 120 || second === 98 || second === 111) return undefined; // 0x, 0b, 0o
  }
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** Digits with an optional sign, as a number (past 2^53 it is rounded, as JSON readers do). */
export function parseInteger(text: string): number | undefined {
  const length = text.length;
  if (length === 0) return undefined;
  let index = 0;
  const first = text.charCodeAt(0);
  if (first === 45 || first === 43) {
    if (length === 1) return undefined;
    index = 1;
  }
  for (; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return undefined;
  }
  return Number(text);
}

function validCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** Epoch milliseconds of a date or date-time text, undefined when it is not one. */
export function parseTimestamp(text: string): number | undefined {
  const match = ISO_TIMESTAMP.exec(text);
  if (!match) return undefined;
  if (!validCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) return undefined;
  if (match[4] !== undefined && (Number(match[4]) > 23 || Number(match[5]) > 59 || Number(match[6] ?? 0) > 60)) return undefined;
  // Date.parse reads a zone-less date-time as local time; validate-data treats it as UTC.
  const hasZone = /(?:[Zz]|[+-]\d{2}(?::?\d{2})?)$/.test(text) && match[4] !== undefined;
  const normalised = text.replace(' ', 'T');
  const value = Date.parse(hasZone || match[4] === undefined ? normalised : `${normalised}Z`);
  return Number.isNaN(value) ? undefined : value;
}

export function parseDate(text: string): number | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  if (!validCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) return undefined;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/**
 * A JDK DateTimeFormatter pattern (what ODCS `format` on dates uses) as a regular expression for the
 * common letters: y, M, d, H, h, m, s, S, a, and the zone letters X, x, Z. Quoted text is literal.
 */
export function dateFormatRegex(format: string): RegExp {
  let source = '';
  for (let index = 0; index < format.length; ) {
    const char = format[index]!;
    if (char === "'") {
      const end = format.indexOf("'", index + 1);
      const literal = end === -1 ? format.slice(index + 1) : format.slice(index + 1, end);
      source += literal === '' ? "'" : literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      index = end === -1 ? format.length : end + 1;
      continue;
    }
    let run = 1;
    while (format[index + run] === char) run++;
    switch (char) {
      case 'y':
      case 'u':
        source += run === 2 ? '\\d{2}' : '\\d{4}';
        break;
      case 'M':
      case 'd':
      case 'H':
      case 'h':
      case 'm':
      case 's':
        source += run === 1 ? '\\d{1,2}' : `\\d{${run}}`;
        break;
      case 'S':
        source += `\\d{${run}}`;
        break;
      case 'a':
        source += '(?:AM|PM|am|pm)';
        break;
      case 'X':
      case 'x':
      case 'Z':
        source += '(?:Z|[+-]\\d{2}(?::?\\d{2})?)';
        break;
      default:
        source += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').repeat(run);
    }
    index += run;
  }
  return new RegExp(`^${source}$`);
}

function fromDateObject(value: unknown): number | undefined {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.getTime() : undefined;
}

/** How to read the type the physicalType names, when the contract gives no logicalType. */
export function logicalTypeOfPhysical(physicalType: string | undefined): LogicalType | undefined {
  if (!physicalType) return undefined;
  const base = physicalType.toLowerCase().replace(/\(.*$/, '').trim();
  if (/^(tinyint|smallint|int|integer|bigint|long|int8|int16|int32|int64|uint8|uint16|uint32|uint64|short|byte)$/.test(base)) return 'integer';
  if (/^(float|double|real|decimal|numeric|number|float32|float64|double precision)$/.test(base)) return 'number';
  if (/^(bool|boolean)$/.test(base)) return 'boolean';
  if (/^(date)$/.test(base)) return 'date';
  if (/^(timestamp|timestamp_tz|timestamp_ntz|timestamptz|datetime|datetime2)/.test(base)) return 'timestamp';
  if (/^(time)$/.test(base)) return 'time';
  if (/^(varchar|char|nvarchar|nchar|text|string|str|character varying|uuid)$/.test(base)) return 'string';
  if (/^(array|list)$/.test(base)) return 'array';
  if (/^(struct|record|object|map|json|jsonb|variant)$/.test(base)) return 'object';
  return undefined;
}

/**
 * Dates repeat (days, hours) far more than they vary: remember the last few thousand texts read.
 * Bounded, so a column of unique timestamps costs nothing extra.
 */
function memoised(parse: (text: string) => number | string | undefined): (text: string) => number | string | undefined {
  const cache = new Map<string, number | string | undefined>();
  return (text) => {
    const known = cache.get(text);
    if (known !== undefined || cache.has(text)) return known;
    const value = parse(text);
    if (cache.size < 4096) cache.set(text, value);
    return value;
  };
}

export function typeParser(type: LogicalType, dateFormat?: string): TypeParser {
  switch (type) {
    case 'string':
      return (value) => (typeof value === 'string' ? value : undefined);
    case 'integer':
      return (value) => {
        if (typeof value === 'string') return parseInteger(value);
        if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
        if (typeof value === 'bigint') return value;
        return undefined;
      };
    case 'number':
      return (value) => {
        if (typeof value === 'string') return parseDecimal(value);
        if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
        if (typeof value === 'bigint') return Number(value);
        return undefined;
      };
    case 'boolean':
      return (value) => {
        if (typeof value === 'boolean') return value;
        if (typeof value === 'string') {
          const lower = value.toLowerCase();
          if (lower === 'true' || value === '1') return true;
          if (lower === 'false' || value === '0') return false;
        }
        return undefined;
      };
    case 'date': {
      const custom = dateFormat && !/^yyyy-MM-dd$/.test(dateFormat) ? dateFormatRegex(dateFormat) : undefined;
      const text = memoised((value) => (custom ? (custom.test(value) ? (parseTimestamp(value) ?? value) : undefined) : (parseDate(value) ?? parseTimestamp(value))));
      return (value) => {
        if (typeof value === 'string') return text(value);
        return fromDateObject(value);
      };
    }
    case 'timestamp': {
      const custom = dateFormat ? dateFormatRegex(dateFormat) : undefined;
      const text = memoised((value) => (custom ? (custom.test(value) ? (parseTimestamp(value) ?? value) : undefined) : parseTimestamp(value)));
      return (value) => {
        if (typeof value === 'string') return text(value);
        if (typeof value === 'number' && Number.isFinite(value)) return value;
        return fromDateObject(value);
      };
    }
    case 'time':
      return (value) => (typeof value === 'string' && TIME.test(value) ? value : undefined);
    case 'array':
      return (value) => {
        if (Array.isArray(value)) return value;
        if (typeof value === 'string' && value.startsWith('[')) {
          try {
            const parsed: unknown = JSON.parse(value);
            return Array.isArray(parsed) ? parsed : undefined;
          } catch {
            return undefined;
          }
        }
        return undefined;
      };
    case 'object':
      return (value) => {
        if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) return value;
        if (typeof value === 'string' && value.startsWith('{')) {
          try {
            const parsed: unknown = JSON.parse(value);
            return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : undefined;
          } catch {
            return undefined;
          }
        }
        return undefined;
      };
  }
}

/** A value as the text a report shows. */
export function displayValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
  if (typeof value === 'object') {
    try {
      return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
    } catch {
      return String(value);
    }
  }
  return String(value);
}

/** Whether a cell holds no value: null, the empty text, or one of the texts the run counts as missing. */
export function isMissingValue(value: unknown, tokens: ReadonlySet<string>): boolean {
  return value === undefined || value === null || value === '' || (tokens.size > 0 && typeof value === 'string' && tokens.has(value));
}

/** The key uniqueness compares: the value's text, so 1 and "1" in a CSV are the same. */
export function keyOf(value: unknown): string {
  return typeof value === 'string' ? value : displayValue(value);
}

/** The key uniqueness and foreign keys compare: a parsed number when the column is numeric (so 7 and 7.0 agree), else the text. */
export function uniqueKey(value: unknown, parsed: unknown): string | number {
  if (typeof parsed === 'number' && Number.isFinite(parsed)) return parsed;
  if (typeof parsed === 'bigint') {
    const number = Number(parsed);
    return Number.isSafeInteger(number) ? number : parsed.toString();
  }
  return keyOf(value);
}

/** Unicode code points, as JSON Schema's minLength/maxLength count them. */
export function textLength(text: string): number {
  // Only texts with surrogate pairs need the slow count.
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) return [...text].length;
  }
  return text.length;
}
