/**
 * Pull requests from forks get a read-only token, so their run cannot comment. It saves the report as
 * data in an artifact instead; the `publish` mode, run by a `workflow_run` workflow with a write token
 * and no checkout of the pull request's code, fetches it, checks it and posts it.
 *
 * Everything in the artifact was made by code the fork controls. The publisher therefore validates
 * it against the schema, renders it itself (escaping every name), takes links and durations from
 * GitHub's own answers, and posts only to the pull request whose head commit GitHub says the
 * workflow run was for.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../shared/errors.ts';
import type { GitHubClient } from '../shared/github.ts';
import { httpStatus } from '../shared/github.ts';
import { uploadArtifact } from '../shared/artifacts.ts';
import { writeFileAtomic } from '../shared/files.ts';
import { loadSchema } from '../shared/schemas.ts';
import { parseSchemaFile } from '../shared/yaml-schema.ts';
import { cleanDataSummary, summarizeGate } from './checks.ts';
import { keySlug } from './history.ts';
import { countRows, REPORT_FORMAT, type ReportModel } from './model.ts';
import type { Repo } from './repo-files.ts';

export const HANDOFF_PREFIX = 'ml-actions-metrics-report';
export const REPORT_FILE = 'report.json';
/** A report of this size is far beyond anything a comment can show; larger is not a report. */
export const MAX_REPORT_BYTES = 8 * 1024 * 1024;
const RETENTION_DAYS = 5;

export function handoffName(key: string): string {
  return `${HANDOFF_PREFIX}-${keySlug(key)}`;
}

export function isHandoff(name: string): boolean {
  return name.startsWith(`${HANDOFF_PREFIX}-`);
}

/** Saves the report for the publisher; returns the artifact's name. */
export async function handOff(model: ReportModel, markdown: string, dir: string): Promise<string> {
  const name = handoffName(model.key);
  const json = join(dir, REPORT_FILE);
  const md = join(dir, 'report.md');
  writeFileAtomic(json, `${JSON.stringify(model, null, 1)}\n`);
  writeFileAtomic(md, markdown);
  await uploadArtifact({ name, root: dir, paths: [REPORT_FILE, 'report.md'], retentionDays: RETENTION_DAYS });
  return name;
}

/** Reads and checks a report from an artifact, recounting what the tables show. */
export function readHandedOff(dir: string, shownAs: string): ReportModel {
  const path = join(dir, REPORT_FILE);
  if (!existsSync(path)) throw new UserError(`${shownAs}: no ${REPORT_FILE} in the artifact`);
  if (statSync(path).size > MAX_REPORT_BYTES) throw new UserError(`${shownAs}: ${REPORT_FILE} is larger than ${MAX_REPORT_BYTES / 1024 / 1024} MiB`);
  const raw = parseSchemaFile<ReportModel>(readFileSync(path, 'utf8'), `${shownAs}/${REPORT_FILE}`, loadSchema('metrics-report.schema.json'), 'report');
  return sanitizeModel(raw);
}

/** The model with every loosely typed part coerced again and the counts derived from the rows. */
export function sanitizeModel(raw: ReportModel): ReportModel {
  const model: ReportModel = { ...raw, format: REPORT_FORMAT, counts: countRows(raw.files) };
  if (raw.data !== undefined) model.data = cleanDataSummary(raw.data);
  if (raw.gate !== undefined) model.gate = summarizeGate(raw.gate);
  // Only GitHub's own answers say how long a run took.
  delete model.durationSeconds;
  return model;
}

export interface WorkflowRunEvent {
  id: number;
  head_sha: string;
  event: string;
  html_url?: string;
  run_number?: number;
  run_started_at?: string;
  updated_at?: string;
  head_repository?: { full_name?: string } | null;
  pull_requests?: Array<{ number: number; head?: { sha?: string } }> | null;
}

export type Verdict = { ok: true } | { ok: false; reason: string };

/**
 * The pull request the report names must be one GitHub ties to the workflow run: listed in the
 * event's pull_requests (GitHub leaves that empty for forks), or whose head is the run's head
 * commit, from the run's head repository, as the API says now.
 */
export async function verifyPullRequest(client: GitHubClient, repo: Repo, run: WorkflowRunEvent, model: ReportModel): Promise<Verdict> {
  if (!model.pr) return { ok: false, reason: 'the report is not about a pull request' };
  const { number, headSha } = model.pr;
  if (headSha !== run.head_sha || model.head.sha !== run.head_sha) {
    return { ok: false, reason: `the report is for commit ${headSha.slice(0, 7)}, but the workflow run was for ${run.head_sha.slice(0, 7)}` };
  }
  const listed = run.pull_requests ?? [];
  if (listed.some((pr) => pr.number === number && (pr.head?.sha === undefined || pr.head.sha === run.head_sha))) return { ok: true };
  let pull;
  try {
    pull = (await client.rest.pulls.get({ ...repo, pull_number: number })).data;
  } catch (error) {
    if (httpStatus(error) === 404) return { ok: false, reason: `pull request #${number} does not exist` };
    throw error;
  }
  if (pull.head.sha !== run.head_sha) {
    return { ok: false, reason: `pull request #${number} is at ${pull.head.sha.slice(0, 7)}, not at the run's commit ${run.head_sha.slice(0, 7)} (a newer push will publish its own report)` };
  }
  const runRepo = run.head_repository?.full_name;
  if (runRepo && pull.head.repo?.full_name !== runRepo) {
    return { ok: false, reason: `pull request #${number} comes from ${pull.head.repo?.full_name ?? 'a deleted repository'}, not from ${runRepo}` };
  }
  return { ok: true };
}
