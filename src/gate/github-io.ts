/**
 * The gate's conversations with GitHub besides the registry: the override label, read from the
 * pull request as it is now (labels change after a run starts), and the check run that carries the
 * decision on the commit.
 */
import * as core from '@actions/core';
import { explainPermissionError, httpStatus, type GitHubClient } from '../shared/github.ts';
import { conclusionOf, decisionMarkdown, type GateDecision } from './decision.ts';

export interface LabelFinding {
  label: string;
  pull_request: number;
  by?: string;
  at?: string;
}

// GitHub caps a check run's summary at 65535 characters.
const CHECK_SUMMARY_LIMIT = 65_000;

/** The override label if the pull request carries it now, with who added it and when when GitHub says. */
export async function findOverrideLabel(
  octokit: GitHubClient,
  repository: { owner: string; repo: string },
  pullRequest: number,
  label: string,
): Promise<LabelFinding | undefined> {
  let labels: Array<{ name: string }>;
  try {
    labels = await octokit.paginate(octokit.rest.issues.listLabelsOnIssue, { ...repository, issue_number: pullRequest, per_page: 100 });
  } catch (error) {
    throw explainPermissionError(error, 'pull-requests: read', `read the labels of pull request #${pullRequest}`);
  }
  const found = labels.find((candidate) => candidate.name.toLowerCase() === label.toLowerCase());
  if (!found) return undefined;
  const finding: LabelFinding = { label: found.name, pull_request: pullRequest };
  // Who added it and when: the latest "labeled" event for this label. Without access to events
  // the override still counts; the decision then records the label alone.
  try {
    const events = await octokit.paginate(octokit.rest.issues.listEvents, { ...repository, issue_number: pullRequest, per_page: 100 });
    const added = events.filter((event) => event.event === 'labeled' && (event as { label?: { name?: string } }).label?.name?.toLowerCase() === label.toLowerCase()).at(-1);
    if (added) {
      finding.by = added.actor?.login;
      finding.at = added.created_at;
    }
  } catch (error) {
    core.info(`Could not read who added the label "${label}" (${httpStatus(error) ?? ''} ${(error as Error).message}); recording the label alone`);
  }
  return finding;
}

/** The pull request a push was merged from, when it is among the latest closed ones into the branch. */
export async function pullRequestOfCommit(octokit: GitHubClient, repository: { owner: string; repo: string }, sha: string, branch: string): Promise<number | undefined> {
  try {
    const pulls = await octokit.rest.pulls.list({ ...repository, state: 'closed', base: branch, sort: 'updated', direction: 'desc', per_page: 50 });
    return pulls.data.find((pull) => pull.merge_commit_sha === sha)?.number;
  } catch (error) {
    core.info(`Could not look up the pull request of ${sha.slice(0, 12)}: ${(error as Error).message}`);
    return undefined;
  }
}

export async function publishCheckRun(
  octokit: GitHubClient,
  repository: { owner: string; repo: string },
  input: { name: string; headSha: string; decision: GateDecision; detailsUrl?: string },
): Promise<string | undefined> {
  const { decision } = input;
  let summary = decisionMarkdown(decision, { heading: '##' });
  if (summary.length > CHECK_SUMMARY_LIMIT) summary = `${summary.slice(0, CHECK_SUMMARY_LIMIT)}\n\n…cut; the full decision is in the job summary and the decision file.`;
  try {
    const response = await octokit.rest.checks.create({
      ...repository,
      name: input.name,
      head_sha: input.headSha,
      status: 'completed',
      conclusion: conclusionOf(decision),
      completed_at: new Date().toISOString(),
      ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
      external_id: `${decision.model.name}${decision.model.version ? `@${decision.model.version}` : ''}`,
      output: { title: decision.headline.slice(0, 255), summary },
    });
    return response.data.html_url ?? undefined;
  } catch (error) {
    // The decision stands without the check run (fork pull requests get a read-only token).
    const explained = explainPermissionError(error, 'checks: write', `create the check run "${input.name}"`);
    core.warning(`The decision was made but not posted as a check run: ${(explained as Error).message}`);
    return undefined;
  }
}
