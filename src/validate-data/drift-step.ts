/** Drift of the validated data against a reference dataset or profile, with the contract's column types. */
import { readColumnBatches } from '../tabular/index.ts';
import { UserError } from '../shared/errors.ts';
import type { ColumnSummary } from '../drift/accumulate.ts';
import { compareToReference, type DriftTest } from '../drift/compare.ts';
import { looksLikeProfile, ProfileBuilder, readProfile, type ColumnKind, type Profile } from '../drift/profile.ts';
import type { ContractObject } from './contract.ts';
import type { DriftReport } from './report-types.ts';
import { logicalTypeOfPhysical } from './values.ts';
import { isClassified } from './object-validator.ts';

/** Kinds the contract declares; dates, times, objects and arrays are not drift-tested. */
export function declaredKinds(object: ContractObject): { kinds: Map<string, ColumnKind>; excluded: Map<string, string> } {
  const kinds = new Map<string, ColumnKind>();
  const excluded = new Map<string, string>();
  for (const property of object.properties) {
    const type = property.logicalType ?? logicalTypeOfPhysical(property.physicalType);
    if (property.primaryKey || property.unique) excluded.set(property.column, 'a key or unique column');
    else if (type === 'number' || type === 'integer') kinds.set(property.column, 'numerical');
    else if (type === 'string' || type === 'boolean') kinds.set(property.column, 'categorical');
    else if (type !== undefined) excluded.set(property.column, `${type} columns are not tested for drift`);
  }
  return { kinds, excluded };
}

export async function loadReference(path: string, shownAs: string, options: { missingTokens: ReadonlySet<string>; kinds: ReadonlyMap<string, ColumnKind>; read: { delimiter?: string; quote?: string; header?: boolean } }): Promise<{ profile: Profile; kind: 'dataset' | 'profile' }> {
  if (looksLikeProfile(path)) return { profile: readProfile(path, shownAs), kind: 'profile' };
  const builder = new ProfileBuilder({ missingTokens: options.missingTokens });
  try {
    for await (const batch of readColumnBatches(path, { ...options.read, batchSize: 1024 })) builder.addColumns(batch.columns, batch.data, batch.length);
  } catch (error) {
    if (error instanceof UserError) throw new UserError(`reference: ${error.message.split(path).join(shownAs)}`, { file: shownAs });
    throw error;
  }
  return { profile: builder.build(options.kinds, shownAs), kind: 'dataset' };
}

export function driftReport(
  reference: { profile: Profile; kind: 'dataset' | 'profile'; shownAs: string },
  current: ReadonlyMap<string, ColumnSummary>,
  object: ContractObject,
  options: { method: 'auto' | DriftTest; threshold?: number; driftShare: number; columns?: string[] },
): DriftReport {
  const { kinds, excluded } = declaredKinds(object);
  const result = compareToReference(reference.profile, current, {
    method: options.method,
    threshold: options.threshold,
    driftShare: options.driftShare,
    columns: options.columns,
    kinds,
    exclude: new Set(excluded.keys()),
  });
  // Columns the contract rules out are listed with the contract's reason.
  const skipped = result.skipped.map((entry) => (excluded.has(entry.column) ? { column: entry.column, reason: excluded.get(entry.column)! } : entry));
  if (!options.columns) {
    for (const [column, reason] of excluded) if (!skipped.some((entry) => entry.column === column) && current.has(column) && !result.columns.some((c) => c.column === column)) skipped.push({ column, reason });
  }
  const classified = new Set(object.properties.filter(isClassified).map((p) => p.column));
  return {
    reference: { path: reference.shownAs, kind: reference.kind, rows: reference.profile.rows },
    method: result.method,
    share: result.share,
    drifted: result.drifted,
    drifted_columns: result.drifted_columns,
    threshold: result.threshold,
    columns: result.columns.map((column) => ({ ...column, object: object.name })),
    skipped,
    unseen_categories: result.unseen_categories.map((finding) =>
      classified.has(finding.column) ? { ...finding, categories: finding.categories.map((c) => ({ value: null, count: c.count })) } : finding,
    ),
  };
}
