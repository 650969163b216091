/**
 * The report mode, run in the workflow that produced the metrics: read everything, compare with the
 * baseline, write the job summary (always), record history on the default branch, and put the report
 * on the pull request, or hand it to the publisher when this run's token cannot write (forks).
 */
import { join } from 'node:path';
import * as core from '@actions/core';
import { pullRequestOf, requireRepository, type RunContext } from '../shared/context.ts';
import { ConfigurationError, errorMessage } from '../shared/errors.ts';
import { writeFileAtomic, resolveInWorkspace } from '../shared/files.ts';
import { createGitHubClient, type GitHubClient } from '../shared/github.ts';
import type { MetricsReportContext } from './action.ts';
import { fileBaseline, parseBaseline, resolveBaseline } from './baseline.ts';
import { buildModel } from './build.ts';
import { COMMENT_BUDGET, SUMMARY_BUDGET, fitReport } from './budget.ts';
import { GATE_FORMAT, readStepFile, summarizeData, summarizeGate, VALIDATION_FORMAT } from './checks.ts';
import { postReport, resolveIdentity } from './comment.ts';
import { handOff } from './handoff.ts';
import { EntryTooLarge, entriesOn, entryFromSets, keySlug, type HistoryDocument } from './history.ts';
import { HistoryStore } from './history-store.ts';
import { markerReserve, withMarker } from './marker.ts';
import type { ReportModel } from './model.ts';
import { reportOutputs, type RunLinks } from './render.ts';
import type { Repo } from './repo-files.ts';
import { currentRunInfo } from './run-info.ts';
import { buildSpec, readSpec } from './spec.ts';
import { readWorkspaceMetrics, readWorkspaceParams } from './workspace-files.ts';

export const HISTORY_OFF = 'off';

function branchOf(ref: string): string | undefined {
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}

async function defaultBranchOf(client: GitHubClient, context: RunContext, repo: Repo): Promise<string> {
  const fromEvent = context.event['repository']?.['default_branch'];
  if (typeof fromEvent === 'string' && fromEvent) return fromEvent;
  return (await client.rest.repos.get({ ...repo })).data.default_branch;
}

async function readHistory(store: HistoryStore | undefined): Promise<HistoryDocument | undefined> {
  if (!store) return undefined;
  try {
    return (await store.read()).document;
  } catch (error) {
    // A pull request's report is worth more than its trend: go on without history.
    core.warning(`Could not read the metrics history on branch ${store.branch}: ${errorMessage(error)}`);
    return undefined;
  }
}

/** Writes the summary (when the runner gives a summary file) and the report files; sets the outputs. */
export async function publishLocally(action: MetricsReportContext, model: ReportModel, links: RunLinks, dir: string): Promise<{ full: string }> {
  const maxRows = action.inputs['max-rows'];
  const full = fitReport(model, links, maxRows, SUMMARY_BUDGET).markdown;
  writeFileAtomic(join(dir, 'report.md'), full);
  writeFileAtomic(join(dir, 'report.json'), `${JSON.stringify(model, null, 1)}\n`);
  const { regressions, changed } = reportOutputs(model);
  action.setOutput('markdown', join(dir, 'report.md'));
  action.setOutput('regressions', regressions);
  action.setOutput('changed', changed);
  if (process.env['GITHUB_STEP_SUMMARY']) await core.summary.addRaw(full).write();
  else core.info(full);
  return { full };
}

