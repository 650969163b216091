/**
 * Which columns the drift monitor tests, and as what. There is no contract here, so kinds come from
 * the data (numerical when every value reads as a number), the `categorical-columns` and
 * `numerical-columns` inputs override them, and columns whose drift would say nothing are left out
 * unless named: identifiers and free text (most values distinct), dates and times (every run has
 * new ones), and row numbers (consecutive whole numbers). Each left-out column gets its reason.
 */
import { ConfigurationError } from '../shared/errors.ts';
import type { ColumnSummary } from './accumulate.ts';
import type { ColumnKind, ColumnProfile, Profile } from './profile.ts';

export interface ColumnSelection {
  /** Only these columns (the `columns` input); no column is left out by the rules below. */
  columns?: readonly string[];
  categorical?: readonly string[];
  numerical?: readonly string[];
  exclude?: readonly string[];
}

/** The kinds the user declared, checked for a column named as both. */
export function declaredKinds(selection: ColumnSelection): Map<string, ColumnKind> {
  const kinds = new Map<string, ColumnKind>();
  for (const name of selection.categorical ?? []) kinds.set(name, 'categorical');
  for (const name of selection.numerical ?? []) {
    if (kinds.has(name)) throw new ConfigurationError('numerical-columns', `names "${name}", which categorical-columns names too; give each column one kind`);
    kinds.set(name, 'numerical');
  }
  return kinds;
}

export interface ColumnPlan {
  /** Columns to compare, in the reference's order. */
  test: string[];
  skipped: Array<{ column: string; reason: string }>;
}

const SELECTION_INPUTS: Array<[keyof ColumnSelection, string]> = [
  ['columns', 'columns'],
  ['categorical', 'categorical-columns'],
  ['numerical', 'numerical-columns'],
  ['exclude', 'exclude-columns'],
];

function describeColumns(names: string[]): string {
  const shown = names.slice(0, 20).map((name) => `"${name}"`).join(', ');
  return names.length > 20 ? `${shown} and ${names.length - 20} more` : shown;
}

// ISO 8601 dates and date-times, as CSV and JSON files write them.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** Fewer values than this say too little for the rules that leave columns out. */
const MIN_ROWS_FOR_RULES = 20;

/** Why a column is not worth testing, or undefined when it is. */
function ruleOut(profile: ColumnProfile): string | undefined {
  if (profile.count < MIN_ROWS_FOR_RULES) return undefined;
  if (profile.kind === 'categorical') {
    const categories = Object.keys(profile.categories);
    if (categories.length > 0 && categories.every((value) => ISO_DATE.test(value))) {
      return 'dates and times are not tested for drift (every run brings new ones); name it in categorical-columns to test it anyway';
    }
    // The drift core's rule for identifiers: more than 20 categories, and more than one per two values.
    const distinct = profile.other > 0 ? Number.POSITIVE_INFINITY : categories.length;
    if (distinct > 20 && distinct > profile.count / 2) {
      return 'most values in the reference are distinct (an identifier or free text); name it in categorical-columns to test it anyway';
    }
    return undefined;
  }
  // A permutation of min..max has exactly this count, mean and variance: row numbers, sequential IDs.
  const { count, min, max, mean, std } = profile;
  if (!Number.isInteger(min) || !Number.isInteger(max) || max - min + 1 !== count) return undefined;
  const uniformVariance = (count * count - 1) / 12;
  if (Math.abs(mean - (min + max) / 2) > 1e-9 * Math.max(1, Math.abs(mean))) return undefined;
  if (Math.abs(std * std - uniformVariance) > 1e-6 * uniformVariance) return undefined;
  return 'consecutive whole numbers in the reference (a row number or sequential ID); name it in numerical-columns to test it anyway';
}

/** Every column name the selection inputs give must be in the data somewhere (`known`). */
export function checkSelection(selection: ColumnSelection, known: ReadonlySet<string>): void {
  for (const [key, inputName] of SELECTION_INPUTS) {
    const unknown = (selection[key] ?? []).filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new ConfigurationError(inputName, `names ${describeColumns(unknown)}, which neither the reference nor the current data has (columns: ${describeColumns([...known])})`);
    }
  }
}

/** The column names of a reference and its current data together. */
export function columnNames(reference: Profile, current: ReadonlyMap<string, ColumnSummary>): Set<string> {
  return new Set([...Object.keys(reference.columns), ...current.keys()]);
}

/**
 * What to test of one reference and its current data. With several schema objects the selection
 * inputs name columns of any of them: each object tests those of its own.
 */
export function planColumns(reference: Profile, current: ReadonlyMap<string, ColumnSummary>, selection: ColumnSelection, known?: ReadonlySet<string>): ColumnPlan {
  const referenceNames = Object.keys(reference.columns);
  const own = columnNames(reference, current);
  checkSelection(selection, known ?? own);
  const skipped: ColumnPlan['skipped'] = [];
  if (selection.columns && selection.columns.length > 0) {
    return { test: [...new Set(selection.columns)].filter((name) => own.has(name) && !(selection.exclude ?? []).includes(name)), skipped };
  }
  const named = new Set([...(selection.categorical ?? []), ...(selection.numerical ?? [])]);
  const excluded = new Set(selection.exclude ?? []);
  const test: string[] = [];
  const ordered = [...referenceNames, ...[...current.keys()].filter((name) => !(name in reference.columns))];
  for (const name of ordered) {
    const profile = reference.columns[name];
    if (excluded.has(name)) skipped.push({ column: name, reason: 'excluded by exclude-columns' });
    else if (!profile) skipped.push({ column: name, reason: 'not in the reference' });
    else if (!current.has(name)) skipped.push({ column: name, reason: 'not in the current data' });
    else {
      const reason = named.has(name) ? undefined : ruleOut(profile);
      if (reason) skipped.push({ column: name, reason });
      else test.push(name);
    }
  }
  return { test, skipped };
}

/** The drift core's reasons, in this action's words (it has no contract; the data is "current"). */
export function monitorReason(reason: string): string {
  if (reason === 'not in the data') return 'not in the current data';
  if (reason === 'no values in the data') return 'no values in the current data';
  if (reason.startsWith('numeric in the contract')) return 'numerical-columns names it, but the reference profile has it as categorical';
  return reason;
}
