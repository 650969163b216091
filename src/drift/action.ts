/**
 * drift: scheduled monitoring of fresh data against the training data (a dataset or the profile
 * validate-data wrote). Measures per-column drift, writes a JSON report and the job summary, and
 * when the data drifted keeps one issue up to date, starts retraining, or fails the step.
 */
import { join } from 'node:path';
import * as core from '@actions/core';
import { defineAction } from '../shared/action.ts';
import { ActionFailed, ConfigurationError, UserError } from '../shared/errors.ts';
import { resolveInWorkspace, writeFileAtomic } from '../shared/files.ts';
import { createGitHubClient } from '../shared/github.ts';
import { inputFile } from '../shared/input-file.ts';
import { group } from '../shared/log.ts';
import { measureDrift } from './monitor.ts';
import { actionLines, keepDriftIssue, startWorkflow, type GitHubAccess } from './monitor-github.ts';
import { driftInputs, driftOutputs } from './monitor-inputs.ts';
import { dispatchReason, driftCounts, duplicateComment, recoveredComment, renderIssueBody, renderSummary, stillDriftedComment } from './monitor-markdown.ts';
import { columnName, DRIFT_REPORT_FORMAT, driftedColumnNames, type DriftMonitorReport } from './monitor-report.ts';
import { planTargets } from './monitor-targets.ts';

export default defineAction({
  name: 'drift',
  inputs: driftInputs,
  outputs: driftOutputs,
  async run({ inputs, run, setOutput }) {
    const onDrift = inputs['on-drift'];
    const labels = inputs['issue-labels'];
    if (onDrift.includes('issue') && labels.length === 0) throw new ConfigurationError('issue-labels', 'needs at least one label: the drift issue is found again by its first label');

    const reference = inputFile(inputs.reference, run.workspace);
    const plan = planTargets(reference, inputs.current, inputs.object ?? [], run.workspace);
    const measurement = await group('Drift', async () => {
      const result = await measureDrift({
        reference,
        plan,
        selection: { columns: inputs.columns, categorical: inputs['categorical-columns'], numerical: inputs['numerical-columns'], exclude: inputs['exclude-columns'] },
        method: inputs['drift-method'],
        threshold: inputs['drift-threshold'],
        driftShare: inputs['drift-share'],
        missingTokens: inputs['missing-values'],
      });
      for (const entry of result.drift.not_measured ?? []) core.warning(`${entry.reason}: its drift is not measured`);
      for (const column of result.drift.columns) {
        const p = column.p_value === undefined ? '' : `, p-value ${column.p_value.toPrecision(3)}`;
        core.info(`${columnName(result.drift, column)}: ${column.test} ${column.statistic === null ? '∞' : column.statistic.toPrecision(4)}${p}, threshold ${column.threshold}: ${column.drifted ? 'drifted' : 'no drift'}`);
      }
      for (const entry of result.drift.skipped) core.info(`${columnName(result.drift, entry)}: not tested (${entry.reason})`);
      return result;
    });
    const drift = measurement.drift;
    if (drift.columns.length === 0) core.warning('No column was tested for drift; see the job summary for why each was left out.');
    const runInfo = { time: new Date().toISOString(), url: run.runUrl };
    const report: DriftMonitorReport = {
      format: DRIFT_REPORT_FORMAT,
      generated_at: runInfo.time,
      current: measurement.current,
      drift,
      on_drift: onDrift,
      ...(run.runUrl ? { run_url: run.runUrl } : {}),
    };

    const wantsGitHub = onDrift.includes('issue') || (onDrift.includes('dispatch') && drift.drifted);
    let github: GitHubAccess | undefined;
    if (wantsGitHub && inputs.token && run.repository) {
      github = { client: createGitHubClient(inputs.token, run.apiUrl), repository: run.repository };
    } else if (wantsGitHub) {
      const missing = [inputs.token ? undefined : 'no token (the `token` input, or GITHUB_TOKEN outside a workflow)', run.repository ? undefined : 'no repository (GITHUB_REPOSITORY)'];
      const message = `Not connected to GitHub: ${missing.filter(Boolean).join(' and ')}. What on-drift asks of GitHub is printed in the log instead of done.`;
      if (process.env['GITHUB_ACTIONS'] === 'true') core.warning(message);
      else core.notice(message);
    }

    if (onDrift.includes('issue')) {
      report.issue = await group('Drift issue', () =>
        keepDriftIssue(report, github, {
          labels,
          key: inputs['issue-key'] ?? '',
          author: inputs['issue-author'],
          content: {
            title: inputs['issue-title'],
            labels,
            body: renderIssueBody(report, inputs['issue-key'] ?? '', runInfo),
            comment: stillDriftedComment(report, runInfo),
            duplicateComment,
          },
          recovered: recoveredComment(report, runInfo),
        }),
      );
    }
    if (onDrift.includes('dispatch') && drift.drifted) {
      const given = inputs['dispatch-inputs'] ?? {};
      report.dispatch = await group('Workflow dispatch', () =>
        startWorkflow(github, {
          workflow: inputs.workflow,
          ref: inputs.ref,
          eventDefaultBranch: run.event['repository']?.['default_branch'],
          inputs: { ...given, reason: given['reason'] ?? dispatchReason(report, runInfo) },
        }),
      );
    }

    // The report and the summary are written whole, once everything has run, whatever failed.
    const reportPath = inputs.report ? resolveInWorkspace(inputs.report, run.workspace) : join(run.temp, 'drift-report.json');
    writeFileAtomic(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    const workflowPage = report.dispatch && run.repository ? `${run.serverUrl}/${run.repository.owner}/${run.repository.repo}/actions/workflows/${encodeURIComponent(report.dispatch.workflow)}` : undefined;
    await core.summary.addRaw(renderSummary(report, runInfo, actionLines(report, workflowPage))).write();

    setOutput('drifted', drift.drifted);
    setOutput('share', drift.share);
    setOutput('drifted-columns', drift.drifted_columns);
    setOutput('drifted-column-names', driftedColumnNames(drift));
    setOutput('report', reportPath);
    setOutput('issue-number', report.issue?.number ?? '');
    setOutput('issue-url', report.issue?.url ?? '');

    const problems: string[] = [];
    if (report.issue?.outcome === 'failed') problems.push(`could not keep the drift issue: ${report.issue.error}`);
    if (report.dispatch?.outcome === 'failed') problems.push(`could not start ${report.dispatch.workflow}: ${report.dispatch.error}`);
    if (problems.length > 0) throw new UserError(problems.join('; '));
    if (drift.drifted && onDrift.includes('fail')) {
      throw new ActionFailed(`the data drifted: ${driftCounts(drift, (text) => text)}; see the job summary and ${reportPath}`);
    }
  },
});