export async function reportMode(action: MetricsReportContext): Promise<void> {
  const { inputs, run: context } = action;
  const time = new Date().toISOString();
  const key = inputs.header ?? '';
  const pr = pullRequestOf(context);
  const workspace = context.workspace;
  if (!inputs.metrics || inputs.metrics.length === 0) throw new ConfigurationError('metrics', 'is required in report mode: the metrics files (or globs) to report');
  const baselineSpec = parseBaseline(inputs.baseline);

  const metrics = await readWorkspaceMetrics(inputs.metrics, workspace);
  const params = inputs.params?.length ? await readWorkspaceParams(inputs.params, workspace) : undefined;
  const spec = inputs['metrics-spec'] ? readSpec(resolveInWorkspace(inputs['metrics-spec'], workspace), inputs['metrics-spec']) : buildSpec();
  const dataPath = inputs['data-report'];
  const data = dataPath ? summarizeData(readStepFile(resolveInWorkspace(dataPath, workspace), dataPath, 'data-report', VALIDATION_FORMAT, 'validate-data')) : undefined;
  const gatePath = inputs['gate-decision'];
  const gate = gatePath ? summarizeGate(readStepFile(resolveInWorkspace(gatePath, workspace), gatePath, 'gate-decision', GATE_FORMAT, 'gate')) : undefined;

  if (!context.repository || !inputs.token) {
    await offlineReport(action, { key, time, metrics, params, spec, data, gate, baselineSpec });
    return;
  }
  const repo = requireRepository(context);
  const token = inputs.token;
  const client = createGitHubClient(token, context.apiUrl);
  const defaultBranch = await defaultBranchOf(client, context, repo);
  const branch = pr ? pr.baseRef : defaultBranch;
  const headSha = pr ? pr.headSha : context.sha;
  const historyBranch = inputs['history-branch'];
  const store = historyBranch === HISTORY_OFF ? undefined : new HistoryStore(client, repo, historyBranch, key);
  const history = await readHistory(store);

  const baseline = await resolveBaseline(baselineSpec, {
    client,
    token,
    repo,
    workspace,
    temp: context.temp,
    branch,
    baseSha: pr?.baseSha || undefined,
    headSha,
    history,
    metricsPatterns: inputs.metrics,
    paramsPatterns: inputs.params ?? [],
    headMetricsFiles: [...metrics.keys()],
    headParamsFiles: [...(params?.keys() ?? [])],
  });
  const run = await currentRunInfo(client, context.serverUrl, repo, context.runId);
  const model = buildModel({
    title: inputs.title,
    key,
    time,
    ...(pr ? { pr: { number: pr.number, headSha: pr.headSha, baseRef: pr.baseRef, ...(pr.baseSha ? { baseSha: pr.baseSha } : {}) } } : {}),
    head: { sha: headSha, ...(branchOf(context.ref) ? { ref: branchOf(context.ref) } : {}) },
    metrics,
    ...(params ? { params } : {}),
    baseline,
    spec,
    ...(data ? { data } : {}),
    ...(gate ? { gate } : {}),
    ...(history ? { history: { branch, entries: entriesOn(history, branch) } } : {}),
    ...(run.durationSeconds !== undefined ? { durationSeconds: run.durationSeconds } : {}),
  });

  const dir = join(context.temp, 'ml-actions-metrics-report', keySlug(key));
  await publishLocally(action, model, run.links, dir);

  const currentBranch = branchOf(context.ref);
  if (store && !pr && currentBranch === defaultBranch && headSha) {
    const entry = entryFromSets(metrics, params, { sha: headSha, ref: currentBranch, time, ...(context.runId ? { run: context.runId } : {}) });
    try {
      const written = await store.record(entry);
      core.info(`Recorded this run's metrics on branch ${store.branch} (${store.path}, ${written.entries.length} entries)`);
    } catch (error) {
      // The report stands without history; a run too large to record should not fail the branch.
      if (!(error instanceof EntryTooLarge)) throw error;
      core.warning(`Not recorded in the metrics history: ${error.message}`);
    }
  }

  if (!pr) {
    if (inputs.comment !== 'off') core.info('Not a pull request: the report is in the job summary.');
    return;
  }
  if (inputs.comment === 'off') return;
  const marker = { key, sha: headSha, time, run: context.runId };
  const comment = fitReport(model, run.links, inputs['max-rows'], COMMENT_BUDGET, markerReserve(marker)).markdown;
  writeFileAtomic(join(dir, 'comment.md'), withMarker(marker, comment));

  // Only `pull_request` runs of forks and Dependabot get a read-only token; `pull_request_target` may write.
  const readOnly = context.eventName === 'pull_request' && (pr.fork || context.actor === 'dependabot[bot]');
  if (readOnly) {
    const name = await handOff(model, comment, dir);
    core.notice(
      `This pull request's token is read-only (${pr.fork ? 'a fork' : 'Dependabot'}), so the report went to the job summary and to the artifact ${name}. ` +
        'The workflow_run workflow with `mode: publish` (workflows/ml-fork-report.yml) posts it on the pull request.',
      { title: 'metrics-report: handed over for publishing' },
    );
    return;
  }
  const identity = await resolveIdentity(client, inputs['comment-author']);
  const posted = await postReport({ client, repo, issue: pr.number, marker, markdown: comment, mode: inputs.comment, identity });
  action.setOutput('comment-id', posted.id);
  action.setOutput('comment-url', posted.url);
  core.info(`Report comment ${posted.outcome}: ${posted.url}`);
}

/**
 * Outside GitHub (the CLI, the demo, another CI) there is no token or repository: the report is
 * rendered from local files, with a `file:` baseline, and written to the summary and a Markdown file;
 * nothing is posted.
 */
async function offlineReport(
  action: MetricsReportContext,
  parts: Pick<Parameters<typeof buildModel>[0], 'key' | 'time' | 'metrics' | 'params' | 'spec' | 'data' | 'gate'> & { baselineSpec: ReturnType<typeof parseBaseline> },
): Promise<void> {
  const { inputs, run: context } = action;
  const { baselineSpec, ...model } = parts;
  if (baselineSpec.kind !== 'file' && baselineSpec.kind !== 'auto') {
    throw new ConfigurationError('baseline', `"${inputs.baseline}" is read through GitHub, which needs a token and GITHUB_REPOSITORY; outside GitHub use file:<path>`);
  }
  const baseline = baselineSpec.kind === 'file' ? await fileBaseline({ workspace: context.workspace }, baselineSpec.path) : { info: { kind: 'none' as const, label: 'no baseline (outside GitHub: use file:<path>)' } };
  const built = buildModel({ title: inputs.title, ...model, head: { sha: context.sha, ...(branchOf(context.ref) ? { ref: branchOf(context.ref) } : {}) }, baseline });
  const dir = join(context.temp, 'ml-actions-metrics-report', keySlug(parts.key));
  await publishLocally(action, built, {}, dir);
  core.notice(`No GitHub token or repository here: the report was rendered, not posted (${join(dir, 'report.md')}).`);
}
