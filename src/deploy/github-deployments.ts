/**
 * GitHub Deployments for a deploy: one Deployment per version started, with statuses as it goes
 * (`in_progress`, then `success`/`failure`, `inactive` once rolled back). Its payload records what
 * was started, so a later job (promote/rollback behind a protected environment) can find it
 * without anything on the runner's disk.
 */
import type { GitHubClient } from '../shared/github.ts';
import { explainPermissionError } from '../shared/github.ts';
import { errorMessage } from '../shared/errors.ts';
import type { DeployLog, Strategy, TargetName } from './target.ts';

export const PAYLOAD_KEY = 'ml-actions';

/** What the payload records (JSON). */
export interface DeploymentRecord {
  target: TargetName;
  /** Settings `name` (what is deployed), so two services in one environment do not mix. */
  name: string;
  version: string;
  strategy: Strategy;
  previous?: string;
  /** State the target asked to keep (TargetState.details). */
  details?: Record<string, unknown>;
}

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';

export interface FoundDeployment {
  id: number;
  record: DeploymentRecord;
}

export interface DeploymentsOptions {
  client: GitHubClient;
  owner: string;
  repo: string;
  environment: string;
  logUrl?: string;
  log: DeployLog;
}

function recordOf(payload: unknown): DeploymentRecord | undefined {
  let value = payload;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  const record = (value as Record<string, unknown> | null)?.[PAYLOAD_KEY] as DeploymentRecord | undefined;
  return record && typeof record.version === 'string' && typeof record.target === 'string' ? record : undefined;
}

export class GitHubDeployments {
  private readonly options: DeploymentsOptions;
  constructor(options: DeploymentsOptions) {
    this.options = options;
  }

  /** Creates the Deployment; failures here stop the step before anything is deployed. */
  async create(ref: string, record: DeploymentRecord, description: string): Promise<number> {
    const { client, owner, repo, environment } = this.options;
    try {
      const response = await client.rest.repos.createDeployment({
        owner,
        repo,
        ref,
        environment,
        task: 'deploy',
        // Never merge the default branch into the ref, and do not wait for commit statuses: the
        // workflow already decided this commit ships.
        auto_merge: false,
        required_contexts: [],
        payload: { [PAYLOAD_KEY]: record } as unknown as string,
        description: description.slice(0, 140),
        production_environment: /^prod(uction)?$/i.test(environment),
      });
      if (response.status !== 201 || !('id' in response.data)) {
        throw new Error(`GitHub did not create the deployment (${response.status}): ${JSON.stringify(response.data).slice(0, 200)}`);
      }
      this.options.log.info(`GitHub deployment ${response.data.id} for environment ${environment}`);
      return response.data.id;
    } catch (error) {
      throw explainPermissionError(error, 'deployments: write', `create a deployment for environment "${environment}"`);
    }
  }

  /** Adds a status. A failure here is logged, not fatal: the deploy itself already happened. */
  async status(id: number, state: DeploymentState, description: string, environmentUrl?: string): Promise<void> {
    const { client, owner, repo, environment, logUrl } = this.options;
    try {
      await client.rest.repos.createDeploymentStatus({
        owner,
        repo,
        deployment_id: id,
        state,
        description: description.slice(0, 140),
        environment,
        ...(logUrl ? { log_url: logUrl } : {}),
        ...(environmentUrl ? { environment_url: environmentUrl } : {}),
      });
    } catch (error) {
      this.options.log.warning(`Could not set GitHub deployment ${id} to ${state}: ${errorMessage(explainPermissionError(error, 'deployments: write', 'set a deployment status'))}`);
    }
  }

  /** The newest Deployment this action made for the environment and target/name, if any. */
  async findLatest(target: TargetName, name: string, version?: string): Promise<FoundDeployment | undefined> {
    const { client, owner, repo, environment } = this.options;
    try {
      const deployments = await client.rest.repos.listDeployments({ owner, repo, environment, per_page: 50 });
      for (const deployment of deployments.data) {
        const record = recordOf(deployment.payload);
        if (!record || record.target !== target || record.name !== name) continue;
        if (version !== undefined && record.version !== version) continue;
        return { id: deployment.id, record };
      }
      return undefined;
    } catch (error) {
      throw explainPermissionError(error, 'deployments: read', `list the deployments of environment "${environment}"`);
    }
  }
}
