/**
 * Starts a workflow (retraining, usually) through workflow_dispatch when the data drifted. GitHub
 * answers 204 and nothing more, and refuses inputs the workflow does not declare, so its refusals
 * are turned into what to change.
 */
import { basename } from 'node:path';
import { UserError } from '../shared/errors.ts';
import { explainPermissionError, httpStatus, type GitHubClient } from '../shared/github.ts';
import type { Repository } from './issue.ts';

/** `ml-release.yml`, `.github/workflows/ml-release.yml` or a workflow ID, as the API takes it. */
export function workflowId(workflow: string): string | number {
  const trimmed = workflow.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : basename(trimmed);
}

/** The branch to run on when `ref` is not given: the repository's default branch. */
export async function defaultBranch(client: GitHubClient, repository: Repository, fromEvent: unknown): Promise<string> {
  if (typeof fromEvent === 'string' && fromEvent !== '') return fromEvent;
  try {
    return (await client.rest.repos.get({ ...repository })).data.default_branch;
  } catch (error) {
    throw explainPermissionError(error, 'contents: read', `read the default branch of ${repository.owner}/${repository.repo}`);
  }
}

export interface Dispatch {
  workflow: string;
  ref: string;
  inputs: Record<string, string>;
}

export async function dispatchWorkflow(client: GitHubClient, repository: Repository, dispatch: Dispatch): Promise<void> {
  const id = workflowId(dispatch.workflow);
  const where = `workflow ${id} on ${dispatch.ref} in ${repository.owner}/${repository.repo}`;
  try {
    await client.rest.actions.createWorkflowDispatch({ ...repository, workflow_id: id, ref: dispatch.ref, inputs: dispatch.inputs });
  } catch (error) {
    const status = httpStatus(error);
    const message = (error as Error).message ?? '';
    if (status === 404 && !/not accessible by integration/i.test(message)) {
      throw new UserError(
        `GitHub did not find ${where} (404). Check that the \`workflow\` input names a file in .github/workflows on that branch, ` +
          'and that the job grants `permissions: actions: write`.',
        undefined,
        { cause: error },
      );
    }
    if (status === 422) {
      throw new UserError(
        `GitHub refused to start ${where} (422: ${message}). The workflow needs an \`on: workflow_dispatch\` trigger that declares every input passed ` +
          `(${Object.keys(dispatch.inputs).join(', ')}), and \`ref\` must be a branch or tag.`,
        undefined,
        { cause: error },
      );
    }
    throw explainPermissionError(error, 'actions: write', `start ${where}`);
  }
}
