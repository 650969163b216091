/**
 * What the gate judges: the candidate's metrics, the champion's recorded metrics, the upstream
 * validation report, and figures measured from the model files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { UserError } from '../shared/errors.ts';
import type { MetricsSet } from '../shared/metrics.ts';

export const VALIDATION_REPORT_FORMAT = 'ml-actions/validation-report@1';

/** The parts of validate-data's report the gate reads. */
export interface ValidationSummary {
  passed: boolean;
  errors: number;
  warnings: number;
  rows?: number;
  drift?: { share: number; drifted?: number; columns?: string[] };
}

export interface ChampionEvidence {
  alias: string;
  version: string;
  /** Metric name → value, as the registry recorded it when the champion was registered. */
  metrics: Record<string, number | null>;
  commit?: string;
  registeredAt?: string;
}

export interface Evidence {
  metrics: MetricsSet;
  /** How the metrics file is named in lines. */
  metricsFile: string;
  /** The alias compared against (for lines about a missing champion). */
  championAlias: string;
  champion?: ChampionEvidence;
  validation?: ValidationSummary;
  validationFile?: string;
  /** Figures measured by the gate itself (model.bytes, model.size_mb, model.files). */
  figures?: Record<string, number>;
}

function countOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (Array.isArray(value)) return value.length;
  return undefined;
}

export function validationSummaryFrom(data: unknown, file: string): ValidationSummary {
  const report = data as Record<string, any> | null;
  if (typeof report !== 'object' || report === null || report['format'] !== VALIDATION_REPORT_FORMAT) {
    throw new UserError(`${file}: not a validate-data report (expected "format": "${VALIDATION_REPORT_FORMAT}")`, { file });
  }
  if (typeof report['passed'] !== 'boolean') throw new UserError(`${file}: the report has no "passed" verdict`, { file });
  const drift = report['drift'] as Record<string, unknown> | undefined | null;
  const share = typeof drift?.['share'] === 'number' ? drift['share'] : undefined;
  const drifted = drift?.['drifted'];
  return {
    passed: report['passed'],
    errors: countOf(report['errors']) ?? 0,
    warnings: countOf(report['warnings']) ?? 0,
    rows: countOf(report['rows']),
    drift:
      share === undefined
        ? undefined
        : {
            share,
            drifted: countOf(drifted),
            columns: Array.isArray(drifted) ? drifted.map((item) => (typeof item === 'string' ? item : String((item as { column?: unknown })?.column ?? item))) : undefined,
          },
  };
}

export function readValidationReport(path: string, shownAs = path): ValidationSummary {
  if (!existsSync(path)) throw new UserError(`${shownAs}: validation report not found`, { file: shownAs });
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UserError(`${shownAs}: the validation report is not JSON: ${(error as Error).message}`, { file: shownAs });
  }
  return validationSummaryFrom(data, shownAs);
}
