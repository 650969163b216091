/**
 * The run record: everything needed to tell what produced a model and to reproduce it. Its published
 * JSON Schema is schemas/run-record.schema.json; keep the two in step.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../shared/files.ts';
import { toolkitRoot } from '../shared/metadata.ts';
import type { DataDigest, FileDigest } from './digest.ts';
import type { Environment } from './environment.ts';
import type { ParamValue } from '../shared/params.ts';

export const RUN_RECORD_FORMAT = 'ml-actions/run-record@1';

/** `cached`: the command was skipped and its outputs restored from the run cache. */
export type RunStatus = 'succeeded' | 'failed' | 'timed-out' | 'cancelled' | 'cached';

export interface CacheInfo {
  enabled: boolean;
  key: string | null;
  hit: boolean;
  /** On a miss, what differs from the nearest cached run (or that there is none). */
  miss_reason: string | null;
  /** On a hit, the run whose outputs were restored. */
  restored_from: { run_id: string; started_at: string; duration_seconds: number; git_sha: string | null } | null;
  /** Whether this run's outputs were saved to the cache (null: not attempted). */
  saved: boolean | null;
}

export interface RunRecord {
  format: typeof RUN_RECORD_FORMAT;
  run_id: string;
  status: RunStatus;
  command: string;
  /** Relative to the workspace. */
  working_directory: string;
  started_at: string;
  finished_at: string;
  duration_seconds: number;
  exit_code: number | null;
  signal: string | null;
  seed: number;
  git: {
    sha: string | null;
    ref: string | null;
    /** Tracked files differed from HEAD (null outside a git checkout). */
    dirty: boolean | null;
    changed_files: string[];
    /** Digest of the tracked code the run used (see src/train/code.ts). */
    code_digest: string | null;
    code_files: number | null;
  };
  github: {
    repository: string | null;
    run_id: string | null;
    run_attempt: string | null;
    run_url: string | null;
    workflow: string | null;
    job: string | null;
    event: string | null;
    actor: string | null;
  };
  /** Relative to the working directory. */
  params_file: string | null;
  params: Record<string, ParamValue>;
  metrics_file: string;
  /** Flattened `a.b.c` names; null for a metric the file gives as undefined. */
  metrics: Record<string, number | null>;
  data: DataDigest[];
  model: { paths: string[]; digest: string; bytes: number; files: FileDigest[] } | null;
  cache: CacheInfo;
  environment: Environment;
  tool: { name: string; version: string };
}

export function toolVersion(): string {
  try {
    const path = join(toolkitRoot(), 'package.json');
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { version?: string }).version ?? 'unknown' : 'unknown';
  } catch {
    return 'unknown';
  }
}

export function writeRunRecord(path: string, record: RunRecord): void {
  writeFileAtomic(path, `${JSON.stringify(record, null, 2)}\n`);
}

/** A run record read back (from the cache); undefined when the file is missing or not one. */
export function readRunRecord(path: string): RunRecord | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<RunRecord>;
    return data.format === RUN_RECORD_FORMAT ? (data as RunRecord) : undefined;
  } catch {
    return undefined;
  }
}
