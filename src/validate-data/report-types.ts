/** The JSON report's shapes, as schemas/validation-report.schema.json publishes them. */
import type { SourceLocation } from '../shared/errors.ts';
import type { TabularFormat } from '../tabular/index.ts';
import type { ColumnDrift, UnseenCategoryFinding } from '../drift/compare.ts';

export const REPORT_FORMAT = 'ml-actions/validation-report@1';

export type CheckOutcome = 'passed' | 'warning' | 'failed' | 'error';

export interface Sample {
  line?: number;
  value: string | null;
  redacted?: boolean;
  /** For a duplicate: where the value first occurred (`file` when that is another file of the object). */
  first?: { file?: string; line: number };
}

export interface CheckResult {
  check: string;
  column?: string;
  columns?: string[];
  result: CheckOutcome;
  count?: number;
  percent?: number;
  expected?: unknown;
  actual?: unknown;
  message: string;
  samples?: Sample[];
  severity?: string;
  rule?: string;
  dimension?: string;
  contract_location?: SourceLocation;
}

export interface ObjectReport {
  name: string;
  file: string;
  format?: TabularFormat;
  rows: number;
  columns?: string[];
  checks: CheckResult[];
  /** Where the data file is on disk (not in the JSON report). */
  path?: string;
}

export type View = 'error' | 'warning' | 'info';

export interface BreakingChange {
  change: string;
  object?: string;
  property?: string;
  consumer: View;
  producer: View;
  breaking: boolean;
  message: string;
  before?: unknown;
  after?: unknown;
  evidence?: { count: number; rows?: number; message: string; samples?: Sample[] };
  location?: SourceLocation;
}

/** A drift result as the report shows it: the drift core's, with the schema object it belongs to. */
export type DriftColumnReport = ColumnDrift & { object?: string };

/** Unseen categories, with values of classified columns redacted to null. */
export type UnseenCategories = Omit<UnseenCategoryFinding, 'categories'> & { categories: Array<{ value: string | null; count: number }>; object?: string };

/** One schema object's dataset drift, when a contract has several. */
export interface ObjectDrift {
  object: string;
  /** What this object was compared with. */
  reference?: DriftReference;
  reference_rows?: number;
  share: number;
  drifted: boolean;
  drifted_columns: number;
  tested_columns: number;
}

export interface DriftReference {
  path: string;
  kind: 'dataset' | 'profile';
  rows: number;
}

/** A schema object whose drift was not measured (no reference, or no current data), and why. */
export interface NotMeasured {
  object: string;
  reason: string;
}

export interface DriftReport {
  /** The reference file; with several objects, only when they all have the same one (see `objects`). */
  reference?: DriftReference;
  /** The schema object measured (one object); with several, `objects` has each one's drift. */
  object?: string;
  objects?: ObjectDrift[];
  method: string;
  share: number;
  drifted: boolean;
  drifted_columns: number;
  threshold: number;
  columns: DriftColumnReport[];
  skipped: Array<{ column: string; reason: string; object?: string }>;
  unseen_categories: UnseenCategories[];
  not_measured?: NotMeasured[];
}

export interface ValidationReport {
  format: typeof REPORT_FORMAT;
  passed: boolean;
  errors: number;
  warnings: number;
  rows: number;
  fail_on: 'error' | 'warning' | 'never';
  generated_at: string;
  contract: { path: string; id: string; version: string; api_version: string; name?: string };
  objects: ObjectReport[];
  breaking_changes: BreakingChange[];
  base_contract?: { source: string; version: string; major_bumped: boolean };
  drift?: DriftReport;
  truncated?: { samples_per_check: number };
}
