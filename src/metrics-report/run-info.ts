/**
 * The workflow run behind a report: how long it has taken, and links to it and its artifacts. Built
 * from GitHub's answers only. Optional: without `actions: read` the report simply has no duration.
 */
import * as core from '@actions/core';
import type { GitHubClient } from '../shared/github.ts';
import type { RunLinks } from './render.ts';
import type { Repo } from './repo-files.ts';

export interface RunInfo {
  durationSeconds?: number;
  links: RunLinks;
}

export function repoUrl(serverUrl: string, repo: Repo): string {
  return `${serverUrl.replace(/\/+$/, '')}/${repo.owner}/${repo.repo}`;
}

export function artifactUrl(serverUrl: string, repo: Repo, runId: number, artifactId: number): string {
  return `${repoUrl(serverUrl, repo)}/actions/runs/${runId}/artifacts/${artifactId}`;
}

export function secondsBetween(start: string | null | undefined, end: Date | string): number | undefined {
  if (!start) return undefined;
  const seconds = (new Date(end).getTime() - new Date(start).getTime()) / 1000;
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** Artifacts of a run as links; `except` leaves out this toolkit's own hand-over artifacts. */
export async function runArtifacts(client: GitHubClient, serverUrl: string, repo: Repo, runId: number, except?: (name: string) => boolean): Promise<RunLinks['artifacts']> {
  const { data } = await client.rest.actions.listWorkflowRunArtifacts({ ...repo, run_id: runId, per_page: 100 });
  return data.artifacts
    .filter((artifact) => !artifact.expired && !(except?.(artifact.name) ?? false))
    .map((artifact) => ({ name: artifact.name, url: artifactUrl(serverUrl, repo, runId, artifact.id), size: artifact.size_in_bytes }));
}

/** This run, while it is still going. */
export async function currentRunInfo(client: GitHubClient, serverUrl: string, repo: Repo, runId: string, now = new Date()): Promise<RunInfo> {
  const id = Number(runId);
  const links: RunLinks = { repoUrl: repoUrl(serverUrl, repo) };
  if (!Number.isInteger(id) || id <= 0) return { links };
  links.runUrl = `${links.repoUrl}/actions/runs/${id}`;
  const info: RunInfo = { links };
  try {
    const { data } = await client.rest.actions.getWorkflowRun({ ...repo, run_id: id });
    links.runUrl = data.html_url;
    links.runLabel = `Run #${data.run_number}${data.run_attempt && data.run_attempt > 1 ? ` (attempt ${data.run_attempt})` : ''}`;
    const seconds = secondsBetween(data.run_started_at ?? data.created_at, now);
    if (seconds !== undefined) info.durationSeconds = seconds;
    links.artifacts = await runArtifacts(client, serverUrl, repo, id);
  } catch (error) {
    core.debug(`No run details (duration, artifacts): ${(error as Error).message}`);
  }
  return info;
}
