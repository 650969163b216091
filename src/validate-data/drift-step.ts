/** Drift of the validated data against a reference dataset or profile, with the contract's column types. */
import { readColumnBatches } from '../tabular/index.ts';
import { ConfigurationError, UserError } from '../shared/errors.ts';
import type { ColumnSummary } from '../drift/accumulate.ts';
import { compareToReference, type DriftTest } from '../drift/compare.ts';
import * as core from '@actions/core';
import { looksLikeProfile, ProfileBuilder, profileObjects, profileOfObject, readProfile, type ColumnKind, type Profile } from '../drift/profile.ts';
import type { ContractObject } from './contract.ts';
import type { DriftReport, NotMeasured } from './report-types.ts';
import type { ReferencePlan } from './reference-sources.ts';
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

export interface ObjectReference {
  object: ContractObject;
  reference: { profile: Profile; kind: 'dataset' | 'profile'; shownAs: string };
}

export interface References {
  found: ObjectReference[];
  /** Schema objects checked without a reference, and why. */
  notMeasured: NotMeasured[];
}

function profileContents(profile: Profile): string {
  return profileObjects(profile).map((name) => name ?? 'one unnamed dataset').join(', ');
}

/**
 * The reference of each schema object checked. One profile gives each object its own part (an old
 * single-object profile belongs to the first object); one dataset is one table, compared with the
 * first object; `name: path` lines give each named object its own dataset or profile.
 */
export async function loadReferences(
  plan: ReferencePlan,
  objects: readonly ContractObject[],
  options: { missingTokens: ReadonlySet<string>; read: { delimiter?: string; quote?: string; header?: boolean } },
): Promise<References> {
  const found: ObjectReference[] = [];
  const notMeasured: NotMeasured[] = [];
  const skip = (object: ContractObject, reason: string, file?: string) => {
    notMeasured.push({ object: object.name, reason });
    core.warning(`${reason}: its drift is not measured`, file ? { file } : {});
  };
  if (plan.kind === 'one') {
    const { path, shownAs } = plan.file;
    if (!looksLikeProfile(path)) {
      const [first, ...others] = objects;
      if (!first) return { found, notMeasured };
      found.push({ object: first, reference: { ...(await loadReference(path, shownAs, { ...options, kinds: declaredKinds(first).kinds })), shownAs } });
      for (const object of others) skip(object, `the reference ${shownAs} is one dataset, compared with ${first.name}; schema object ${object.name} needs its own, given by \`name: path\` lines`);
      return { found, notMeasured };
    }
    const whole = readProfile(path, shownAs);
    for (const [index, object] of objects.entries()) {
      const part = profileOfObject(whole, object.name, index === 0);
      if (part) found.push({ object, reference: { profile: part, kind: 'profile', shownAs } });
      else skip(object, `${shownAs} has no profile of schema object ${object.name} (it has ${profileContents(whole)})`, shownAs);
    }
    if (found.length === 0) throw new UserError(`reference: ${shownAs} profiles none of the schema objects checked (${objects.map((object) => object.name).join(', ')})`, { file: shownAs });
    return { found, notMeasured };
  }
  const profiles = new Map<string, Profile>();
  for (const object of objects) {
    const file = plan.files.get(object);
    if (!file) {
      skip(object, `the reference input gives schema object ${object.name} no reference (it names ${[...plan.files.keys()].map((o) => o.name).join(', ')})`);
      continue;
    }
    if (!looksLikeProfile(file.path)) {
      found.push({ object, reference: { ...(await loadReference(file.path, file.shownAs, { ...options, kinds: declaredKinds(object).kinds })), shownAs: file.shownAs } });
      continue;
    }
    let whole = profiles.get(file.path);
    if (!whole) profiles.set(file.path, (whole = readProfile(file.path, file.shownAs)));
    // The line says whose reference it is, so an old profile without object names is taken as this object's.
    const part = profileOfObject(whole, object.name, true);
    if (!part) throw new ConfigurationError('reference', `gives ${file.shownAs} for schema object "${object.name}", but that profile has no part for it (it has ${profileContents(whole)})`);
    found.push({ object, reference: { profile: part, kind: 'profile', shownAs: file.shownAs } });
  }
  return { found, notMeasured };
}

/** Entries of one schema object's drift, each naming the object. */
function ofObject<T>(entries: readonly T[], object: string): Array<T & { object: string }> {
  return entries.map((entry) => ({ ...entry, object }));
}

export function driftReport(
  reference: ObjectReference['reference'],
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
    object: object.name,
    method: result.method,
    share: result.share,
    drifted: result.drifted,
    drifted_columns: result.drifted_columns,
    threshold: result.threshold,
    columns: ofObject(result.columns, object.name),
    skipped,
    unseen_categories: result.unseen_categories.map((finding) =>
      classified.has(finding.column) ? { ...finding, categories: finding.categories.map((c) => ({ value: null, count: c.count })) } : finding,
    ),
  };
}

/**
 * One drift section for several schema objects: every column, skipped column and unseen category
 * names its object, `objects` gives each object's dataset drift and reference, and the whole drifts
 * when any object does. The top-level `reference` is kept when every object has the same file (one
 * profile). A single object's section is returned as it is.
 */
export function mergeDrift(parts: readonly DriftReport[]): DriftReport | undefined {
  if (parts.length <= 1) return parts[0];
  const first = parts[0]!;
  const tested = parts.reduce((total, part) => total + part.columns.length, 0);
  const drifted = parts.reduce((total, part) => total + part.drifted_columns, 0);
  const oneFile = first.reference && parts.every((part) => part.reference?.path === first.reference!.path && part.reference.kind === first.reference!.kind);
  return {
    ...(oneFile ? { reference: { ...first.reference!, rows: parts.reduce((total, part) => total + (part.reference?.rows ?? 0), 0) } } : {}),
    objects: parts.map((part) => ({
      object: part.object!,
      ...(part.reference ? { reference: part.reference, reference_rows: part.reference.rows } : {}),
      share: part.share,
      drifted: part.drifted,
      drifted_columns: part.drifted_columns,
      tested_columns: part.columns.length,
    })),
    method: first.method,
    share: tested === 0 ? 0 : drifted / tested,
    drifted: parts.some((part) => part.drifted),
    drifted_columns: drifted,
    threshold: first.threshold,
    columns: parts.flatMap((part) => ofObject(part.columns, part.object!)),
    skipped: parts.flatMap((part) => ofObject(part.skipped, part.object!)),
    unseen_categories: parts.flatMap((part) => ofObject(part.unseen_categories, part.object!)),
  };
}
