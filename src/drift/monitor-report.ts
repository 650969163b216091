/**
 * The drift action's JSON report (schemas/drift-report.schema.json). Its `drift` section has exactly
 * the shape of validate-data's, so tools that read one read the other.
 */
import type { DriftReport } from '../validate-data/report-types.ts';
import type { CurrentData } from './monitor.ts';
import type { OnDrift } from './monitor-inputs.ts';

export const DRIFT_REPORT_FORMAT = 'ml-actions/drift-report@1';

export interface IssueOutcome {
  /** created/updated: drift reported; closed: no longer drifted; none: nothing to do; printed: no GitHub access. */
  outcome: 'created' | 'updated' | 'closed' | 'none' | 'printed' | 'failed';
  number?: number;
  url?: string;
  error?: string;
}

export interface DispatchOutcome {
  outcome: 'dispatched' | 'printed' | 'failed';
  workflow: string;
  /** Branch or tag the workflow runs on; absent when it could not be known (printed without GitHub). */
  ref?: string;
  inputs: Record<string, string>;
  error?: string;
}

export interface DriftMonitorReport {
  format: typeof DRIFT_REPORT_FORMAT;
  generated_at: string;
  current: CurrentData;
  drift: DriftReport;
  on_drift: OnDrift[];
  run_url?: string;
  issue?: IssueOutcome;
  dispatch?: DispatchOutcome;
}

/** A column as messages name it: `object.column` when the report covers several schema objects. */
export function columnName(drift: DriftReport, entry: { column: string; object?: string }): string {
  return drift.objects && entry.object !== undefined ? `${entry.object}.${entry.column}` : entry.column;
}

/** Columns that drifted, in the report's order, named as columnName names them. */
export function driftedColumnNames(drift: DriftReport): string[] {
  return drift.columns.filter((column) => column.drifted).map((column) => columnName(drift, column));
}
