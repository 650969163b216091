/**
 * The drift monitor's measurement, without GitHub: read the reference (a dataset or a profile) and
 * the current data of each schema object chosen, choose the columns, and compare them with the drift
 * core, giving the same drift section validate-data writes.
 */
import { ConfigurationError, UserError } from '../shared/errors.ts';
import type { InputFile } from '../shared/input-file.ts';
import { detectFormat, readColumnBatches, type TabularFormat } from '../tabular/index.ts';
import { loadReference, mergeDrift } from '../validate-data/drift-step.ts';
import type { DriftReport } from '../validate-data/report-types.ts';
import type { ColumnSummary } from './accumulate.ts';
import { compareToReference, type DriftTest } from './compare.ts';
import { columnNames, declaredKinds, monitorReason, planColumns, type ColumnSelection } from './monitor-columns.ts';
import type { Target, TargetPlan } from './monitor-targets.ts';
import { ProfileBuilder, profileOfObject, type ColumnKind, type Profile } from './profile.ts';

export interface MonitorOptions {
  reference: InputFile;
  plan: TargetPlan;
  selection: ColumnSelection;
  method: 'auto' | DriftTest;
  threshold?: number;
  driftShare: number;
  missingTokens: readonly string[];
}

export interface CurrentFile {
  path: string;
  format: TabularFormat;
  rows: number;
}

/** The current data: one file, or with several schema objects their paths and rows together and each one's own. */
export interface CurrentData {
  path: string;
  /** Absent when the objects' files have different formats. */
  format?: TabularFormat;
  rows: number;
  objects?: Array<CurrentFile & { object: string }>;
}

export interface Measurement {
  drift: DriftReport;
  current: CurrentData;
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

function referenceOf(plan: TargetPlan, target: Target): { profile: Profile; kind: 'profile' } | undefined {
  if (!plan.profile) return undefined;
  // Every target's object comes from the profile's own names; an unnamed profile is its one table.
  return { profile: target.object === undefined ? plan.profile : profileOfObject(plan.profile, target.object, true)!, kind: 'profile' };
}

interface Side {
  target: Target;
  reference: { profile: Profile; kind: 'dataset' | 'profile' };
  current: CurrentFile & { summaries: Map<string, ColumnSummary> };
}

async function readSide(options: MonitorOptions, target: Target, format: TabularFormat, kinds: ReadonlyMap<string, ColumnKind>, missingTokens: ReadonlySet<string>): Promise<Side> {
  const reference = referenceOf(options.plan, target) ?? (await loadReference(options.reference.path, options.reference.shownAs, { missingTokens, kinds, read: {} }));
  const current = await summarizeCurrent(target.current, missingTokens);
  const referenceColumns = Object.keys(reference.profile.columns);
  if (!referenceColumns.some((name) => current.summaries.has(name))) {
    const list = (names: string[]) => (names.length > 10 ? `${names.slice(0, 10).join(', ')}, …` : names.join(', ')) || 'none';
    const what = target.object === undefined ? options.reference.shownAs : `${options.reference.shownAs} (schema object ${target.object})`;
    throw new UserError(
      `${what} and ${target.current.shownAs} have no column in common (reference: ${list(referenceColumns)}; current: ${list([...current.summaries.keys()])}): are they the same kind of data?`,
    );
  }
  return { target, reference, current: { path: target.current.shownAs, format, rows: current.rows, summaries: current.summaries } };
}

function compareSide(side: Side, options: MonitorOptions, kinds: ReadonlyMap<string, ColumnKind>, known: ReadonlySet<string>): DriftReport {
  const plan = planColumns(side.reference.profile, side.current.summaries, options.selection, known);
  const result = compareToReference(side.reference.profile, side.current.summaries, {
    method: options.method,
    threshold: options.threshold,
    driftShare: options.driftShare,
    columns: plan.test,
    kinds,
  });
  return {
    reference: { path: options.reference.shownAs, kind: side.reference.kind, rows: side.reference.profile.rows },
    ...(side.target.object === undefined ? {} : { object: side.target.object }),
    method: result.method,
    share: result.share,
    drifted: result.drifted,
    drifted_columns: result.drifted_columns,
    threshold: result.threshold,
    columns: result.columns,
    skipped: [...plan.skipped, ...result.skipped.map((entry) => ({ column: entry.column, reason: monitorReason(entry.reason) }))],
    unseen_categories: result.unseen_categories,
  };
}

function currentData(sides: readonly Side[]): CurrentData {
  const files = sides.map(({ current: { summaries: _summaries, ...file } }) => file);
  if (sides.length === 1) return files[0]!;
  const formats = new Set(files.map((file) => file.format));
  return {
    path: files.map((file) => file.path).join(', '),
    ...(formats.size === 1 ? { format: files[0]!.format } : {}),
    rows: files.reduce((total, file) => total + file.rows, 0),
    objects: files.map((file, index) => ({ object: sides[index]!.target.object!, ...file })),
  };
}

export async function measureDrift(options: MonitorOptions): Promise<Measurement> {
  const missingTokens = new Set(options.missingTokens);
  const kinds = declaredKinds(options.selection);
  // Every file's format is known from its name: a wrong one fails before anything is read.
  const formats = options.plan.targets.map((target) => dataFormat('current', target.current));
  const sides: Side[] = [];
  for (const [index, target] of options.plan.targets.entries()) sides.push(await readSide(options, target, formats[index]!, kinds, missingTokens));
  // The selection inputs may name a column of any object; only a name none of them has is a mistake.
  const known = new Set(sides.flatMap((side) => [...columnNames(side.reference.profile, side.current.summaries)]));
  const parts = sides.map((side) => compareSide(side, options, kinds, known));
  const merged = mergeDrift(parts)!;
  const notMeasured = options.plan.notMeasured;
  return { drift: notMeasured.length > 0 ? { ...merged, not_measured: notMeasured } : merged, current: currentData(sides) };
}
