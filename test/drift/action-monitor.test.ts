// The drift monitor's pieces: on-drift words, which columns are tested, the issue marker, the issue
// body's size budget, the dispatch reason, and two runs opening an issue at the same moment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigurationError } from '../../src/shared/errors.ts';
import { ProfileBuilder } from '../../src/drift/profile.ts';
import { parseOnDrift } from '../../src/drift/monitor-inputs.ts';
import { planColumns } from '../../src/drift/monitor-columns.ts';
import { formatIssueMarker, issueMarkerKey } from '../../src/drift/issue-marker.ts';
import { dispatchReason, duplicateComment, MAX_ISSUE_BODY, renderIssueBody } from '../../src/drift/monitor-markdown.ts';
import { DRIFT_REPORT_FORMAT, type DriftMonitorReport } from '../../src/drift/monitor-report.ts';
import { reportDriftIssue, type IssueTarget } from '../../src/drift/issue.ts';
import type { DriftColumnReport } from '../../src/validate-data/report-types.ts';
import { octokitFor, startGitHub } from '../stand-ins/github/index.ts';

test('on-drift: words in any case and order, each once; none alone', () => {
  assert.deepEqual(parseOnDrift('issue, dispatch', 'on-drift'), ['issue', 'dispatch']);
  assert.deepEqual(parseOnDrift('FAIL\nissue,fail', 'on-drift'), ['fail', 'issue']);
  assert.deepEqual(parseOnDrift('none', 'on-drift'), []);
  assert.throws(() => parseOnDrift('issue,mail', 'on-drift'), (error) => error instanceof ConfigurationError && error.input === 'on-drift' && /"mail"/.test(error.message));
  assert.throws(() => parseOnDrift('none, issue', 'on-drift'), /use "none" alone/);
});

function build(columns: Record<string, unknown[]>) {
  const builder = new ProfileBuilder();
  const names = Object.keys(columns);
  builder.addColumns(names, names.map((name) => columns[name]!), columns[names[0]!]!.length);
  return { profile: builder.build(), summaries: builder.summaries() };
}

test('identifiers, free text, dates and row numbers are left out unless named; short columns are kept', () => {
  const n = 60;
  const data = build({
    row: Array.from({ length: n }, (_, i) => 1000 + ((i * 7) % n)),
    customer: Array.from({ length: n }, (_, i) => `C-${i}`),
    day: Array.from({ length: n }, (_, i) => `2025-03-${String(1 + (i % 28)).padStart(2, '0')}`),
    at: Array.from({ length: n }, (_, i) => `2025-03-01T10:${String(i % 60).padStart(2, '0')}:00Z`),
    score: Array.from({ length: n }, (_, i) => i * 1.5),
    gappy: Array.from({ length: n }, (_, i) => i * 2),
    colour: Array.from({ length: n }, (_, i) => ['red', 'green', 'blue'][i % 3]),
  });
  const plan = planColumns(data.profile, data.summaries, {});
  assert.deepEqual(plan.test, ['score', 'gappy', 'colour']);
  assert.deepEqual(
    plan.skipped.map((entry) => [entry.column, entry.reason.split(';')[0]]),
    [
      ['row', 'consecutive whole numbers in the reference (a row number or sequential ID)'],
      ['customer', 'most values in the reference are distinct (an identifier or free text)'],
      ['day', 'dates and times are not tested for drift (every run brings new ones)'],
      ['at', 'dates and times are not tested for drift (every run brings new ones)'],
    ],
  );
  const named = planColumns(data.profile, data.summaries, { numerical: ['row'], categorical: ['day'] });
  assert.deepEqual(named.test, ['row', 'day', 'score', 'gappy', 'colour']);
  const chosen = planColumns(data.profile, data.summaries, { columns: ['customer', 'at'] });
  assert.deepEqual(chosen, { test: ['customer', 'at'], skipped: [] });
  const small = build({ id: [1, 2, 3, 4, 5], name: ['a', 'b', 'c', 'd', 'e'] });
  assert.deepEqual(planColumns(small.profile, small.summaries, {}).test, ['id', 'name']);
});

test('columns in only one of the files are listed as not tested', () => {
  const reference = build({ a: [1, 2, 3], gone: ['x', 'y', 'z'] });
  const current = build({ a: [1, 2, 3], added: ['p', 'q', 'r'] });
  const plan = planColumns(reference.profile, current.summaries, {});
  assert.deepEqual(plan, { test: ['a'], skipped: [{ column: 'gone', reason: 'not in the current data' }, { column: 'added', reason: 'not in the reference' }] });
});

