/**
 * The drift monitor's measurement, without GitHub: read the reference (a dataset or a profile) and
 * the current dataset, choose the columns, and compare them with the drift core, giving the same
 * drift section validate-data writes.
 */
import { existsSync, statSync } from 'node:fs';
import { ConfigurationError, UserError } from '../shared/errors.ts';
import { detectFormat, readColumnBatches, type TabularFormat } from '../tabular/index.ts';
import { loadReference } from '../validate-data/drift-step.ts';
import type { DriftReport } from '../validate-data/report-types.ts';
import type { ColumnSummary } from './accumulate.ts';
import { compareToReference, type DriftTest } from './compare.ts';
import { declaredKinds, monitorReason, planColumns, type ColumnSelection } from './monitor-columns.ts';
import { ProfileBuilder } from './profile.ts';

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** As the user wrote it, for messages and reports. */
  shownAs: string;
}

export interface MonitorOptions {
  reference: InputFile;
  current: InputFile;
  selection: ColumnSelection;
  method: 'auto' | DriftTest;
  threshold?: number;
  driftShare: number;
  missingTokens: readonly string[];
}

export interface Measurement {
  drift: DriftReport;
  current: { path: string; format: TabularFormat; rows: number };
}

/** A file an input names must exist and be a file; the message names the input and the path. */
export function requireInputFile(input: string, file: InputFile): void {
  if (!existsSync(file.path)) throw new ConfigurationError(input, `names ${file.shownAs}, which does not exist`);
  if (!statSync(file.path).isFile()) throw new ConfigurationError(input, `names ${file.shownAs}, which is not a file`);
}

function dataFormat(input: string, file: InputFile): TabularFormat {
  try {
    return detectFormat(file.shownAs);
  } catch (error) {
    if (error instanceof UserError) throw new ConfigurationError(input, `names ${error.message}`);
    throw error;
  }
}

async function summarizeCurrent(file: InputFile, missingTokens: ReadonlySet<string>): Promise<{ summaries: Map<string, ColumnSummary>; rows: number }> {
  const builder = new ProfileBuilder({ missingTokens });
  try {
    for await (const batch of readColumnBatches(file.path, { batchSize: 1024 })) builder.addColumns(batch.columns, batch.data, batch.length);
  } catch (error) {
    // The readers name the absolute path; say it as the user wrote it, and which input it was.
    if (error instanceof UserError) throw new UserError(`current: ${error.message.split(file.path).join(file.shownAs)}`, { file: file.shownAs });
    throw error;
  }
  return { summaries: builder.summaries(), rows: builder.rows };
}

export async function measureDrift(options: MonitorOptions): Promise<Measurement> {
  requireInputFile('reference', options.reference);
  requireInputFile('current', options.current);
  const format = dataFormat('current', options.current);
  const missingTokens = new Set(options.missingTokens);
  const kinds = declaredKinds(options.selection);
  const reference = await loadReference(options.reference.path, options.reference.shownAs, { missingTokens, kinds, read: {} });
  const current = await summarizeCurrent(options.current, missingTokens);
  const referenceColumns = Object.keys(reference.profile.columns);
  if (!referenceColumns.some((name) => current.summaries.has(name))) {
    const list = (names: string[]) => (names.length > 10 ? `${names.slice(0, 10).join(', ')}, …` : names.join(', ')) || 'none';
    throw new UserError(
      `${options.reference.shownAs} and ${options.current.shownAs} have no column in common (reference: ${list(referenceColumns)}; current: ${list([...current.summaries.keys()])}): are they the same kind of data?`,
    );
  }
  const plan = planColumns(reference.profile, current.summaries, options.selection);
  const result = compareToReference(reference.profile, current.summaries, {
    method: options.method,
    threshold: options.threshold,
    driftShare: options.driftShare,
    columns: plan.test,
    kinds,
  });
  const drift: DriftReport = {
    reference: { path: options.reference.shownAs, kind: reference.kind, rows: reference.profile.rows },
    method: result.method,
    share: result.share,
    drifted: result.drifted,
    drifted_columns: result.drifted_columns,
    threshold: result.threshold,
    columns: result.columns,
    skipped: [...plan.skipped, ...result.skipped.map((entry) => ({ column: entry.column, reason: monitorReason(entry.reason) }))],
    unseen_categories: result.unseen_categories,
  };
  return { drift, current: { path: options.current.shownAs, format, rows: current.rows } };
}
