/**
 * A predictions file read into the columns an evaluation needs, each value kept with the line it came
 * from so every complaint can point at `file:line`.
 */
import { readBatches, detectFormat } from '../tabular/index.ts';
import { UserError } from '../shared/errors.ts';

export interface PredictionTable {
  /** The path as the user wrote it, for messages. */
  file: string;
  /** CSV and TSV hold text only, so numbers there are recognised from their text. */
  textual: boolean;
  columns: string[];
  rows: number;
  lines: number[];
  values: Map<string, unknown[]>;
}

/** Reads `path`, keeping only the columns `wanted` picks (all others are dropped while streaming). */
export async function readPredictionTable(path: string, shownAs: string, wanted: (column: string) => boolean): Promise<PredictionTable> {
  const format = detectFormat(shownAs);
  const values = new Map<string, unknown[]>();
  const lines: number[] = [];
  let columns: string[] = [];
  try {
    for await (const batch of readBatches(path, { format })) {
      columns = batch.columns;
      // JSON Lines may name a new key late: its column starts with blanks for the earlier rows.
      for (const [index, column] of batch.columns.entries()) {
        if (!wanted(column)) continue;
        let target = values.get(column);
        if (!target) {
          target = new Array<unknown>(lines.length).fill(undefined);
          values.set(column, target);
        }
        for (const row of batch.rows) target.push(row[index]);
      }
      for (const line of batch.lines) lines.push(line);
      for (const [column, target] of values) if (target.length < lines.length) target.length = lines.length;
    }
  } catch (error) {
    if (error instanceof UserError) throw new UserError(error.message.split(path).join(shownAs), error.location ? { ...error.location, file: shownAs } : undefined);
    throw error;
  }
  if (lines.length === 0) throw new UserError(`${shownAs}: the file has no rows`, { file: shownAs });
  return { file: shownAs, textual: format === 'csv' || format === 'tsv', columns: [...columns], rows: lines.length, lines, values };
}

/** The values of a column the user named, or an error that names the input and lists the columns there are. */
export function requireColumn(table: PredictionTable, column: string, input: string): unknown[] {
  const found = table.values.get(column);
  if (found) return found;
  const available = table.columns.map((name) => JSON.stringify(name)).join(', ');
  throw new UserError(`${table.file}: no column "${column}" (input ${input}); the file's columns are: ${available}`, { file: table.file, line: 1 });
}

/** A cell that holds nothing: absent, null, or blank text. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** A number from a cell: real numbers always, text only in CSV/TSV (where everything is text). */
export function numberFrom(value: unknown, textual: boolean): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'bigint') return Number(value);
  if (textual && typeof value === 'string') {
    const text = value.trim();
    if (text === '') return undefined;
    const parsed = Number(text);
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

/** A score cell: numbers in any format, and numeric text too (JSON writers sometimes quote floats). */
export function scoreFrom(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value.trim());
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}
