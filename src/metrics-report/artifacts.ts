/**
 * Workflow artifacts through @actions/artifact: the runner's results service to upload from this run,
 * the public REST API (with a token) to find and download another run's.
 */
import { mkdirSync } from 'node:fs';
import { DefaultArtifactClient, type Artifact } from '@actions/artifact';
import type { Repo } from './repo-files.ts';

export async function uploadFiles(name: string, files: string[], root: string, retentionDays: number): Promise<{ id?: number; size?: number }> {
  const client = new DefaultArtifactClient();
  return client.uploadArtifact(name, files, root, { retentionDays });
}

function findBy(token: string, repo: Repo, runId: number) {
  return { findBy: { token, workflowRunId: runId, repositoryOwner: repo.owner, repositoryName: repo.repo } };
}

export async function listRunArtifacts(token: string, repo: Repo, runId: number): Promise<Artifact[]> {
  const client = new DefaultArtifactClient();
  return (await client.listArtifacts({ latest: true, ...findBy(token, repo, runId) })).artifacts;
}

/** Downloads and unpacks one artifact of another run into `path`. */
export async function downloadRunArtifact(token: string, repo: Repo, runId: number, artifactId: number, path: string): Promise<string> {
  mkdirSync(path, { recursive: true });
  const client = new DefaultArtifactClient();
  const response = await client.downloadArtifact(artifactId, { path, ...findBy(token, repo, runId) });
  return response.downloadPath ?? path;
}
