/**
 * Which column holds which class's score. `score-columns` lists columns by name, by glob (`proba_*`, the
 * `*` part being the label) or as `label: column`; plain names lose their common prefix and suffix
 * (`proba_setosa` → `setosa`) unless they already are labels. One column alone is the positive class's score.
 */
import { UserError } from '../shared/errors.ts';
import { numberFrom, type PredictionTable } from './table.ts';
import type { LabelKind } from './labels.ts';

export interface ScoreColumn {
  column: string;
  label: string;
}

export type ScoreLayout = { kind: 'single'; column: string } | { kind: 'per-class'; columns: ScoreColumn[] };

const EXPLICIT = /^(.+?)\s*[:=]\s*(.+)$/;
const SEPARATOR = /[^A-Za-z0-9]/;

function globToRegExp(glob: string): RegExp {
  const parts = glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('(.*)')}$`);
}

/** Whether a column could be a score column, so the reader keeps it. */
export function scoreColumnMatcher(entries: string[]): (column: string) => boolean {
  const exact = new Set<string>();
  const globs: RegExp[] = [];
  for (const entry of entries) {
    const explicit = EXPLICIT.exec(entry);
    const name = explicit ? explicit[2]!.trim() : entry;
    if (!explicit && name.includes('*')) globs.push(globToRegExp(name));
    else exact.add(name);
  }
  return (column) => exact.has(column) || globs.some((glob) => glob.test(column));
}

function commonPrefix(names: string[]): string {
  let prefix = names[0] ?? '';
  for (const name of names) while (!name.startsWith(prefix)) prefix = prefix.slice(0, -1);
  // Cut back to a separator so `p_a`, `p_ab` give `a`, `ab` rather than ``, `b`.
  let cut = prefix.length;
  while (cut > 0 && !SEPARATOR.test(prefix[cut - 1]!)) cut--;
  return prefix.slice(0, cut);
}

function commonSuffix(names: string[]): string {
  const reversed = names.map((name) => [...name].reverse().join(''));
  return [...commonPrefix(reversed)].reverse().join('');
}

export function resolveScoreLayout(entries: string[], table: PredictionTable, classes: string[], kind: LabelKind, input = 'score-columns'): ScoreLayout | undefined {
  if (entries.length === 0) return undefined;
  const fail = (message: string): never => {
    throw new UserError(`${table.file}: ${message} (input ${input})`, { file: table.file, line: 1 });
  };
  const mapped: ScoreColumn[] = [];
  const plain: string[] = [];
  for (const entry of entries) {
    const explicit = EXPLICIT.exec(entry);
    if (explicit) {
      mapped.push({ label: explicit[1]!.trim(), column: explicit[2]!.trim() });
    } else if (entry.includes('*')) {
      const glob = globToRegExp(entry);
      const matches = table.columns.filter((column) => glob.test(column));
      if (matches.length === 0) fail(`no column matches "${entry}"; the file's columns are: ${table.columns.map((c) => JSON.stringify(c)).join(', ')}`);
      for (const column of matches) mapped.push({ column, label: glob.exec(column)![1]! });
    } else {
      plain.push(entry);
    }
  }
  for (const column of [...plain, ...mapped.map((m) => m.column)]) {
    if (!table.values.has(column)) fail(`no score column "${column}"; the file's columns are: ${table.columns.map((c) => JSON.stringify(c)).join(', ')}`);
  }
  if (plain.length === 1 && mapped.length === 0) return { kind: 'single', column: plain[0]! };
  if (plain.length > 0) {
    const known = new Set(classes);
    if (plain.every((column) => known.has(column))) {
      for (const column of plain) mapped.push({ column, label: column });
    } else {
      const prefix = commonPrefix(plain);
      const suffix = commonSuffix(plain.map((name) => name.slice(prefix.length)));
      for (const column of plain) mapped.push({ column, label: column.slice(prefix.length, column.length - suffix.length) });
    }
  }
  const byLabel = new Map<string, string>();
  const classSet = new Set(classes);
  for (const score of mapped) {
    const number = kind === 'number' ? numberFrom(score.label, true) : undefined;
    const label = number !== undefined ? String(number) : score.label;
    if (!classSet.has(label)) {
      fail(`score column "${score.column}" is for label "${score.label}", which is in neither the label nor the prediction column; the labels are: ${classes.map((c) => JSON.stringify(c)).join(', ')}`);
    }
    if (byLabel.has(label)) fail(`score columns "${byLabel.get(label)}" and "${score.column}" are both for label "${label}"`);
    byLabel.set(label, score.column);
  }
  const missing = classes.filter((label) => !byLabel.has(label));
  if (missing.length > 0) {
    fail(`no score column for label${missing.length > 1 ? 's' : ''} ${missing.map((c) => JSON.stringify(c)).join(', ')}: give one column per class (or a single column, the positive class's score, for two classes)`);
  }
  return { kind: 'per-class', columns: classes.map((label) => ({ label, column: byLabel.get(label)! })) };
}
