/**
 * Class labels from label and prediction columns. Labels are compared as text, so `1` in one column and
 * `1.0` in another must first agree on a type: numbers (JSON numbers, or numeric text in CSV) are written
 * canonically (`1.0` → `1`); a column of numbers next to a column of text is a mistake, not two classes.
 */
import { UserError } from '../shared/errors.ts';
import { isBlank, numberFrom, type PredictionTable } from './table.ts';

export interface LabelColumn {
  table: PredictionTable;
  column: string;
  input: string;
  values: unknown[];
}

type Kind = 'number' | 'text';

interface KindSummary {
  numbers: number;
  texts: number;
  firstNumber?: number;
  firstText?: number;
}

function summarise(column: LabelColumn): KindSummary {
  const summary: KindSummary = { numbers: 0, texts: 0 };
  for (let row = 0; row < column.values.length; row++) {
    const value = column.values[row];
    if (isBlank(value)) {
      const line = column.table.lines[row];
      throw new UserError(`${column.table.file}:${line}: ${column.input} "${column.column}" is empty`, { file: column.table.file, line });
    }
    if (numberFrom(value, column.table.textual) !== undefined) {
      summary.numbers++;
      summary.firstNumber ??= row;
    } else {
      summary.texts++;
      summary.firstText ??= row;
    }
  }
  return summary;
}

function show(column: LabelColumn, row: number): string {
  return `${column.table.file}:${column.table.lines[row]}: ${JSON.stringify(column.values[row])}`;
}

/**
 * Decides whether the labels are numbers or text. In CSV a column that mixes numeric and other text is
 * text (class names such as `A1` and `10`); typed formats (JSON Lines, Parquet) must not mix at all.
 */
export function labelKind(columns: LabelColumn[]): Kind {
  const summaries = columns.map(summarise);
  if (summaries.every((s) => s.texts === 0)) return 'number';
  for (const [index, column] of columns.entries()) {
    const summary = summaries[index]!;
    if (!column.table.textual && summary.numbers > 0 && summary.texts > 0) {
      throw new UserError(
        `${column.table.file}:${column.table.lines[Math.max(summary.firstNumber!, summary.firstText!)]}: ${column.input} "${column.column}" mixes numbers and text (${show(column, summary.firstNumber!)} and ${show(column, summary.firstText!)}); write every label the same way`,
        { file: column.table.file, line: column.table.lines[Math.max(summary.firstNumber!, summary.firstText!)] },
      );
    }
  }
  const numeric = columns.filter((_, index) => summaries[index]!.texts === 0);
  const allText = columns.filter((_, index) => summaries[index]!.numbers === 0);
  if (numeric.length > 0 && allText.length > 0) {
    const a = numeric[0]!;
    const b = allText[0]!;
    const firstText = summaries[columns.indexOf(b)]!.firstText!;
    throw new UserError(
      `${b.table.file}:${b.table.lines[firstText]}: label types differ: ${a.input} "${a.column}" holds numbers (${show(a, 0)}) but ${b.input} "${b.column}" holds text (${show(b, firstText)}); both must name classes the same way`,
      { file: b.table.file, line: b.table.lines[firstText] },
    );
  }
  return 'text';
}

/** The canonical text of one label. */
export function canonicalLabel(value: unknown, kind: Kind, textual: boolean): string {
  if (kind === 'number') return String(numberFrom(value, textual) ?? Number(value));
  if (typeof value === 'string') return value;
  return typeof value === 'bigint' ? value.toString() : String(value);
}

/** Sorted as scikit-learn's np.unique sorts them: numerically for numbers, by code point for text. */
export function sortLabels(labels: Iterable<string>, kind: Kind): string[] {
  const unique = [...new Set(labels)];
  return kind === 'number' ? unique.sort((a, b) => Number(a) - Number(b)) : unique.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export type { Kind as LabelKind };
