// Deployments and their statuses.
import { notFound } from '../errors.ts';
import type { DeploymentState } from '../records.ts';
import { intParam, json, newestFirst, pagedList } from './types.ts';
import type { RouteTable } from './types.ts';

interface DeploymentBody {
  ref: string;
  task?: string;
  auto_merge?: boolean;
  required_contexts?: string[];
  payload?: Record<string, unknown> | string;
  environment?: string;
  description?: string | null;
  transient_environment?: boolean;
  production_environment?: boolean;
}

interface DeploymentStatusBody {
  state: DeploymentState;
  target_url?: string;
  log_url?: string;
  description?: string;
  environment?: string;
  environment_url?: string;
  auto_inactive?: boolean;
}

export const deploymentRoutes: RouteTable = {
  'repos/create-deployment': (request, { state, render }) => {
    const body = request.body as DeploymentBody;
    const result = state.createDeployment(
      {
        ref: body.ref,
        task: body.task,
        autoMerge: body.auto_merge,
        requiredContexts: body.required_contexts,
        payload: body.payload,
        environment: body.environment,
        description: body.description,
        transientEnvironment: body.transient_environment,
        productionEnvironment: body.production_environment,
      },
      request.grant.account,
      request.grant.app,
    );
    if (!result.deployment) return json(202, { message: result.mergedMessage });
    return json(201, render.deployment(result.deployment));
  },

  'repos/list-deployments': (request, { state, render }) => {
    const { query } = request;
    let deployments = newestFirst(state.deployments);
    if (typeof query.sha === 'string') deployments = deployments.filter((d) => d.sha === query.sha);
    if (typeof query.ref === 'string') deployments = deployments.filter((d) => d.ref === query.ref);
    if (typeof query.task === 'string') deployments = deployments.filter((d) => d.task === query.task);
    if (typeof query.environment === 'string') deployments = deployments.filter((d) => d.environment === query.environment);
    return pagedList(request, deployments, (deployment) => render.deployment(deployment));
  },

  'repos/get-deployment': (request, { state, render }) => {
    const deployment = state.deployment(intParam(request, 'deployment_id'));
    if (!deployment) throw notFound();
    return json(200, render.deployment(deployment));
  },

  'repos/create-deployment-status': (request, { state, render }) => {
    const body = request.body as DeploymentStatusBody;
    const status = state.createDeploymentStatus(
      intParam(request, 'deployment_id'),
      {
        state: body.state,
        targetUrl: body.target_url,
        logUrl: body.log_url,
        description: body.description,
        environment: body.environment,
        environmentUrl: body.environment_url,
        autoInactive: body.auto_inactive,
      },
      request.grant.account,
      request.grant.app,
    );
    return json(201, render.deploymentStatus(status), { location: `${render.repoApi()}/deployments/${status.deploymentId}/statuses/${status.id}` });
  },

  'repos/list-deployment-statuses': (request, { state, render }) => {
    const id = intParam(request, 'deployment_id');
    if (!state.deployment(id)) throw notFound();
    return pagedList(request, state.statusesOfDeployment(id), (status) => render.deploymentStatus(status));
  },

  'repos/get-deployment-status': (request, { state, render }) => {
    const status = state
      .statusesOfDeployment(intParam(request, 'deployment_id'))
      .find((candidate) => candidate.id === intParam(request, 'status_id'));
    if (!status) throw notFound();
    return json(200, render.deploymentStatus(status));
  },
};
