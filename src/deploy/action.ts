/**
 * The deploy action: one contract for every target. Parses inputs into a request and target
 * settings, runs the orchestrator, sets outputs and writes the job summary. All decisions live in
 * orchestrate.ts; all provider calls in targets/.
 */
import { basename } from 'node:path';
import * as core from '@actions/core';
import { defineAction } from '../shared/action.ts';
import { requireRepository } from '../shared/context.ts';
import { ActionFailed, ConfigurationError } from '../shared/errors.ts';
import { resolveInWorkspace } from '../shared/files.ts';
import { createGitHubClient } from '../shared/github.ts';
import { input } from '../shared/inputs.ts';
import { createDeployContext, type RunningContext } from './context.ts';
import { GitHubDeployments } from './github-deployments.ts';
import { orchestrate, type DeployOutcome } from './orchestrate.ts';
import { loadSmokeSuite } from './smoke.ts';
import { renderSummary } from './summary.ts';
import { STRATEGIES, VERBS, type DeployRequest, type PlannedCall, type TargetSettings } from './target.ts';
import { stringify } from 'yaml';
import { loadTarget } from './targets/index.ts';
import { defaultVersion, parseTrafficSteps } from './request.ts';
import { SUPERVISOR_VARIABLE, runSupervisor } from './targets/local/supervisor.ts';

function printPlan(calls: PlannedCall[]): void {
  core.info(`Dry run: ${calls.length} planned calls, nothing changed`);
  calls.forEach((call, index) => {
    core.info(`${index + 1}. ${call.call} ${call.resource}: ${call.purpose}`);
    if (call.body !== undefined) core.info(stringify(call.body).replace(/^/gm, '     '));
  });
}

