/** Counting errors and warnings into the verdict, and pointing annotations at the right lines. */
import type { AnnotationBudget } from '../shared/log.ts';
import type { SourceLocation } from '../shared/errors.ts';
import type { BreakingChange, CheckResult, DriftReport, ObjectReport } from './report-types.ts';

export interface Verdict {
  errors: number;
  warnings: number;
  passed: boolean;
}

export function countVerdict(objects: ObjectReport[], changes: BreakingChange[], majorBumped: boolean, drift: DriftReport | undefined, failOn: 'error' | 'warning' | 'never'): Verdict {
  let errors = 0;
  let warnings = 0;
  for (const object of objects) {
    for (const check of object.checks) {
      if (check.result === 'failed' || check.result === 'error') errors++;
      else if (check.result === 'warning') warnings++;
    }
  }
  for (const change of changes) {
    if (change.breaking && !majorBumped) errors++;
    else if (change.breaking || change.consumer === 'warning' || change.producer === 'warning') warnings++;
  }
  if (drift) {
    // Each drifted schema object is a warning of its own.
    warnings += drift.objects ? drift.objects.filter((object) => object.drifted).length : drift.drifted ? 1 : 0;
    warnings += drift.unseen_categories.length;
  }
  const passed = errors === 0 && (failOn !== 'warning' || warnings === 0);
  return { errors, warnings, passed };
}

function checkTitle(object: ObjectReport, check: CheckResult): string {
  const where = check.column ?? check.columns?.join(', ');
  return `${check.check} · ${object.name}${where ? `.${where}` : ''}`;
}

/** One annotation per check that did not pass: at the first bad line of a text file, else at the contract. */
export function annotateChecks(objects: ObjectReport[], budget: AnnotationBudget): void {
  for (const object of objects) {
    const hasLines = object.format !== 'parquet' && object.format !== 'json';
    for (const check of object.checks) {
      if (check.result === 'passed') continue;
      const firstLine = check.samples?.find((sample) => sample.line !== undefined)?.line;
      const location: SourceLocation | undefined = hasLines && firstLine !== undefined ? { file: object.file, line: firstLine } : (check.contract_location ?? { file: object.file });
      const shown = (check.samples ?? [])
        .slice(0, 3)
        .map((sample) => `${sample.line !== undefined ? `${hasLines ? 'line' : 'row'} ${sample.line}` : ''}${sample.redacted ? ' (redacted)' : sample.value === null ? ' (missing)' : `: ${JSON.stringify(sample.value.slice(0, 80))}`}`)
        .join('; ');
      budget.add({
        level: check.result === 'warning' ? 'warning' : 'error',
        title: checkTitle(object, check),
        message: `${check.message}${check.percent !== undefined && check.count ? ` (${check.percent}% of ${object.rows} rows)` : ''}${shown ? `. ${shown}` : ''}`,
        location,
      });
    }
  }
}

export function annotateChanges(changes: BreakingChange[], majorBumped: boolean, budget: AnnotationBudget): void {
  for (const change of changes) {
    if (!change.breaking && change.consumer !== 'warning' && change.producer !== 'warning') continue;
    budget.add({
      level: change.breaking && !majorBumped ? 'error' : 'warning',
      title: `contract change: ${change.change}`,
      message: `${change.message}${change.evidence ? ` ${change.evidence.message}` : ''}`,
      location: change.location,
    });
  }
}
