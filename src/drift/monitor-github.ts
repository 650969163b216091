/**
 * What the drift monitor does on GitHub after measuring: keep the drift issue and start the
 * retraining workflow. Without a token or a repository (the CLI, a local demo) both are printed to
 * the log instead, with a notice that says so.
 */
import * as core from '@actions/core';
import { errorMessage } from '../shared/errors.ts';
import { codeSpan, escapeMarkdown } from '../shared/markdown.ts';
import type { GitHubClient } from '../shared/github.ts';
import { defaultBranch, dispatchWorkflow, workflowId } from './dispatch.ts';
import { resolveIdentity } from '../shared/identity.ts';
import { closeDriftIssues, reportDriftIssue, type DriftIssueContent, type Repository } from './issue.ts';
import type { DispatchOutcome, DriftMonitorReport, IssueOutcome } from './monitor-report.ts';

export interface GitHubAccess {
  client: GitHubClient;
  repository: Repository;
}

export interface IssueSettings {
  labels: string[];
  key: string;
  author?: string;
  content: DriftIssueContent;
  /** Comment when the data is no longer drifted. */
  recovered: string;
}

export async function keepDriftIssue(report: DriftMonitorReport, github: GitHubAccess | undefined, settings: IssueSettings): Promise<IssueOutcome> {
  const drifted = report.drift.drifted;
  if (!github) {
    if (drifted) {
      core.info(`The drift issue, printed instead of opened:\nTitle: ${settings.content.title}\nLabels: ${settings.content.labels.join(', ')}\n\n${settings.content.body}`);
    } else {
      core.info('No drift: an open drift issue would be commented on and closed (printed only: no GitHub access).');
    }
    return { outcome: 'printed' };
  }
  try {
    const author = await resolveIdentity(github.client, settings.author);
    const target = { client: github.client, repository: github.repository, label: settings.labels[0]!, key: settings.key, author };
    const outcome = drifted ? await reportDriftIssue(target, settings.content) : await closeDriftIssues(target, settings.recovered);
    if (outcome.outcome === 'created') core.info(`Opened drift issue #${outcome.number}: ${outcome.url}`);
    if (outcome.outcome === 'updated') core.info(`Updated drift issue #${outcome.number}: ${outcome.url}`);
    if (outcome.outcome === 'closed') core.info(`No longer drifted: closed drift issue #${outcome.number}`);
    return outcome;
  } catch (error) {
    return { outcome: 'failed', error: errorMessage(error) };
  }
}

export interface DispatchSettings {
  workflow: string;
  ref?: string;
  /** The default branch as the event payload gives it, if it does. */
  eventDefaultBranch?: string;
  inputs: Record<string, string>;
}

export async function startWorkflow(github: GitHubAccess | undefined, settings: DispatchSettings): Promise<DispatchOutcome> {
  const workflow = String(workflowId(settings.workflow));
  const shownInputs = Object.entries(settings.inputs).map(([name, value]) => `  ${name}: ${value}`).join('\n');
  if (!github) {
    core.info(`Workflow dispatch (printed, not made): ${workflow} on ${settings.ref ?? 'the default branch'} with inputs\n${shownInputs}`);
    return { outcome: 'printed', workflow, ...(settings.ref ? { ref: settings.ref } : {}), inputs: settings.inputs };
  }
  let ref = settings.ref;
  try {
    ref ??= await defaultBranch(github.client, github.repository, settings.eventDefaultBranch);
    await dispatchWorkflow(github.client, github.repository, { workflow, ref, inputs: settings.inputs });
    core.info(`Started ${workflow} on ${ref} with inputs\n${shownInputs}`);
    return { outcome: 'dispatched', workflow, ref, inputs: settings.inputs };
  } catch (error) {
    return { outcome: 'failed', workflow, ...(ref ? { ref } : {}), inputs: settings.inputs, error: errorMessage(error) };
  }
}

function issueLink(outcome: IssueOutcome): string {
  return outcome.url ? `[#${outcome.number}](${outcome.url})` : `#${outcome.number}`;
}

/** One summary line per thing done on GitHub (or not done, and why). */
export function actionLines(report: DriftMonitorReport, workflowPage?: string): string[] {
  const lines: string[] = [];
  const issue = report.issue;
  if (issue?.outcome === 'created') lines.push(`Opened drift issue ${issueLink(issue)}.`);
  if (issue?.outcome === 'updated') lines.push(`Updated drift issue ${issueLink(issue)} and commented on it.`);
  if (issue?.outcome === 'closed') lines.push(`Closed drift issue ${issueLink(issue)}: the data no longer drifts.`);
  if (issue?.outcome === 'printed') {
    lines.push(
      report.drift.drifted
        ? 'The drift issue was printed in the log, not opened: no GitHub token or repository.'
        : 'No GitHub token or repository: an open drift issue, if there is one, was not looked for or closed.',
    );
  }
  if (issue?.outcome === 'failed') lines.push(`❌ The drift issue could not be kept: ${escapeMarkdown(issue.error, 500)}`);
  const dispatch = report.dispatch;
  if (dispatch) {
    const where = `${codeSpan(dispatch.workflow)} on ${dispatch.ref ? codeSpan(dispatch.ref) : 'the default branch'}`;
    if (dispatch.outcome === 'dispatched') lines.push(`Started ${where}${workflowPage ? ` ([its runs](${workflowPage}))` : ''}.`);
    if (dispatch.outcome === 'printed') lines.push(`The dispatch of ${where} was printed in the log, not made: no GitHub token or repository.`);
    if (dispatch.outcome === 'failed') lines.push(`❌ Could not start ${where}: ${escapeMarkdown(dispatch.error, 500)}`);
  }
  if (report.drift.drifted && report.on_drift.includes('fail')) lines.push('The step fails because the data drifted (on-drift: fail).');
  return lines;
}