export default defineAction({
  name: 'deploy',
  inputs: {
    action: input.choice(VERBS, { defaulted: true }),
    target: input.string({ required: true }),
    strategy: input.choice(STRATEGIES, { defaulted: true }),
    traffic: input.string({ defaulted: true }),
    version: input.string(),
    image: input.string(),
    bundle: input.string(),
    command: input.string(),
    name: input.string(),
    namespace: input.string(),
    kubeconfig: input.string(),
    manifests: input.list(),
    application: input.string(),
    region: input.string(),
    project: input.string(),
    url: input.string(),
    'target-options': input.keyValues(),
    'health-path': input.string({ defaulted: true }),
    'container-port': input.integer({ defaulted: true, min: 1, max: 65535 }),
    env: input.keyValues(),
    'smoke-test': input.string(),
    'rollback-on-failure': input.boolean({ defaulted: true }),
    timeout: input.duration({ defaulted: true }),
    'poll-interval': input.duration({ defaulted: true }),
    'dry-run': input.boolean({ defaulted: true }),
    'keep-running': input.boolean({ defaulted: true }),
    environment: input.string({ defaulted: true }),
    'github-deployment': input.boolean({ defaulted: true }),
    token: input.string({ secret: true }),
  },
  outputs: ['version', 'previous-version', 'url', 'candidate-url', 'traffic', 'status', 'deployment-id', 'plan'],
  async run({ inputs, run, setOutput }) {
    const supervisor = process.env[SUPERVISOR_VARIABLE];
    if (supervisor) {
      // This process is a kept local deploy (keep-running: true), started by an earlier step.
      return runSupervisor(JSON.parse(supervisor) as { port: number; cwd: string });
    }
    const verb = inputs.action;
    const trafficSteps = parseTrafficSteps(inputs.traffic);
    if (!inputs['health-path'].startsWith('/')) throw new ConfigurationError('health-path', `must start with "/", got "${inputs['health-path']}"`);
    if (inputs.timeout <= 0) throw new ConfigurationError('timeout', 'must be longer than 0s');
    const workspace = run.workspace;
    const name = inputs.name ?? run.repository?.repo ?? basename(workspace);
    const options: Record<string, string> = { ...inputs['target-options'] };
    const settings: TargetSettings = {
      name,
      namespace: inputs.namespace,
      application: inputs.application,
      region: inputs.region,
      project: inputs.project,
      url: inputs.url,
      kubeconfig: inputs.kubeconfig ? resolveInWorkspace(inputs.kubeconfig, workspace) : undefined,
      manifests: inputs.manifests?.map((path) => resolveInWorkspace(path, workspace)),
      options,
      keepRunning: inputs['keep-running'],
      workspace,
    };
    const factory = await loadTarget(inputs.target);
    const smoke = inputs['smoke-test'] ? loadSmokeSuite(resolveInWorkspace(inputs['smoke-test'], workspace), inputs['smoke-test']) : undefined;
    const request: DeployRequest | undefined =
      verb === 'deploy'
        ? {
            version: inputs.version ?? defaultVersion(inputs.image, run.sha),
            strategy: inputs.strategy,
            traffic: trafficSteps[trafficSteps.length - 1]!,
            image: inputs.image,
            bundle: inputs.bundle ? resolveInWorkspace(inputs.bundle, workspace) : undefined,
            command: inputs.command,
            healthPath: inputs['health-path'],
            containerPort: inputs['container-port'],
            env: inputs.env ?? {},
            annotations: {
              ...(run.sha ? { commit: run.sha } : {}),
              ...(run.runUrl ? { run: run.runUrl } : {}),
              ...(run.repository ? { repository: `${run.repository.owner}/${run.repository.repo}` } : {}),
            },
          }
        : undefined;

    const contextOptions = { timeoutSeconds: inputs.timeout, pollIntervalMs: inputs['poll-interval'] * 1000, dryRun: inputs['dry-run'] };
    const ctx = createDeployContext(contextOptions);
    const contexts: RunningContext[] = [ctx];
    // Outside GitHub Actions (CLI, demo) there is no token or repository: deploy, and say so. On a
    // runner a missing one is a mistake, reported as such below.
    const canRecord = Boolean(inputs.token && run.repository) || process.env['GITHUB_ACTIONS'] === 'true';
    if (inputs['github-deployment'] && !inputs['dry-run'] && !canRecord) {
      core.notice('No GitHub token or repository here: the deploy is not recorded as a GitHub Deployment.');
    }
    const deployments =
      inputs['github-deployment'] && !inputs['dry-run'] && canRecord
        ? new GitHubDeployments({
            client: createGitHubClient(inputs.token ?? '', run.apiUrl),
            ...requireRepository(run),
            environment: inputs.environment,
            logUrl: run.runUrl,
            log: ctx.log,
          })
        : undefined;
    const target = await factory(settings);
    let outcome: DeployOutcome;
    try {
      outcome = await orchestrate({
        verb,
        target,
        name,
        request,
        trafficSteps,
        smoke,
        rollbackOnFailure: inputs['rollback-on-failure'],
        expectedVersion: verb === 'promote' ? inputs.version : undefined,
        deployments,
        ref: run.sha || run.ref,
        ctx,
        rollbackContext: () => {
          const fresh = createDeployContext({ ...contextOptions, dryRun: false });
          contexts.push(fresh);
          return fresh;
        },
      });
    } finally {
      await target.close?.();
      for (const c of contexts) c.dispose();
    }
    setOutput('version', outcome.version);
    setOutput('previous-version', outcome.previousVersion);
    setOutput('url', outcome.url);
    setOutput('candidate-url', outcome.candidateUrl);
    setOutput('traffic', outcome.traffic);
    setOutput('status', outcome.status);
    setOutput('deployment-id', outcome.deploymentId);
    if (outcome.status === 'planned') {
      setOutput('plan', ctx.plan.calls);
      printPlan(ctx.plan.calls);
    }
    const events = contexts.flatMap((c) => c.log.events);
    await core.summary.addRaw(renderSummary({ verb, target: target.name, name, outcome, plan: ctx.plan.calls, events })).write();
    if (outcome.status === 'failed') {
      const after = outcome.restored
        ? ` Rolled back: ${outcome.restored} serves again (checked).`
        : outcome.rollbackProblem
          ? ` The automatic rollback did not complete: ${outcome.rollbackProblem}`
          : '';
      throw new ActionFailed(`${outcome.failure}${after}`);
    }
  },
});