test('the issue marker keeps any key readable and only counts at the start of a line', () => {
  for (const key of ['', 'customers', 'a b --> c', '-']) {
    assert.equal(issueMarkerKey(`${formatIssueMarker(key)}\nbody`), key);
  }
  assert.doesNotMatch(formatIssueMarker('x --> <b>'), /-->.*-->/);
  assert.equal(issueMarkerKey(`> ${formatIssueMarker('')}`), undefined, 'a quote is not the issue');
  assert.equal(issueMarkerKey('no marker'), undefined);
  assert.equal(issueMarkerKey(null), undefined);
});

function reportWith(columns: DriftColumnReport[]): DriftMonitorReport {
  const drifted = columns.filter((column) => column.drifted).length;
  return {
    format: DRIFT_REPORT_FORMAT,
    generated_at: '2026-01-01T00:00:00.000Z',
    current: { path: 'fresh.csv', format: 'csv', rows: 100 },
    drift: {
      reference: { path: 'ref.json', kind: 'profile', rows: 100 },
      method: 'auto',
      share: drifted / columns.length,
      drifted: drifted / columns.length >= 0.5,
      drifted_columns: drifted,
      threshold: 0.5,
      columns,
      skipped: [],
      unseen_categories: [],
    },
    on_drift: ['issue'],
  };
}

function column(name: string, drifted: boolean): DriftColumnReport {
  return { column: name, kind: 'numerical', test: 'ks', statistic: 0.5, p_value: drifted ? 0.001 : 0.5, threshold: 0.05, drifted, reference_rows: 100, current_rows: 100 };
}

test('a table too long for an issue is cut to fit, drifted columns first', () => {
  const columns = Array.from({ length: 3000 }, (_, i) => column(`feature_${i}_${'x'.repeat(40)}`, i % 3 === 0));
  const body = renderIssueBody(reportWith(columns), '', { time: '2026-01-01T00:00:00Z' });
  assert.ok(body.length <= MAX_ISSUE_BODY, `${body.length} characters`);
  assert.ok(body.startsWith(formatIssueMarker('')));
  const rows = [...body.matchAll(/^\| feature\\_(\d+)\\_/gm)].map((match) => Number(match[1]));
  assert.ok(rows.length > 100 && rows.length < 1000, `${rows.length} rows`);
  assert.ok(rows.every((index) => index % 3 === 0), 'only drifted columns fit');
  assert.match(body, new RegExp(`_${3000 - rows.length} more columns are in the JSON report and the job summary\\._`));
  const short = renderIssueBody(reportWith(columns.slice(0, 4)), '', { time: '2026-01-01T00:00:00Z' });
  assert.deepEqual([...short.matchAll(/^\| feature\\_(\d+)\\_/gm)].map((match) => Number(match[1])), [0, 1, 2, 3], 'report order when all fit');
});

test('the dispatch reason is one bounded line of plain text', () => {
  const report = reportWith([column('age\n$(rm -rf /)', true), column('b', false)]);
  const reason = dispatchReason(report, { time: 't', url: 'https://github.com/acme/iris/actions/runs/7' });
  assert.equal(reason, 'Data drift in fresh.csv: 1 of 2 columns drifted (share 0.50, drift-share 0.5): age $(rm -rf /). https://github.com/acme/iris/actions/runs/7');
  const long = dispatchReason(reportWith(Array.from({ length: 50 }, (_, i) => column(`c${i}${'y'.repeat(200)}`, true))), { time: 't' }, 300);
  assert.equal(long.length, 300);
  assert.match(long, /…$/);
});

test('two runs opening the issue at once: the older issue is kept and the newer closed as its duplicate', async () => {
  const github = await startGitHub();
  try {
    const client = octokitFor(github);
    const body = `${formatIssueMarker('')}\n## drift table`;
    // Another run opens its issue just before this one does (after this run looked and found none).
    let raced = false;
    client.hook.before('request', (options) => {
      if (!raced && options.method === 'POST' && /\/issues$/.test(String(options.url))) {
        raced = true;
        github.state.createIssue({ title: 'Data drift detected', body, labels: ['drift'] });
      }
    });
    const target: IssueTarget = { client, repository: { owner: github.owner, repo: github.repo }, label: 'drift', key: '', author: { source: 'installation' } };
    const outcome = await reportDriftIssue(target, { title: 'Data drift detected', labels: ['drift'], body, comment: 'Still drifted.', duplicateComment });
    assert.equal(outcome.outcome, 'updated');
    assert.equal(outcome.number, 1);
    const duplicate = github.state.issue(2)!;
    assert.equal(duplicate.state, 'closed');
    assert.equal(duplicate.stateReason, 'duplicate');
    assert.match(github.state.commentsOn(2)[0]!.body, /^Duplicate of #1: two drift checks ran at the same time/);
    assert.equal(github.state.issue(1)!.state, 'open');
    assert.deepEqual(github.state.commentsOn(1).map((comment) => comment.body), ['Still drifted.']);
  } finally {
    await github.close();
  }
});
