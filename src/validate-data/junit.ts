/** JUnit XML, one test case per check, for CI dashboards that read test reports. */
import type { ValidationReport } from './report-types.ts';

function xml(text: unknown): string {
  // Characters XML 1.0 cannot hold at all are dropped; the rest are escaped.
  return String(text ?? '')
    .replace(/[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export function renderJUnit(report: ValidationReport): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const object of report.objects) {
    const cases: string[] = [];
    let suiteFailures = 0;
    let suiteErrors = 0;
    for (const check of object.checks) {
      const name = `${check.check}${check.column ? ` ${check.column}` : check.columns ? ` ${check.columns.join(',')}` : ''}`;
      const samples = (check.samples ?? []).map((s) => `${s.line !== undefined ? `line ${s.line}: ` : ''}${s.redacted ? '(redacted)' : (s.value ?? '(missing)')}`).join('\n');
      const body = `${check.message}${samples ? `\n${samples}` : ''}`;
      let inner = '';
      // Warnings fail the test case only when they fail the step; otherwise they are passing cases with output.
      if (check.result === 'failed' || (check.result === 'warning' && report.fail_on === 'warning')) {
        suiteFailures++;
        inner = `<failure message="${xml(check.message)}" type="${check.result}">${xml(body)}</failure>`;
      } else if (check.result === 'error') {
        suiteErrors++;
        inner = `<error message="${xml(check.message)}" type="error">${xml(body)}</error>`;
      } else if (check.result === 'warning') {
        inner = `<system-out>${xml(`warning: ${body}`)}</system-out>`;
      }
      cases.push(`    <testcase classname="${xml(`${object.name}`)}" name="${xml(name)}" file="${xml(object.file)}">${inner}</testcase>`);
    }
    tests += object.checks.length;
    failures += suiteFailures;
    errors += suiteErrors;
    suites.push(`  <testsuite name="${xml(`${object.name} (${object.file})`)}" tests="${object.checks.length}" failures="${suiteFailures}" errors="${suiteErrors}">\n${cases.join('\n')}\n  </testsuite>`);
  }
  if (report.breaking_changes.length) {
    const cases = report.breaking_changes.map((change) => {
      const name = `${change.change} ${[change.object, change.property].filter(Boolean).join('.')}`;
      const failing = change.breaking && !report.base_contract?.major_bumped;
      if (failing) failures++;
      tests++;
      return `    <testcase classname="contract-changes" name="${xml(name)}">${failing ? `<failure message="${xml(change.message)}" type="breaking-change">${xml(change.evidence?.message ?? change.message)}</failure>` : ''}</testcase>`;
    });
    suites.push(`  <testsuite name="contract changes" tests="${cases.length}" failures="${cases.filter((c) => c.includes('<failure')).length}" errors="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="validate-data" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites.join('\n')}\n</testsuites>\n`;
}
