/**
 * Runs a contract's checks over the data files of a schema object: one streaming pass per file, every batch
 * handed to the object's validator and to whoever else watches (the profile and drift accumulators).
 */
import { detectFormat, readColumnBatches, type ColumnBatch } from '../tabular/index.ts';
import { UserError } from '../shared/errors.ts';
import type { Contract, ContractObject } from './contract.ts';
import { ObjectValidator, type UniquenessScope, type ValidationOptions } from './object-validator.ts';
import type { ObjectReport } from './report-types.ts';

export interface DataSource {
  object: ContractObject;
  /** The file on disk. */
  path: string;
  /** How the file is named in the report and annotations (relative to the workspace). */
  shownAs: string;
}

export interface ReadOptions {
  delimiter?: string;
  quote?: string;
  header?: boolean;
}

// Small batches die young: far less garbage-collector work than batches that outlive a scavenge.
const BATCH_ROWS = 1024;

/** Sees every batch read: of which object, and of which of its files (by index). */
export type BatchWatcher = (object: ContractObject, batch: ColumnBatch, file: number, source: DataSource) => void;

/**
 * Checks every file of one schema object. Each file gets its own report, but uniqueness and keys are
 * counted across all of them, so a value repeated in another file is a duplicate too; those checks
 * finish only after the last file is read.
 */
export async function validateObjectFiles(contract: Contract, sources: readonly DataSource[], options: Omit<ValidationOptions, 'locator' | 'uniqueness'>, read: ReadOptions, watch?: BatchWatcher): Promise<ObjectReport[]> {
  const counters: UniquenessScope['counters'] = new Map();
  const files = sources.map((source) => source.shownAs);
  const done: Array<{ source: DataSource; validator: ObjectValidator; format: ReturnType<typeof detectFormat>; columns: string[] }> = [];
  try {
    for (const [index, source] of sources.entries()) {
      const format = detectFormat(source.shownAs);
      const validator = new ObjectValidator(source.object, contract, { ...options, locator: format === 'parquet' || format === 'json' ? 'row' : 'line', uniqueness: { counters, source: index, files } });
      validator.isDelimited = format === 'csv' || format === 'tsv';
      done.push({ source, validator, format, columns: await readInto(source, index, validator, format, read, watch) });
    }
    return done.map(({ source, validator, format, columns }) => ({ name: source.object.name, file: source.shownAs, format, rows: validator.rows, columns, checks: validator.finish(), path: source.path }));
  } finally {
    // A file that cannot be read leaves the counters unfinished, their keys perhaps spilled; finished ones have nothing left.
    for (const counter of counters.values()) counter.discard();
  }
}

async function readInto(source: DataSource, file: number, validator: ObjectValidator, format: ReturnType<typeof detectFormat>, read: ReadOptions, watch?: BatchWatcher): Promise<string[]> {
  let columns: string[] = [];
  try {
    for await (const batch of readColumnBatches(source.path, { batchSize: BATCH_ROWS, format, delimiter: read.delimiter, quote: read.quote, header: read.header, onIssue: (issue) => validator.noteIssue(issue) })) {
      columns = batch.columns;
      validator.add(batch);
      watch?.(source.object, batch, file, source);
    }
  } catch (error) {
    // The reader names the path on disk; the report names the file as the user wrote it.
    if (error instanceof UserError) {
      throw new UserError(error.message.split(source.path).join(source.shownAs), { ...(error.location ?? {}), file: source.shownAs });
    }
    throw error;
  }
  return columns;
}

export type { ValidationOptions };

/** One file checked alone. */
export async function validateObject(contract: Contract, source: DataSource, options: Omit<ValidationOptions, 'locator' | 'uniqueness'>, read: ReadOptions, watch?: BatchWatcher): Promise<ObjectReport> {
  return (await validateObjectFiles(contract, [source], options, read, watch))[0]!;
}
