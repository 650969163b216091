/**
 * One gate run: read the policy, metrics and upstream report, find the champion in the registry,
 * read the override label, decide, register and move aliases when the model may be promoted, and
 * report the decision (file, outputs, job summary, check run). A blocked gate fails the step only
 * after all of that is written.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import * as core from '@actions/core';
import { ActionFailed, ConfigurationError, UserError, errorMessage } from '../shared/errors.ts';
import { resolveInWorkspace, writeFileAtomic } from '../shared/files.ts';
import { readParamsFile } from '../shared/params.ts';
import { createGitHubClient, type GitHubClient } from '../shared/github.ts';
import { group } from '../shared/log.ts';
import { readMetricsFile } from '../shared/metrics.ts';
import { pullRequestOf, type RunContext } from '../shared/context.ts';
import { GitHubRegistry } from '../registry/github.ts';
import { LocalRegistry } from '../registry/local.ts';
import { MlflowRegistry, isModelUri } from '../registry/mlflow.ts';
import { renderModelCard } from '../registry/model-card.ts';
import { modelFigures, readModelFiles, type ModelFiles } from '../registry/model-files.ts';
import { aliasProblem, promotionOf, previousAliasOf, type ModelRegistry, type RegistryType, type VersionMetadata } from '../registry/types.ts';
import { decide, decisionMarkdown, headlineOf, type GateDecision } from './decision.ts';
import { readValidationReport, type Evidence } from './evidence.ts';
import { findOverrideLabel, publishCheckRun, pullRequestOfCommit, type LabelFinding } from './github-io.ts';
import { readPolicy } from './policy.ts';

export interface GateInputs {
  policy: string;
  metrics: string;
  modelName: string;
  model?: string;
  registry: RegistryType;
  dryRun: boolean;
  alias: string;
  championAlias: string;
  validationReport?: string;
  params?: string;
  data: string[];
  overrideLabel?: string;
  pullRequest?: number;
  checkName?: string;
  decisionFile: string;
  registryBranch: string;
  registryPath: string;
  mlflowUri?: string;
  mlflowToken?: string;
  mlflowRunId?: string;
  token?: string;
}

export type GateOutput = 'passed' | 'decision' | 'model-version' | 'release-url' | 'previous-version' | 'champion-version';

export interface GateIo {
  run: RunContext;
  setOutput(name: GateOutput, value: string | boolean | undefined): void;
}

const MODEL_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function checkInputs(inputs: GateInputs): void {
  if (!MODEL_NAME.test(inputs.modelName)) throw new ConfigurationError('model-name', `"${inputs.modelName}" may hold only letters, digits, ".", "_" and "-" (it names tags, folders and files)`);
  for (const [input, alias] of [['alias', inputs.alias], ['champion-alias', inputs.championAlias]] as const) {
    const problem = aliasProblem(alias);
    if (problem) throw new ConfigurationError(input, `"${alias}" ${problem}`);
    if (alias === previousAliasOf(inputs.alias) && input === 'alias') throw new ConfigurationError('alias', `"${alias}" is the rollback alias the gate maintains itself`);
  }
  if (!inputs.dryRun && !inputs.model) throw new ConfigurationError('model', 'is required to register the model (or set dry-run: true to decide without registering)');
}

function sha256(bytes: Uint8Array | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

function githubClient(inputs: GateInputs, run: RunContext): GitHubClient | undefined {
  if (!inputs.token || !run.repository) return undefined;
  return createGitHubClient(inputs.token, run.apiUrl);
}

function createRegistry(inputs: GateInputs, run: RunContext, octokit: GitHubClient | undefined, workspace: string): ModelRegistry {
  switch (inputs.registry) {
    case 'github': {
      if (!run.repository) throw new UserError('registry: github needs GITHUB_REPOSITORY (owner/name); outside GitHub use registry: local');
      if (!octokit) throw new ConfigurationError('token', 'is empty; registry: github stores versions as releases and needs `contents: write`');
      if (!run.sha) throw new UserError('registry: github needs GITHUB_SHA: the commit each registered version points at');
      return new GitHubRegistry(octokit, { ...run.repository, commit: run.sha, branch: inputs.registryBranch });
    }
    case 'mlflow': {
      const uri = inputs.mlflowUri || process.env['MLFLOW_TRACKING_URI'];
      if (!uri || !/^https?:\/\//.test(uri)) throw new ConfigurationError('mlflow-uri', `must be the http(s) address of the MLflow tracking server${uri ? `, got "${uri}"` : ' (or set MLFLOW_TRACKING_URI)'}`);
      return new MlflowRegistry({
        uri,
        token: inputs.mlflowToken || process.env['MLFLOW_TRACKING_TOKEN'] || undefined,
        username: process.env['MLFLOW_TRACKING_USERNAME'] || undefined,
        password: process.env['MLFLOW_TRACKING_PASSWORD'] || undefined,
      });
    }
    case 'local':
      return new LocalRegistry(resolveInWorkspace(inputs.registryPath, workspace));
  }
}

function shown(path: string, workspace: string): string {
  const inside = relative(workspace, path);
  return inside && !inside.startsWith('..') ? inside.split('\\').join('/') : path;
}

export async function runGate(inputs: GateInputs, io: GateIo): Promise<GateDecision> {
  const { run } = io;
  const workspace = run.workspace;
  checkInputs(inputs);

  const policyPath = resolveInWorkspace(inputs.policy, workspace);
  const policy = readPolicy(policyPath, shown(policyPath, workspace));
  const metricsPath = resolveInWorkspace(inputs.metrics, workspace);
  const metricsShown = shown(metricsPath, workspace);
  const metrics = readMetricsFile(metricsPath, metricsShown);
  if (Object.keys(metrics.values).length === 0) throw new UserError(`${metricsShown}: the metrics file records no metrics`, { file: metricsShown });
  const validationPath = inputs.validationReport ? resolveInWorkspace(inputs.validationReport, workspace) : undefined;
  const validation = validationPath ? readValidationReport(validationPath, shown(validationPath, workspace)) : undefined;

  let files: ModelFiles | undefined;
  let sourceUri: string | undefined;
  if (inputs.model && inputs.registry === 'mlflow' && isModelUri(inputs.model)) {
    sourceUri = inputs.model;
  } else if (inputs.model) {
    const modelPath = resolveInWorkspace(inputs.model, workspace);
    files = await readModelFiles(modelPath, shown(modelPath, workspace));
  }

  const octokit = githubClient(inputs, run);
  const registry = createRegistry(inputs, run, octokit, workspace);
  const champion = await group(`Champion: ${inputs.modelName}@${inputs.championAlias} in the ${registry.type} registry`, async () => {
    const found = await registry.champion(inputs.modelName, inputs.championAlias);
    core.info(found ? `${inputs.championAlias} is v${found.version}` : `No version holds ${inputs.championAlias} yet: first model`);
    return found;
  });

  const pull = pullRequestOf(run);
  let pullRequest = inputs.pullRequest ?? pull?.number;
  let override: LabelFinding | undefined;
  if (inputs.overrideLabel) {
    if (!octokit || !run.repository) {
      core.warning(`override-label "${inputs.overrideLabel}" cannot be checked without a token and repository; no override`);
    } else {
      if (pullRequest === undefined && run.eventName === 'push' && run.ref.startsWith('refs/heads/')) {
        pullRequest = await pullRequestOfCommit(octokit, run.repository, run.sha, run.ref.slice('refs/heads/'.length));
      }
      if (pullRequest !== undefined) override = await findOverrideLabel(octokit, run.repository, pullRequest, inputs.overrideLabel);
    }
  }

  const evidence: Evidence = {
    metrics,
    metricsFile: metricsShown,
    championAlias: inputs.championAlias,
    champion,
    validation,
    validationFile: validationPath ? shown(validationPath, workspace) : undefined,
    figures: files ? modelFigures(files) : undefined,
  };
  const lineage: GateDecision['lineage'] = {
    ...(run.sha ? { commit: pull?.headSha ?? run.sha } : {}),
    ...(run.ref ? { ref: run.ref } : {}),
    ...(run.runUrl ? { run_url: run.runUrl } : {}),
    ...(run.actor ? { actor: run.actor } : {}),
    ...(run.eventName ? { event: run.eventName } : {}),
  };
  const decision = decide({
    policy,
    evidence,
    model: { name: inputs.modelName, ...(files ? { digest: files.digest, files: files.files.length, bytes: files.bytes } : {}) },
    metricsDigest: sha256(readFileSync(metricsPath)),
    override,
    dryRun: inputs.dryRun,
    lineage,
  });
  for (const rule of decision.rules) core.info(`${rule.result.toUpperCase().padEnd(4)} ${rule.line}`);

  let failure: unknown;
  if (decision.passed && !inputs.dryRun) {
    try {
      await register(inputs, registry, decision, { files, sourceUri, metrics: evidence, run, pullRequest, workspace });
    } catch (error) {
      failure = error;
      decision.notes.push(`Registration failed: ${errorMessage(error)}`);
    }
  } else if (decision.passed) {
    decision.registry = { type: registry.type };
  }
  decision.headline = headlineOf(decision);

  const decisionPath = resolveInWorkspace(inputs.decisionFile, workspace);
  writeFileAtomic(decisionPath, `${JSON.stringify(decision, null, 2)}\n`);
  io.setOutput('passed', decision.passed && failure === undefined);
  io.setOutput('decision', decisionPath);
  io.setOutput('model-version', decision.registry?.version);
  io.setOutput('release-url', decision.registry?.url);
  io.setOutput('previous-version', decision.registry?.previous_version);
  io.setOutput('champion-version', champion?.version);
  await core.summary.addRaw(decisionMarkdown(decision)).write();

  if (inputs.checkName && octokit && run.repository) {
    await publishCheckRun(octokit, run.repository, { name: inputs.checkName, headSha: pull?.headSha ?? run.sha, decision, detailsUrl: run.runUrl });
  }

  if (failure !== undefined) throw failure;
  if (!decision.passed) {
    const failed = decision.rules.filter((rule) => rule.result === 'fail' && !rule.overridden);
    throw new ActionFailed(`${decision.headline}\n${failed.map((rule) => `  ${rule.line}`).join('\n')}`);
  }
  return decision;
}

interface RegisterContext {
  files?: ModelFiles;
  sourceUri?: string;
  metrics: Evidence;
  run: RunContext;
  pullRequest?: number;
  workspace: string;
}

async function register(inputs: GateInputs, registry: ModelRegistry, decision: GateDecision, context: RegisterContext): Promise<void> {
  const { run, metrics } = context;
  const files: ModelFiles = context.files ?? { root: context.sourceUri ?? '', kind: 'file', files: [], bytes: 0, digest: '' };
  const document = metrics.metrics.document;
  const dataFiles: NonNullable<VersionMetadata['data']> = [];
  for (const path of inputs.data) {
    const absolute = resolveInWorkspace(path, context.workspace);
    const read = await readModelFiles(absolute, shown(absolute, context.workspace), 'data');
    dataFiles.push({ path: shown(absolute, context.workspace), digest: read.digest, bytes: read.bytes });
  }
  const params = inputs.params ? readParamsFile(resolveInWorkspace(inputs.params, context.workspace), inputs.params) : undefined;
  const now = new Date().toISOString();
  const metadata: Omit<VersionMetadata, 'version'> = {
    format: 'ml-actions/model-version@1',
    name: inputs.modelName,
    registered_at: now,
    ...(run.actor ? { registered_by: run.actor } : {}),
    model: { digest: files.digest, bytes: files.bytes, files: files.files.map((file) => ({ path: file.path, bytes: file.bytes, sha256: file.sha256 })) },
    metrics: Object.fromEntries(Object.entries(metrics.metrics.values).map(([name, metric]) => [name, { value: metric.value, ...(metric.ci ? { ci: metric.ci } : {}) }])),
    ...(document?.no_skill ? { no_skill: document.no_skill } : {}),
    evaluation: {
      ...(document?.rows !== undefined ? { rows: document.rows } : {}),
      ...(document?.confidence !== undefined ? { confidence: document.confidence } : {}),
      ...(document?.resamples !== undefined ? { resamples: document.resamples } : {}),
      ...(document?.seed !== undefined ? { seed: document.seed } : {}),
      ...(decision.metrics.digest ? { metrics_digest: decision.metrics.digest } : {}),
    },
    ...(params ? { params } : {}),
    ...(dataFiles.length ? { data: dataFiles } : {}),
    lineage: {
      ...(run.repository ? { repository: `${run.repository.owner}/${run.repository.repo}` } : {}),
      ...decision.lineage,
      ...(run.workflow ? { workflow: run.workflow } : {}),
      ...(context.pullRequest !== undefined ? { pull_request: context.pullRequest } : {}),
    },
    gate: {
      passed: decision.passed,
      headline: decision.headline,
      policy: decision.policy,
      ...(decision.champion ? { champion: { alias: decision.champion.alias, version: decision.champion.version } } : {}),
      rules: decision.rules.map((rule) => ({ id: rule.id, result: rule.overridden ? 'accepted' : rule.result, line: rule.line })),
      ...(decision.override?.applied ? { override: { label: decision.override.label, ...(decision.override.by ? { by: decision.override.by } : {}), ...(decision.override.at ? { at: decision.override.at } : {}) } } : {}),
    },
  };
  const registered = await group(`Register ${inputs.modelName} in the ${registry.type} registry`, async () => {
    const result = await registry.register({
      name: inputs.modelName,
      files,
      metadata,
      card: (version, full) => renderModelCard({ ...full, gate: { ...full.gate, headline: headlineOf({ ...decision, model: { ...decision.model, version } }) } }, { serverUrl: run.serverUrl }),
      ...(context.sourceUri ? { sourceUri: context.sourceUri } : {}),
      ...(inputs.mlflowRunId ? { runId: inputs.mlflowRunId } : {}),
    });
    core.info(`Registered ${inputs.modelName} v${result.version}: ${result.url}`);
    return result;
  });
  decision.model.version = registered.version;
  decision.registry = { type: registry.type, version: registered.version, url: registered.url };
  const reason = decision.override?.applied
    ? `gate passed with the regression accepted by label "${decision.override.label}"${decision.override.by ? ` (added by ${decision.override.by})` : ''}`
    : `gate passed: ${headlineOf({ ...decision })}`;
  const moves = await registry.moveAliases(inputs.modelName, [promotionOf(inputs.alias, registered.version)], {
    at: new Date().toISOString(),
    by: run.actor || 'unknown',
    reason,
    ...(run.runUrl ? { run_url: run.runUrl } : {}),
    ...(decision.lineage?.commit ? { commit: decision.lineage.commit } : {}),
  });
  for (const move of moves) core.info(`${move.alias} → v${move.version}${move.from ? ` (was v${move.from})` : ''}`);
  decision.registry.aliases = moves;
  const displaced = moves.find((move) => move.alias === inputs.alias)?.from;
  if (displaced) decision.registry.previous_version = displaced;
}
